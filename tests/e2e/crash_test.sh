#!/usr/bin/env bash
# Crash safety (docs/ARCHITECTURE.md §8): SIGKILL the indexer at random moments, until
# KILLS (default 20) kills have landed on a running indexer, over FILES
# (default 3000) small minutes files in a two-shard index. Small files make a
# run commit (every 100 files) well within the kill delays (0.05-1.5 s), so
# kills land before, between and during commits. Under load a run may not
# reach its first commit within the delay, so every other run waits until
# the index's revision has moved (a commit of this run) before its delay
# starts: at least one kill must land after a commit of the killed run.
# Between kills a slice of the
# files is rewritten and a few are deleted or added, so every run has work;
# every fourth run is a --rebuild.
# After each kill: the index opens (searcher exits 0), every shard in the stub
# passes xapian-check, no unique id is held by two documents and the document
# count equals the number of ids; a killed --rebuild leaves the old index
# exactly as it was and searchable.
# At the end a complete run must give exactly the terms (with their document
# frequencies) and document count of a clean run over the same files: none
# missing, none duplicated, nothing stale. SEED makes a run repeatable.
# Terms are compared as words (term_dump: word codes read through each
# index's code table, which a run's threads fill in their own order); a
# document holding a code its index's table lacks shows as a difference.
# Person terms are compared as the people they name (term_dump): their unit
# ids depend on the order names were first met, which differs from a clean
# run's when an early file was deleted between runs.
# Usage: crash_test.sh INDEXER SEARCHER SAMPLE_DIR TERM_DUMP
set -uo pipefail
indexer=$1 searcher=$2 sample=$3 term_dump=$4
kills=${KILLS:-20}
files=${FILES:-3000}
seed=${SEED:-$$}
RANDOM=$seed
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
start=$(date +%s.%N)

# gen FIRST LAST VERSION: minutes FIRST..LAST-1, the samples' first 35 lines
# (header, participants, a few items) with their own dates and words.
gen() {
  for d in $(seq $(( $1 / 500 )) $(( ($2 - 1) / 500 ))); do mkdir -p "$work/in/$d"; done
  awk -v first="$1" -v last="$2" -v version="$3" -v dir="$work/in" '
    FNR == 1 { s++ } FNR <= 35 { text[s, FNR] = $0; lines[s] = FNR }
    END {
      for (i = first; i < last; i++) {
        k = i % s + 1
        d = sprintf("%02d-%02d-%04d", i % 28 + 1, int(i / 28) % 12 + 1, 2020 + i % 6)
        f = sprintf("%s/%d/m%d.txt", dir, int(i / 500), i)
        for (l = 1; l <= lines[k]; l++) {
          t = text[k, l]
          gsub(/d\. [0-9][0-9]-[0-9][0-9]-[0-9][0-9][0-9][0-9]/, "d. " d, t)
          gsub(/klyngemidler/, "klyngemidler" i, t)
          print t > f
        }
        if (version != "") print "Revideret udgave " version > f
        close(f)
      }
    }' "$sample"/*.txt
}
gen 0 "$files" ""
echo "$files files made in $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s (SEED=$seed)"

# "term termfreq" of every term of the index, in order; then the doc count.
terms() { "$term_dump" "$1/XAPIANDB" 2>/dev/null; }
doccount() { xapian-delve "$1/XAPIANDB" 2>/dev/null | sed -n 's/^number of documents = //p'; }
# The sum of the revisions of the shards the stub lists; 0 if there is none.
revision() {
  local total=0 r _ shard
  [ -f "$1/XAPIANDB" ] || { echo 0; return; }
  while read -r _ shard; do
    r=$(xapian-delve "$1/$shard" 2>/dev/null | sed -n 's/^revision = //p')
    total=$(( total + ${r:-0} ))
  done < "$1/XAPIANDB"
  echo "$total"
}
hits() { "$searcher" --db "$1" --json --limit 1 klyngemidler 2>/dev/null | grep -o '"total": *[0-9]*' | grep -o '[0-9]*$'; }

check_index() {  # $1 = db dir; after a kill
  [ -f "$1/XAPIANDB" ] || return 0  # killed before the index existed
  "$searcher" --db "$1" --json --limit 1 klyngemidler > /dev/null 2> "$work/search.err" ||
    { bad "index does not open after kill $k: $(head -1 "$work/search.err")"; return; }
  while read -r _ shard; do
    xapian-check "$1/$shard" > "$work/check.log" 2>&1 || { bad "xapian-check $shard after kill $k"; tail -3 "$work/check.log"; }
  done < "$1/XAPIANDB"
  terms "$1" | grep '^Q' > "$work/q"
  local dup n
  dup=$(awk '$NF != 1' "$work/q" | wc -l)
  [ "$dup" -eq 0 ] || bad "$dup unique ids held by more than one document after kill $k"
  n=$(doccount "$1")
  [ "$n" -eq "$(wc -l < "$work/q")" ] || bad "$n documents but $(wc -l < "$work/q") unique ids after kill $k"
}

