#!/usr/bin/env bash
# Deletions, rebuilds and concurrency, end to end (docs/ARCHITECTURE.md §8):
#  1. a file removed from an input root is gone after the next run over that
#     root, and only then (another root, or a root that shares a name prefix,
#     keeps its files);
#  2. --rebuild swaps the new index in atomically: a server opened before
#     keeps answering, and searches during the rebuild (server and searcher
#     binary) see the old index or the new one, never a half-built one; the
#     rebuild keeps the shard count and drops the old generation;
#  3. searches (server and binary) never fail while the indexer commits
#     repeatedly (several transactions per run, files touched between runs);
#  4. a second indexer while one is running exits 2 with one "index is
#     locked" line, and the running one finishes normally.
set -uo pipefail
indexer=$1 searcher=$2 sample=$3
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail=0 passed=0
check() { if eval "$2"; then passed=$((passed + 1)); else echo "FAIL: $1"; fail=1; fi; }
# require NAME CONDITION: a check the rest of the test depends on; stops here
# when it fails (what follows would only fail slowly).
require() {
  if eval "$2"; then passed=$((passed + 1)); else echo "FAIL: $1 (stopping)"; echo "0 passed, 1 failed"; exit 1; fi
}
total() { grep -o '"total": *[0-9]*' | grep -o '[0-9]*$'; }
doccount() { xapian-delve "$1/XAPIANDB" 2>/dev/null | sed -n 's/^number of documents = //p'; }
items_of() { "$indexer" --parse "$1" | grep -o '"number":' | wc -l; }
# copies N: N copies of the samples in $work/big (a few commits' worth).
copies() {
  mkdir -p "$work/big"
  for i in $(seq 0 $(( $1 - 1 ))); do
    for f in "$sample"/*.txt; do
      [ -f "$work/big/$i-$(basename "$f")" ] || head -n 60 "$f" > "$work/big/$i-$(basename "$f")"
    done
  done
}

# --- 1. Deletions -------------------------------------------------------
mkdir -p "$work/in/a" "$work/in/ab"
files=("$sample"/*.txt)
cp "${files[0]}" "${files[1]}" "$work/in/a/"; cp "${files[2]}" "${files[3]}" "$work/in/ab/"
chmod -R u+w "$work/in"
"$indexer" --db "$work/db" --quiet "$work/in/a" "$work/in/ab"
n0=$(doccount "$work/db")
require "the first run indexes the four files (${n0:-no} documents)" '[ "${n0:-0}" -gt 4 ]'
gone=$(basename "${files[0]}") gone_docs=$(( $(items_of "${files[0]}") + 1 ))
check "the file to be removed is found before" \
  'grep -q "$gone" <<< "$("$searcher" --db "$work/db" --json --limit 1000 klyngemidler)"'
rm "$work/in/a/$gone"
"$indexer" --db "$work/db" "$work/in/ab" > "$work/out"
check "a run over another root removes nothing" \
  'grep -q "removed 0;" "$work/out" && [ "$(doccount "$work/db")" -eq "$n0" ]'
"$indexer" --db "$work/db" "$work/in/a" > "$work/out"
check "a file removed from its root is removed on the next run (removed 1)" \
  'grep -q "removed 1;" "$work/out" && [ "$(doccount "$work/db")" -eq $(( n0 - gone_docs )) ]'
# The search must find the other files' items (a search that prints nothing
# would pass a check for absence alone).
"$searcher" --db "$work/db" --json --limit 1000 klyngemidler > "$work/after.json"
check "... and its items are no longer found, while the other files' items are" \
  '[ "$(total < "$work/after.json")" -gt 0 ] && ! grep -q "$gone" "$work/after.json"'
check "... while the root sharing its name prefix (in/ab) keeps its files" \
  'grep -q "\"ab/$(basename "${files[2]}")" <<< "$("$searcher" --db "$work/db" --json --limit 1000 "")"'
"$indexer" --db "$work/db" "$work/in/a" > "$work/out"
check "a second run removes nothing more" 'grep -q "removed 0;" "$work/out"'

# --- 2. --rebuild swaps atomically --------------------------------------
rm -rf "$work/db"
"$indexer" --db "$work/db" --shards 2 --quiet "$sample"
old_total=$("$searcher" --db "$work/db" --json --limit 1 klyngemidler | total)
old_gen=$(awk '{ print $2; exit }' "$work/db/XAPIANDB" | cut -d/ -f1)
"$searcher" --db "$work/db" --serve --listen 127.0.0.1:0 > "$work/serve.out" 2>&1 &
server=$!
for _ in $(seq 50); do grep -q Serving "$work/serve.out" && break; sleep 0.1; done
port=$(sed -n 's#.*127.0.0.1:\([0-9]*\)/.*#\1#p' "$work/serve.out")
require "server started" '[ -n "$port" ]'
http_total() {  # total of /api/search?q=$1 from the server, or "HTTP <status>"
  local reply
  reply=$(exec 3<>"/dev/tcp/127.0.0.1/$port" &&
          printf 'GET /api/search?q=%s&limit=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' "$1" >&3 &&
          timeout 10 cat <&3) || { echo "no answer"; return; }
  case "$reply" in "HTTP/1.1 200"*) printf '%s' "$reply" | total ;; *) echo "HTTP ${reply:9:3}" ;; esac
}
check "server answers before the rebuild" '[ "$(http_total klyngemidler)" = "$old_total" ]'
copies 300
# search_loop NAME: searches with the binary and the server until $work/stop.
search_loop() {
  : > "$work/$1.totals"
  while [ ! -f "$work/stop" ]; do
    { "$searcher" --db "$work/db" --json --limit 1 klyngemidler 2> "$work/$1.err" | total || echo "exit ${PIPESTATUS[0]}: $(head -1 "$work/$1.err")"; } >> "$work/$1.totals"
    echo "server $(http_total klyngemidler)" >> "$work/$1.totals"
  done
}
search_loop rebuild &
loop=$!
"$indexer" --db "$work/db" --rebuild --quiet "$work/big" "$sample"
sleep 0.3; touch "$work/stop"; wait "$loop"; rm -f "$work/stop"
new_total=$("$searcher" --db "$work/db" --json --limit 1 klyngemidler | total)
check "rebuild indexed more ($old_total -> $new_total)" '[ "$new_total" -gt "$old_total" ]'
odd=$(sed 's/^server //' "$work/rebuild.totals" | grep -v -x -e "$old_total" -e "$new_total" | sort | uniq -c)
check "searches during the rebuild saw the old or the new index, never another ($(wc -l < "$work/rebuild.totals") searches)${odd:+: $odd}" \
  '[ -z "$odd" ] && grep -q -x "server $old_total" "$work/rebuild.totals"'
check "the server opened before the rebuild answers from the new index" \
  '[ "$(http_total klyngemidler)" = "$new_total" ]'
check "the rebuild kept the shard count (2)" '[ "$(wc -l < "$work/db/XAPIANDB")" -eq 2 ]'
check "the rebuild dropped the old generation ($old_gen)" '[ ! -e "$work/db/$old_gen" ]'

# --- 3. Searches while the indexer commits -------------------------------
copies 600  # 2,400 files: 24 transactions of 100 files
search_loop commits &
loop=$!
for round in 1 2 3; do
  find "$work/big" -name "$round*" -exec touch -d "@$(( $(date +%s) + round ))" {} +
  "$indexer" --db "$work/db" --jobs 2 --quiet "$work/big" "$sample"; rc=$?
  check "indexer run $round during searches exits 0 (was $rc)" '[ "$rc" -eq 0 ]'
done
touch "$work/stop"; wait "$loop"; rm -f "$work/stop"
bad=$(grep -v -x -E '(server )?[0-9]+' "$work/commits.totals" | sort | uniq -c)
check "searches during commits all succeeded ($(wc -l < "$work/commits.totals") searches)${bad:+: $bad}" '[ -z "$bad" ]'
check "server still up" 'kill -0 "$server"'

# --- 4. A second writer --------------------------------------------------
"$indexer" --db "$work/db" --jobs 2 --rebuild --quiet "$work/big" > "$work/first.out" 2>&1 &
first=$!
# Wait until it holds the lock (a rebuild makes its new generation after
# locking); probing with flock(1) could itself make the first one fail.
for _ in $(seq 200); do [ "$(ls -d "$work"/db/gen-* | wc -l)" -gt 1 ] && break; sleep 0.02; done
"$indexer" --db "$work/db" --quiet "$sample" > /dev/null 2> "$work/second.err"; rc=$?
check "a second indexer exits 2 (was $rc)" '[ "$rc" -eq 2 ]'
check "... with one line saying the index is locked" \
  '[ "$(wc -l < "$work/second.err")" -eq 1 ] && grep -q "index is locked" "$work/second.err"'
wait "$first"; rc=$?
check "the first indexer finishes normally (exit $rc)" '[ "$rc" -eq 0 ]'
check "searches work after both" '[ "$("$searcher" --db "$work/db" --json --limit 1 klyngemidler | total)" -gt 0 ]'

echo "$passed checks passed"
[ "$fail" -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
