#!/usr/bin/env bash
# Encodings and bad files, end to end, with files made at test time from the
# sample corpus:
#  - Windows-1252, ISO-8859-1, UTF-16LE/BE with BOM, UTF-8 with BOM and mixed
#    line endings (CRLF, LF and lone CR in one file) give exactly the
#    `indexer --parse` JSON of the UTF-8 original ("source" aside). The
#    single-byte charsets cannot hold every character of the seeds (U+2192,
#    U+2013, ...), so their original is the seed passed through that charset
#    and back to UTF-8 (iconv //TRANSLIT).
#  - binary files (NUL bytes, a PNG named .pdf: files are read by content),
#    a zip named .docx, empty and blank files and a file over
#    formats::k_max_file_bytes (sparse, via truncate) are rejected with one
#    stderr line each naming the file and the reason; the run indexes the rest,
#    prints its summary and exits 1. A file of another kind (.xlsx) in the
#    walked directory is skipped with one note line, not rejected.
set -uo pipefail
indexer=$1 searcher=$2 sample=$3
max_bytes=$(( 32 * 1024 * 1024 ))  # corpus::k_max_file_bytes (corpus/reader.h)
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
fail=0
passed=0
check() { if eval "$2"; then passed=$((passed + 1)); else echo "FAIL: $1"; fail=1; fi; }
parse() { "$indexer" --parse "$1" | sed 's/"source":"[^"]*",\?//'; }
# same_parse A B: A and B parse alike, and to a meeting with items (two empty
# parses are alike too, and prove nothing).
same_parse() {
  local a b
  a=$(parse "$1"); b=$(parse "$2")
  [[ "$a" == *'"items":[{'* ]] && [ "$a" = "$b" ]
}

mkdir -p "$work/good" "$work/ref" "$work/bad"
good=0
for f in "$sample"/*.txt; do
  b=$(basename "$f" .txt)
  cp "$f" "$work/good/$b.utf8.txt"
  { printf '\xef\xbb\xbf'; cat "$f"; } > "$work/good/$b.utf8bom.txt"
  { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$f"; } > "$work/good/$b.utf16le.txt"
  { printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE "$f"; } > "$work/good/$b.utf16be.txt"
  # Line endings cycle CRLF, LF, CR; UTF-16 with CRLF as Windows writes it.
  awk '{ printf "%s%s", $0, (NR % 3 == 0 ? "\r\n" : NR % 3 == 1 ? "\n" : "\r") }' "$f" > "$work/good/$b.mixed.txt"
  { printf '\xff\xfe'; sed 's/$/\r/' "$f" | iconv -f UTF-8 -t UTF-16LE; } > "$work/good/$b.utf16crlf.txt"
  for cs in WINDOWS-1252 ISO-8859-1; do
    iconv -f UTF-8 -t "$cs//TRANSLIT" "$f" 2>/dev/null > "$work/good/$b.$cs.txt"
    iconv -f "$cs" -t UTF-8 "$work/good/$b.$cs.txt" > "$work/ref/$b.$cs.txt"
  done
  for v in utf8bom utf16le utf16be mixed utf16crlf; do
    check "$b.$v.txt parses like its UTF-8 original" 'same_parse "$work/good/$b.$v.txt" "$f"'
  done
  for cs in WINDOWS-1252 ISO-8859-1; do
    check "$b.$cs.txt is not UTF-8 (the test means something)" '! iconv -f UTF-8 -t UTF-8 "$work/good/$b.$cs.txt" >/dev/null 2>&1'
    check "$b.$cs.txt parses like its UTF-8 original" 'same_parse "$work/good/$b.$cs.txt" "$work/ref/$b.$cs.txt"'
  done
  good=$((good + 8))
done
# The Danish words survive the single-byte charsets (not only the layout).
first=$(ls "$sample"/*.txt | head -1); fb=$(basename "$first" .txt)
check "Windows-1252 keeps æøå and the section names" \
  'grep -q "Direktørforum" <<< "$(parse "$work/good/$fb.WINDOWS-1252.txt")" && grep -q "\"kind\":\"beslutning\"" <<< "$(parse "$work/good/$fb.WINDOWS-1252.txt")"'

# Bad files, each rejected with its reason.
seed=$(ls "$sample"/*.txt | head -1)
{ head -c 2000 "$seed"; printf '\0\0\0\0'; tail -c 2000 "$seed"; } > "$work/bad/nul-bytes.txt"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xffa' > "$work/bad/image.pdf"
(cd "$work" && zip -q bad/archive.docx good/"$fb".utf8.txt 2>/dev/null) ||
  printf 'PK\x03\x04\x14\0\0\0\x08\0\0\0!\0\xb5\x1c\x90\x12' > "$work/bad/archive.docx"
printf 'PK\x03\x04 a spreadsheet' > "$work/bad/budget.xlsx"
: > "$work/bad/empty.txt"
printf ' \n\t\r\n  \n' > "$work/bad/blank.txt"
cp "$seed" "$work/bad/oversized.txt"; chmod u+w "$work/bad/oversized.txt"
truncate -s $(( max_bytes + 1 )) "$work/bad/oversized.txt"
bad=6

"$indexer" --db "$work/db" "$work/good" "$work/bad" > "$work/out" 2> "$work/err"; rc=$?
check "bad files make exit code 1 (was $rc)" '[ $rc -eq 1 ]'
check "one stderr line per bad file, one note for the skipped file" '[ "$(wc -l < "$work/err")" -eq $((bad + 1)) ]'
check "the .xlsx is skipped with a note naming the directory" \
  'grep -q "^$work/bad: note: skipped 1 file not in a minutes format (.xlsx)$" "$work/err"'
for name in nul-bytes.txt:binary image.pdf:binary "archive.docx:not a Word document" empty.txt:empty \
            blank.txt:empty oversized.txt:large; do
  file=${name%%:*} reason=${name#*:}
  check "$file rejected with its name and reason ($reason)" \
    'grep -q "^$work/bad/$file: .*$reason" "$work/err"'
done
check "summary counts the rest indexed and the rejected" \
  'grep -q "^indexed $good files, .*rejected $bad;" "$work/out"'
"$indexer" --db "$work/db-utf8" "$work/good"/*.utf8.txt > /dev/null 2>&1
total_of() { "$searcher" --db "$1" --json --limit 0 "$2" | grep -o '"total": *[0-9]*' | grep -o '[0-9]*$'; }
for q in klyngemidler Direktørforum sammenhæng; do
  check "'$q' finds every variant ($(( good / 4 )) per original), and finds something" \
    'n=$(total_of "$work/db-utf8" "$q") && [ "$n" -gt 0 ] && [ "$(total_of "$work/db" "$q")" -eq $(( n * 8 )) ]'
done
# --parse reports a bad file the same way and goes on.
"$indexer" --parse "$work/bad/empty.txt" "$first" > "$work/parse.out" 2> "$work/parse.err"; rc=$?
check "--parse rejects a bad file with exit 1 and parses the rest" \
  '[ $rc -eq 1 ] && [ "$(wc -l < "$work/parse.out")" -eq 1 ] && [ "$(wc -l < "$work/parse.err")" -eq 1 ]'

echo "$passed checks passed"
[ "$fail" -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
