#!/usr/bin/env bash
# End-to-end: indexer --watch with a config file. A file dropped into a
# watched folder is searchable within 5 s; a removed file disappears; a file
# written in two parts with a pause is never indexed half; a bad file gets
# one error line and the watch goes on; SIGTERM ends it with exit code 0.
# Also: a config file's unknown key is an error naming file and line.
set -uo pipefail
indexer=$1 searcher=$2 sample=$3
work=$(mktemp -d)
watcher="" server=""
trap '[ -n "$watcher" ] && kill -KILL "$watcher" 2>/dev/null; [ -n "$server" ] && kill -KILL "$server" 2>/dev/null; rm -rf "$work"' EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; else echo "ok: $1"; fi; }
# Number of hits for the query words.
hits() { "$searcher" --db "$work/db" --json "$@" 2>/dev/null | sed -n 's/^  "total": \([0-9]*\),*$/\1/p'; }
# Waits up to $1 seconds until `hits WORD` satisfies the test "$2" (e.g. -gt 0);
# prints the seconds it took.
wait_hits() {
  local limit=$1 test=$2 word=$3 start n
  start=$(date +%s%N)
  while :; do
    n=$(hits "$word"); n=${n:-0}
    if [ "$n" "$test" 0 ]; then echo $(( ($(date +%s%N) - start) / 1000000 ))ms; return 0; fi
    [ $(( $(date +%s%N) - start )) -gt $(( limit * 1000000000 )) ] && return 1
    sleep 0.1
  done
}

mkdir -p "$work/minutes/sub"
cp "$sample"/000_*.txt "$work/minutes/"
cp "$sample"/001_*.txt "$work/minutes/sub/"
cat > "$work/referat.conf" <<CONF
# test configuration
db = $work/db
[searcher]
listen = 127.0.0.1:0
[indexer]
watch = $work/minutes
jobs = 2
CONF
"$indexer" --config "$work/referat.conf" --watch > "$work/log" 2> "$work/err" &
watcher=$!
check "the first pass indexes the folder (config file's db and watch)" \
  'wait_hits 20 -gt klyngemidler > /dev/null'

# A server started now answers from what the watcher adds later.
"$searcher" --config "$work/referat.conf" --serve > "$work/serve.out" 2>&1 &
server=$!
for _ in $(seq 50); do grep -qs "^Serving" "$work/serve.out" && break; sleep 0.1; done
port=$(sed -n 's|^Serving http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/serve.out")
api() {
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return
  printf 'GET /api/search?q=%s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$1" >&3
  timeout 5 cat <&3
  exec 3<&-
}

# A new file: copied in (written and closed), searchable within 5 s.
sed 's/klyngemidler/zebrafinke/g' "$sample"/000_*.txt > "$work/new.txt"
cp "$work/new.txt" "$work/minutes/new.txt"
took=$(wait_hits 5 -gt zebrafinke); rc=$?
check "a dropped file is searchable within 5 s (took $took)" '[ $rc -eq 0 ]'
check "the running server answers from the updated index" 'api zebrafinke | grep -q "\"total\": *[1-9]"'

# A file written in two parts with a pause, held open throughout, as a slow
# copy does: never searchable with the first part alone.
file=$(ls "$sample"/004_*.txt)
lines=$(wc -l < "$file")
(
  head -n $((lines / 2)) "$file" | sed 's/$/ forstehalvdel/'
  sleep 3
  tail -n +$((lines / 2 + 1)) "$file" | sed 's/$/ andenhalvdel/'
) > "$work/minutes/half.txt" &
writer=$!
half_seen=0
while kill -0 "$writer" 2>/dev/null; do
  n=$(hits forstehalvdel); [ "${n:-0}" -gt 0 ] && ! [ "$(hits andenhalvdel)" -gt 0 ] 2>/dev/null && half_seen=1
  sleep 0.2
done
wait "$writer"
check "a file is not indexed while it is being written" '[ $half_seen -eq 0 ]'
took=$(wait_hits 5 -gt andenhalvdel); rc=$?
check "the complete file is searchable within 5 s of its last write (took $took)" \
  '[ $rc -eq 0 ] && [ "$(hits forstehalvdel)" -gt 0 ]'

# A file in a new subfolder is found too.
mkdir "$work/minutes/2025"
sed 's/klyngemidler/okapiunge/g' "$sample"/000_*.txt > "$work/minutes/2025/late.txt"
check "a file in a new subfolder is searchable within 5 s" 'wait_hits 5 -gt okapiunge > /dev/null'

# A removed file disappears.
rm "$work/minutes/new.txt"
took=$(wait_hits 5 -eq zebrafinke); rc=$?
check "a removed file disappears within 5 s (took $took)" '[ $rc -eq 0 ]'

# A file in another format is noted once, not on every pass.
printf '\211PNG\r\n' > "$work/minutes/picture.png"
sleep 1.5
# A bad file: one error line naming it; the watch goes on.
printf 'PK\003\004\000\000\001\002' > "$work/minutes/broken.txt"
sed 's/klyngemidler/bæverhvalp/g' "$sample"/000_*.txt > "$work/minutes/after.txt"
check "the watch goes on after a bad file" 'wait_hits 5 -gt bæverhvalp > /dev/null'
check "the bad file gets one error line naming it" \
  '[ "$(grep -c "broken.txt" "$work/err")" -eq 1 ]'
check "a file in another format is noted once" '[ "$(grep -c "note: skipped 1 file" "$work/err")" -eq 1 ]'

kill -TERM "$server"; wait "$server"; server=""
kill -TERM "$watcher"
for _ in $(seq 50); do kill -0 "$watcher" 2>/dev/null || break; sleep 0.1; done
wait "$watcher"; rc=$?
watcher=""
check "SIGTERM ends the watch with exit code 0" '[ $rc -eq 0 ] && grep -q "^stopped" "$work/log"'
check "the index is clean after the watch (xapian-check)" \
  '! command -v xapian-check > /dev/null || xapian-check "$(head -1 "$work/db/XAPIANDB" | sed "s|^auto |$work/db/|")" > /dev/null'

# Config errors name the file and the line; the command line wins.
printf 'db = %s\n[indexer]\njobs = 2\ncolour = blå\n' "$work/db" > "$work/bad.conf"
"$indexer" --config "$work/bad.conf" "$work/minutes" > /dev/null 2> "$work/bad.err"; rc=$?
check "an unknown config key is exit 2 naming file and line" \
  '[ $rc -eq 2 ] && grep -q "bad.conf:4: unknown option \"colour\"" "$work/bad.err"'
"$searcher" --config "$work/referat.conf" --db "$work/nonexistent" --json x > /dev/null 2> "$work/cli.err"; rc=$?
check "a command-line --db wins over the config file's" '[ $rc -eq 2 ] && grep -q nonexistent "$work/cli.err"'
"$searcher" --config "$work/referat.conf" --json okapiunge > "$work/s.json"
check "the searcher reads db from the config file" 'grep -q "\"total\": [1-9]" "$work/s.json"'

echo "watch log:"; sed 's/^/  /' "$work/log"
exit $fail
