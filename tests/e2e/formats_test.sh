#!/usr/bin/env bash
# Formats end to end, on the committed fixtures of tests/formats/fixtures:
#  - each sample minutes file as PDF, DOCX and HTML gives, with
#    `indexer --parse`, the same date, cluster, region, forum, item titles
#    and participant names as its text;
#  - a folder holding them and the broken fixtures (encrypted, truncated and
#    corrupt PDFs, a scanned PDF, a zip that is not a DOCX, a corrupt DOCX,
#    a zip bomb, legacy .doc, RTF) is indexed with one stderr line per broken
#    file naming it and the reason, exit code 1, and a note for the file of
#    another kind; the same searches then find three times the items they
#    find over the texts (one per format).
set -uo pipefail
indexer=$1 searcher=$2 sample=$3 fixtures=$4
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
fail=0 passed=0
check() { if eval "$2"; then passed=$((passed + 1)); else echo "FAIL: $1"; fail=1; fi; }
# The fields compared, one per line, from one --parse JSON object.
fields() {
  "$indexer" --parse "$1" 2>/dev/null |
    grep -o '"\(cluster\|region\|forum\|date\)":\("[^"]*"\|null\)\|"title":"[^"]*"\|"name":"[^"]*"'
}
for f in "$sample"/*.txt; do
  b=$(basename "$f" .txt)
  fields "$f" > "$work/$b.txt.fields"
  check "$b.txt gives items and fields (the comparison means something)" \
    '[ "$(grep -c "^\"title\"" "$work/$b.txt.fields")" -ge 5 ] && grep -q "^\"date\":\"20" "$work/$b.txt.fields"'
  for ext in pdf docx html; do
    fields "$fixtures/$b.$ext" > "$work/$b.$ext.fields"
    check "$b.$ext parses to the fields, item titles and participants of $b.txt" \
      'diff "$work/$b.txt.fields" "$work/$b.$ext.fields" > "$work/$b.$ext.diff"' ||
      head -5 "$work/$b.$ext.diff"
  done
done

mkdir -p "$work/mixed" "$work/texts"
cp "$fixtures"/[0-9]*.pdf "$fixtures"/[0-9]*.docx "$fixtures"/[0-9]*.html "$work/mixed/"
cp "$fixtures"/broken/* "$work/mixed/"
printf 'x' > "$work/mixed/budget.xlsx"
cp "$sample"/*.txt "$work/texts/"
broken=$(ls "$fixtures"/broken | wc -l)
"$indexer" --db "$work/db" "$work/mixed" > "$work/out" 2> "$work/err"; rc=$?
check "broken documents make exit code 1 (was $rc)" '[ $rc -eq 1 ]'
check "one stderr line per broken document and one note" '[ "$(wc -l < "$work/err")" -eq $((broken + 1)) ]'
for name in "encrypted.pdf:encrypted PDF" "truncated.pdf:truncated PDF" "corrupt.pdf:corrupt PDF" \
            "scanned.pdf:no text layer; OCR not enabled" "not-a-docx.docx:not a Word document" \
            "corrupt.docx:corrupt DOCX" "bomb.docx:too large" "legacy.doc:legacy Word .doc" \
            "referat.rtf:RTF is not supported"; do
  file=${name%%:*} reason=${name#*:}
  check "$file refused by name ($reason)" 'grep -q "^$work/mixed/$file: .*$reason" "$work/err"'
done
check "the .xlsx is skipped with a note" 'grep -q "^$work/mixed: note: skipped 1 file" "$work/err"'
"$indexer" --db "$work/db-text" "$work/texts" > /dev/null 2>&1
total() { "$searcher" --db "$1" --json --limit 0 "$2" | grep -o '"total": *[0-9]*' | grep -o '[0-9]*$'; }
for q in klyngemidler Direktørforum sammenhæng Sundhedsaftalen "dato:2024-02-08"; do
  check "'$q' finds each item once per format" \
    '[ "$(total "$work/db-text" "$q")" -gt 0 ] && [ "$(total "$work/db" "$q")" -eq $(( $(total "$work/db-text" "$q") * 3 )) ]'
done
echo "formats: $passed checks passed"
exit $fail
