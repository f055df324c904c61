#!/usr/bin/env bash
# Crash safety: kill the indexer with SIGKILL at random moments during a run
# over a few thousand files, KILLS times (default 20). After each kill the
# index must open and pass xapian-check; a final run must converge to exactly
# the documents of a clean run: none missing, none duplicated. A few kills
# land during --rebuild, which must leave the old index intact.
set -uo pipefail
indexer=$1 searcher=$2 sample=$3
kills=${KILLS:-20}
files=${FILES:-2000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
say() { echo "$@"; }
bad() { echo "FAIL: $*"; fail=1; }

# A few thousand minutes: the samples with other dates and titles.
mkdir -p "$work/in"
i=0
while [ "$i" -lt "$files" ]; do
  for f in "$sample"/*.txt; do
    [ "$i" -ge "$files" ] && break
    day=$(( i % 28 + 1 )); month=$(( i / 28 % 12 + 1 )); year=$(( 2020 + i % 6 ))
    d=$(printf '%02d-%02d-%04d' "$day" "$month" "$year")
    mkdir -p "$work/in/$(( i / 500 ))"
    sed -e "s/d\. [0-9][0-9]-[0-9][0-9]-[0-9]\{4\}/d. $d/" -e "s/klyngemidler/klyngemidler$i/g" \
      "$f" > "$work/in/$(( i / 500 ))/m$i.txt"
    i=$(( i + 1 ))
  done
done

check_index() {  # $1 = db dir; the index opens and every shard passes xapian-check
  [ -f "$1/XAPIANDB" ] || return 0  # killed before creating anything
  "$searcher" --db "$1" --json --limit 1 klyngemidler > /dev/null 2>&1 || { bad "index does not open after kill"; return; }
  while read -r _ shard; do
    xapian-check "$1/$shard" > "$work/check.log" 2>&1 || { bad "xapian-check $shard"; tail -3 "$work/check.log"; }
  done < "$1/XAPIANDB"
}

qterms() {  # sorted unique-id terms of all shards, one per line
  while read -r _ shard; do xapian-delve -a -1 "$1/$shard" | grep '^Q'; done < "$1/XAPIANDB" | sort
}

survived=0
for k in $(seq 1 "$kills"); do
  args=()
  [ $(( k % 5 )) -eq 0 ] && args+=(--rebuild)
  before=""
  [ -f "$work/db/XAPIANDB" ] && [ "${#args[@]}" -gt 0 ] && before=$(qterms "$work/db" | wc -l)
  "$indexer" --db "$work/db" --jobs 2 --quiet "${args[@]}" "$work/in" > /dev/null 2>&1 &
  pid=$!
  sleep "$(awk -v s="$RANDOM" 'BEGIN { srand(s); printf "%.2f", 0.05 + rand() * 1.45 }')"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  check_index "$work/db"
  if [ -n "$before" ]; then
    after=$(qterms "$work/db" | wc -l)
    [ "$after" -ge "$before" ] || bad "killed --rebuild lost documents ($before -> $after)"
  fi
  survived=$(( survived + 1 ))
done

"$indexer" --db "$work/db" --jobs 2 --quiet "$work/in" || bad "final run failed"
"$indexer" --db "$work/clean" --jobs 2 --quiet "$work/in" || bad "clean run failed"
qterms "$work/db" > "$work/killed.q"
qterms "$work/clean" > "$work/clean.q"
[ "$(uniq -d "$work/killed.q" | wc -l)" -eq 0 ] || bad "duplicated documents after kills"
cmp -s "$work/killed.q" "$work/clean.q" || bad "documents differ from a clean run ($(wc -l < "$work/killed.q") vs $(wc -l < "$work/clean.q"))"
say "kills survived: $survived of $kills; documents: $(wc -l < "$work/clean.q")"
[ "$fail" -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
