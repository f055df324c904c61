#!/usr/bin/env bash
# Whether two builds answer alike: each indexes the same corpus with its
# own indexer, then every query below (the relevance needs' queries, query
# operators and fields, options, --similar, --compare-by) is asked of each
# with its own searcher (--json), and the answers are compared byte for
# byte. For changes of the index layout that must not change any answer
# (issue 14: word terms written as codes).
# Usage: bash bench/same_answers.sh OLD_BUILD NEW_BUILD CORPUS_DIR [WORK_DIR]
#   *_BUILD: a build directory (indexer/indexer and searcher/searcher in it).
#   OLD_DB=DIR / NEW_DB=DIR in the environment: ask that index instead of
#   indexing the corpus with that side's indexer.
# Prints one line per differing answer and a summary; exits 1 if any differ.
set -euo pipefail
old=$1 new=$2 corpus=$3 work=${4:-$(mktemp -d)}
cd "$(dirname "$0")/.."
mkdir -p "$work"
old_db=${OLD_DB:-$work/old.db} new_db=${NEW_DB:-$work/new.db}
for side in old new; do
  build=${!side} db=${side}_db
  [ -n "$(eval echo "\${${side^^}_DB:-}")" ] && continue
  rm -rf "${!db}"
  "$build/indexer/indexer" --quiet --db "${!db}" "$corpus" || true
done

queries=()
while IFS= read -r q; do queries+=("$q"); done < <(python3 -c '
import json
for n in json.load(open("tests/relevance/needs.json"))["needs"]: print(n["query"])')
queries+=('klynge*' 'titel:klynge*' 'klyngemid*' 'sundheds*' 'xyzzy*' 'titel:dagsorden' '"fælles midler"'
  '"det nationale ledelsesprogram"' 'del:midler' 'hale:aftale' 'bogstav:aalborg' 'bogstavfri:sorensen'
  'midler NEAR klynge' 'klyngemidler AND NOT sundhedsaftale' 'klyngemidler OR lægevagt' 'e-sundhed'
  'dato:2024 klyngemidler' 'klynge:midt midler' 'afsnit:beslutning midler' 'midler -klyngemidler'
  'klyngemidler sundhedsaftale praksis' 'Praksisplan' 'ukendtordxyz' 'godkendt' 'beslutning godkendt')

checked=0 differ=0
ask() {  # label, searcher arguments...: compares the two answers
  local label=$1; shift
  local a b
  a=$("$old/searcher/searcher" --db "$old_db" --json "$@" 2>&1 || true)
  b=$("$new/searcher/searcher" --db "$new_db" --json "$@" 2>&1 || true)
  checked=$((checked + 1))
  if [ "$a" != "$b" ]; then
    differ=$((differ + 1))
    echo "DIFFERS: $label"
  fi
}
for q in "${queries[@]}"; do
  ask "$q" "$q"
  ask "$q --limit 50" --limit 50 "$q"
  ask "$q --sort date" --sort date "$q"
  ask "$q --section beslutning" --section beslutning "$q"
done
for q in klyngemidler 'sundhedsaftale' 'fælles midler' 'klynge*'; do
  ask "$q --offset 5" --offset 5 "$q"
  ask "$q --compare-by cluster" --compare-by cluster "$q"
  ask "$q --compare-by year" --compare-by year "$q"
done
# --similar for the items of the first answers.
ids=$("$new/searcher/searcher" --db "$new_db" --json --limit 40 'klyngemidler OR sundhedsaftale OR praksis OR midler' |
  python3 -c 'import json,sys; print("\n".join(h["id"] for h in json.load(sys.stdin)["hits"]))')
for id in $ids; do ask "--similar $id" --similar "$id"; done
echo "$checked answers compared, $differ differ (old: $old, new: $new, corpus: $corpus)"
[ "$differ" -eq 0 ]