landed=0 attempts=0 rebuild_kills=0 rebuilds_finished=0 max_docs=0 next_new=$files after_commit=0
while [ "$landed" -lt "$kills" ] && [ "$attempts" -lt $(( kills * 5 )) ]; do
  attempts=$(( attempts + 1 )); k=$attempts
  args=(--shards 2)
  before_stub="" before_terms="" before_hits=""
  if [ $(( k % 4 )) -eq 0 ] && [ -f "$work/db/XAPIANDB" ]; then
    args+=(--rebuild)
    before_stub=$(cat "$work/db/XAPIANDB")
    terms "$work/db" > "$work/before.terms"
    before_hits=$(hits "$work/db")
  else
    # Work for the run: a slice rewritten, a few files deleted, a few added.
    slice=$(( (k * 400) % files ))
    gen "$slice" $(( slice + 400 > files ? files : slice + 400 )) "v$k"
    for _ in 1 2 3 4 5; do i=$(( RANDOM % files )); rm -f "$work/in/$(( i / 500 ))/m$i.txt"; done
    gen "$next_new" $(( next_new + 5 )) "ny$k"; next_new=$(( next_new + 5 ))
  fi
  before_revision=$(revision "$work/db")
  "$indexer" --db "$work/db" --jobs 2 --quiet "${args[@]}" "$work/in" > /dev/null 2> "$work/run.err" &
  pid=$!
  committed=0
  if [ -z "$before_stub" ] && [ $(( k % 2 )) -eq 1 ]; then
    # Wait (up to 120 s) for this run's first commit, then kill within 0.5 s.
    for _ in $(seq 1200); do
      kill -0 "$pid" 2>/dev/null || break
      if [ "$(revision "$work/db")" -gt "$before_revision" ]; then committed=1; break; fi
      sleep 0.1
    done
    sleep "$(awk -v s="$RANDOM" 'BEGIN { srand(s); printf "%.2f", rand() * 0.5 }')"
  else
    sleep "$(awk -v s="$RANDOM" 'BEGIN { srand(s); printf "%.2f", 0.05 + rand() * 0.95 }')"
  fi
  kill -9 "$pid" 2>/dev/null
  { wait "$pid"; } 2>/dev/null; rc=$?
  if [ "$rc" -eq 137 ]; then
    landed=$(( landed + 1 ))
    after_commit=$(( after_commit + committed ))
    [ -n "$before_stub" ] && rebuild_kills=$(( rebuild_kills + 1 ))
  elif [ "$rc" -ne 0 ]; then
    bad "run $k exited $rc before the kill: $(head -1 "$work/run.err")"
  fi
  check_index "$work/db"
  if [ -n "$before_stub" ] && [ "$rc" -eq 137 ]; then
    # A killed rebuild: the old index, exactly.
    # (Or, when the kill came in the last moments between the new stub and
    # the exit, the finished rebuild: then it holds what the old index held,
    # which the term and search checks below require either way.)
    [ "$(cat "$work/db/XAPIANDB")" = "$before_stub" ] || rebuilds_finished=$(( rebuilds_finished + 1 ))
    terms "$work/db" | cmp -s - "$work/before.terms" || bad "killed --rebuild changed the old index"
    [ "$(hits "$work/db")" = "$before_hits" ] || bad "killed --rebuild: search finds $(hits "$work/db") not $before_hits"
  fi
  n=$(doccount "$work/db" 2>/dev/null); [ "${n:-0}" -gt "$max_docs" ] && max_docs=$n
done
[ "$landed" -ge "$kills" ] || bad "only $landed of $kills kills landed on a running indexer"
[ "$after_commit" -ge 1 ] || bad "no kill landed after a commit of the killed run"
[ $(( rebuild_kills - rebuilds_finished )) -ge 1 ] || bad "no kill landed inside a --rebuild"

# The first file goes before the final run: the clean run then meets the
# samples' people in another order than the runs that grew the index did.
rm -f "$work/in/0/m0.txt"
"$indexer" --db "$work/db" --jobs 2 --quiet "$work/in" 2> "$work/run.err" || bad "final run failed: $(head -1 "$work/run.err")"
"$indexer" --db "$work/clean" --jobs 2 --shards 2 --quiet "$work/in" || bad "clean run failed"
check_index "$work/db"
terms "$work/db" > "$work/killed.terms"
terms "$work/clean" > "$work/clean.terms"
if ! cmp -s "$work/killed.terms" "$work/clean.terms"; then
  bad "terms differ from a clean run: $(diff "$work/killed.terms" "$work/clean.terms" | grep -c '^[<>]') lines"
  diff "$work/killed.terms" "$work/clean.terms" | head -10
fi
[ "$(doccount "$work/db")" = "$(doccount "$work/clean")" ] ||
  bad "documents: $(doccount "$work/db") after the kills, $(doccount "$work/clean") in a clean run"
[ "$(grep -c '^Q' "$work/clean.terms")" -eq "$(doccount "$work/clean")" ] || bad "clean run: ids and documents differ"
# The searcher finds in the index after the kills what it finds in the clean
# one, and finds something: a searcher that answers nothing must fail here.
# ("klyngemidler" is numbered per file by gen; every file has "sundhedsklynge".)
final_hits=$("$searcher" --db "$work/db" --json --limit 1 sundhedsklynge | grep -o '"total": *[0-9]*' | grep -o '[0-9]*$')
clean_hits=$("$searcher" --db "$work/clean" --json --limit 1 sundhedsklynge | grep -o '"total": *[0-9]*' | grep -o '[0-9]*$')
[ "${final_hits:-0}" -gt 0 ] && [ "$final_hits" = "$clean_hits" ] ||
  bad "search after the kills finds '${final_hits}' items, in the clean index '${clean_hits}'"
echo "kills landed: $landed of $attempts runs ($rebuild_kills during --rebuild, $rebuilds_finished of them after its new stub, $after_commit after a commit of the run); largest index between kills $max_docs documents;" \
  "final: $(doccount "$work/clean") documents, $(wc -l < "$work/clean.terms") terms, same as a clean run;" \
  "$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.0f", e - s }') s"
[ "$fail" -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
