# cmake -DPROGRAM=BINARY -DNAME=indexer -DSUMMARY=TEXT -DVERSION=X.Y.Z
#       -DFOOTER=man_footer.in -DOUT=indexer.1 -P man_page.cmake
# Writes the man page of a binary from its --help, which is laid out for a
# terminal already (usage lines, tables): the text is kept as it is (no-fill),
# under NAME and the FILES and SEE ALSO sections of FOOTER.
execute_process(COMMAND ${PROGRAM} --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} --help failed: ${status}")
endif()
# roff: a backslash is written \e, a hyphen \- (so options copy as typed),
# and a line starting with . or ' must not read as a request.
string(REPLACE "\\" "\\e" help "${help}")
string(REPLACE "-" "\\-" help "${help}")
string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
string(TOUPPER ${NAME} title)
string(REPLACE "-" "\\-" summary "${SUMMARY}")
file(READ ${FOOTER} footer)
file(WRITE ${OUT}
  ".TH ${title} 1 \"\" \"referat ${VERSION}\" \"User Commands\"\n"
  ".SH NAME\n${NAME} \\- ${summary}\n"
  ".SH DESCRIPTION\n.nf\n${help}.fi\n"
  "${footer}")
