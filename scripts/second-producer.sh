#!/usr/bin/env bash
# The format readers on files from a second producer: LibreOffice Writer
# exports the real-world set's converted DOCX files (tests/realworld/converted,
# written by make_realworld.py) to PDF, DOCX and HTML under build/, and
# eval_realworld --format scores each against the case's text, as CTest's
# realworld.format.* does for the committed conversions. Our own converter
# and LibreOffice lay out lists, paragraph spacing and numbered headings
# differently, so rules fitted to one producer show here. A measurement, not
# a test: it needs LibreOffice (apt-get install libreoffice-writer-nogui,
# about 300 MB), which neither CI nor the build installs.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${BUILD_DIR:-build}"
eval="$build_dir/tests/realworld/eval_realworld"
[ -x "$eval" ] || { echo "second-producer.sh: build first (scripts/build.sh)" >&2; exit 2; }
command -v soffice >/dev/null || { echo "second-producer.sh: needs soffice (apt-get install libreoffice-writer-nogui)" >&2; exit 2; }
out="$build_dir/second-producer"
declare -A filters=([pdf]=pdf [docx]='docx:MS Word 2007 XML' [html]='html:HTML (StarWriter)')
mapfile -t docs < <(ls tests/realworld/converted/*.docx)
for format in pdf docx html; do
  mkdir -p "$out/$format"
  # soffice stops after a few hundred files in one call: batches of 200.
  for ((i = 0; i < ${#docs[@]}; i += 200)); do
    soffice --headless --convert-to "${filters[$format]}" --outdir "$out/$format" "${docs[@]:i:200}" >/dev/null 2>&1
  done
  echo "== LibreOffice $format ($(ls "$out/$format" | wc -l) files)"
  "$eval" --format "$format" --converted "$out/$format" 2>/dev/null | tail -2
  echo "== make_realworld.py $format"
  "$eval" --format "$format" 2>/dev/null | tail -2
done
