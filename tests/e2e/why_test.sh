#!/usr/bin/env bash
# End-to-end: each example of issue 13's "Why" as a new user tries it, on the
# sample corpus plus tests/searcher/fixtures/moved (a meeting in Region
# Midtjylland, whose cluster is also called "Midt", where Eva Sejersdal
# Knudsen sends afbud, and one in Nordjylland naming her "Eva Sejersdal" in
# its text), in text and JSON.
# Usage: why_test.sh INDEXER SEARCHER SAMPLE_DIR MOVED_DIR
set -uo pipefail
indexer=$1 searcher=$2 sample=$3 moved=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; else echo "ok: $1"; fi; }
# json FILE EXPR: a Python expression over the parsed JSON `d`, printed.
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1" 2>/dev/null; }
s() { "$searcher" --db "$work/db" "$@"; }

"$indexer" --quiet --db "$work/db" "$sample" "$moved"
check "indexer exits 0" '[ $? -eq 0 ]'

# Dates as Danes write them.
s "møde 8. februar 2024" > "$work/t"; s --json "møde 8. februar 2024" > "$work/j"
check "'møde 8. februar 2024' says the date it understood (text)" 'head -1 "$work/t" | grep -q "= 2024-02-08"'
check "'møde 8. februar 2024' lists the 10 items of that meeting (JSON)" \
  '[ "$(json "$work/j" "d[\"total\"], d[\"understood\"][\"from\"], d[\"understood\"][\"to\"], set(h[\"meeting\"][\"date\"] for h in d[\"hits\"])")" = "10 2024-02-08 2024-02-08 {'"'"'2024-02-08'"'"'}" ]'
s --json "08-02-2024" > "$work/j"
check "'08-02-2024' finds that meeting" '[ "$(json "$work/j" "d[\"total\"], d[\"understood\"][\"from\"]")" = "10 2024-02-08" ]'
s --from 01-01-2024 --json klyngemidler > "$work/j"; rc=$?
check "--from 01-01-2024 is accepted and bounds the dates" \
  '[ $rc -eq 0 ] && [ "$(json "$work/j" "d[\"total\"] > 0 and all(h[\"meeting\"][\"date\"] >= \"2024-01-01\" for h in d[\"hits\"])")" = True ]'
"$searcher" --help > "$work/help"
check "--help names the date forms" 'grep -q "8. februar 2024" "$work/help"'

# Names: a misspelt name, the person in the search box.
s --attendance "Eva Sejersdahl" > "$work/t"; rc=$?
check "--attendance 'Eva Sejersdahl' (one letter off) finds her" '[ $rc -eq 0 ] && head -1 "$work/t" | grep -q "^Eva Sejersdal Knudsen "'
s "Eva Sejersdahl" > "$work/t"; s --json "Eva Sejersdahl" > "$work/j"
check "a name typed as a search gives the person first (text)" 'head -1 "$work/t" | grep -q "^Person: Eva Sejersdal Knudsen"'
check "a name typed as a search gives the person (JSON)" \
  '[ "$(json "$work/j" "d[\"understood\"][\"people\"][0][\"person_id\"]")" = eva-sejersdal-knudsen ]'

# One person across regions: her afbud in Region Midtjylland joins her.
s --attendance "Eva Sejersdal Knudsen" > "$work/t"; rc=$?
check "after an afbud in another region she is one person" '[ $rc -eq 0 ] && grep -q "5 møder: 4 deltog, 1 afbud" "$work/t"'
s --attendance eva-sejersdal-knudsen --json > "$work/j"; rc=$?
check "and she is found by id" '[ $rc -eq 0 ] && [ "$(json "$work/j" "d[\"counts\"][\"meetings\"]")" = 5 ]'
s --json "forebyggelse klyngemidler" > "$work/j"
check "the person facet shows her full name, not a shortened second one" \
  '[ "$(json "$work/j" "\"Eva Sejersdal Knudsen\" in d[\"facets\"][\"person\"] and \"Eva Sejersdal\" not in d[\"facets\"][\"person\"]")" = True ]'

# Questions, not only keywords.
s --json "anvendelse af fælles midler" > "$work/j"
check "'anvendelse af fælles midler' gives items with most words below those with all" \
  '[ "$(json "$work/j" "d[\"total\"] > 2 and d[\"hits\"][0][\"score\"] >= 3000 and any(h[\"score\"] < 3000 for h in d[\"hits\"])")" = True ]'
s --json --limit 3 aftale > "$work/j"
check "'aftale' finds the items about Sundhedsaftalen" \
  '[ "$(json "$work/j" "sum(\"Sundhedsaftale\" in h[\"item\"][\"title\"] for h in d[\"hits\"])")" = 2 ]'
s --json klyngemidler > "$work/j"
check "no 'Mente du' when every word matched" '[ "$(json "$work/j" "d[\"corrected_query\"]")" = None ]'

# Decisions first; --section takes the snippet from that section.
s --section beslutning klyngemidler > "$work/t"
check "--section beslutning shows only Beslutning snippets" \
  'grep -q "^   Beslutning:" "$work/t" && ! grep -Eq "^   (Tekst|Sagsfremstilling|Resumé|Indstilling):" "$work/t"'

# Clusters named within their region.
s --json klyngemidler > "$work/j"
check "two clusters called Midt are two facet values" \
  '[ "$(json "$work/j" "sorted(k for k in d[\"facets\"][\"cluster\"] if k.startswith(\"Midt\"))")" = "['"'"'Midt (Region Midtjylland)'"'"', '"'"'Midt (Region Nordjylland)'"'"']" ]'
s --compare-by cluster klyngemidler > "$work/t"
check "--compare-by cluster keeps them apart" 'grep -q "Midt (Region Nordjylland)" "$work/t" && grep -q "Midt (Region Midtjylland)" "$work/t"'
s --cluster Midt klyngemidler > "$work/t"
check "--cluster Midt takes both and says so" 'head -1 "$work/t" | grep -q "findes i flere regioner"'

# Ids that survive a move of the corpus.
mkdir -p "$work/elsewhere/deeper"; cp -r "$sample" "$work/elsewhere/deeper/"
"$indexer" --quiet --db "$work/db2" "$work/elsewhere/deeper/$(basename "$sample")"
a=$(s --json klyngemidler | python3 -c 'import json,sys; print(sorted(h["id"] for h in json.load(sys.stdin)["hits"] if h["source"].startswith("sample/")))')
b=$("$searcher" --db "$work/db2" --json klyngemidler | python3 -c 'import json,sys; print(sorted(h["id"] for h in json.load(sys.stdin)["hits"]))')
check "the same minutes in another folder keep their ids" '[ -n "$a" ] && [ "$a" != "[]" ] && [ "$a" = "$b" ]'

# The smaller things.
id=$(s --json "møde 8. februar 2024" | python3 -c 'import json,sys; print(json.load(sys.stdin)["hits"][0]["id"])')
check "--show prints the chair" 's --show "$id" | grep -q "^Mødeleder: Eva Sejersdal Knudsen"'
s --offset -3 klyngemidler > /dev/null 2> "$work/e"; rc=$?
check "--offset -3 is refused (exit 2)" '[ $rc -eq 2 ] && grep -q "offset" "$work/e"'
s --limit -1 klyngemidler > /dev/null 2> "$work/e"; rc=$?
check "--limit -1 is refused (exit 2)" '[ $rc -eq 2 ] && grep -q "limit" "$work/e"'
check "--help points to the project's own docs only" \
  'grep -q "docs/SEARCH.md" "$work/help" && ! grep -q "DESIG[N]" "$work/help"'

exit $fail
