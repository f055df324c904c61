#!/usr/bin/env bash
# The web server with many misbehaving clients, on loopback only: SLOW
# clients trickling header bytes (default 300) and IDLE keep-alive
# connections (default 100), spread over the loopback addresses
# 127.0.0.2-127.0.0.5, are held while wrk searches from 127.0.0.1 for
# DURATION seconds (default 5). Every search must succeed, with p99 under
# MAX_P99_MS (default 100); the server must cut the trickling clients off at
# its request deadline; a client over the per-address cap gets 503 while
# others are answered. The benchmark (bench/server_bench.sh) runs the same
# clients at 1,000 + 200.
set -uo pipefail
indexer=$1 searcher=$2 sample=$3
here=$(cd "$(dirname "$0")" && pwd)
slow=${SLOW:-300} idle=${IDLE:-100} duration=${DURATION:-5} max_p99_ms=${MAX_P99_MS:-100}
work=$(mktemp -d)
fail=0 passed=0
server="" holder=""
trap '[ -n "$server" ] && kill $server 2>/dev/null; [ -n "$holder" ] && kill $holder 2>/dev/null; rm -rf "$work"' EXIT
check() {  # check NAME CONDITION
  if eval "$2"; then passed=$((passed + 1)); else fail=$((fail + 1)); echo "FAIL: $1"; fi
}

"$indexer" --quiet --db "$work/db" "$sample" || { echo "FAIL: indexer"; exit 1; }
"$searcher" --db "$work/db" --serve --listen 127.0.0.1:0 > "$work/serve.out" 2> "$work/serve.err" &
server=$!
for _ in $(seq 50); do grep -q Serving "$work/serve.out" && break; sleep 0.1; done
port=$(sed -n 's#.*127.0.0.1:\([0-9]*\)/.*#\1#p' "$work/serve.out")
[ -n "$port" ] || { echo "FAIL: server did not start"; cat "$work/serve.err"; exit 1; }
deadline_ms=$(python3 -c "import json,urllib.request; print(json.load(urllib.request.urlopen('http://127.0.0.1:$port/api/status'))['server']['limits']['request_deadline_ms'])" 2>&1)
check "the server names its request deadline ($deadline_ms)" '[[ "$deadline_ms" =~ ^[0-9]+$ ]]'
[[ "$deadline_ms" =~ ^[0-9]+$ ]] || deadline_ms=10000

# Held past the deadline, so that every trickling client is cut off once.
hold_s=$(( deadline_ms / 1000 + duration + 5 ))
python3 "$here/slow_clients.py" hold --port "$port" --slow "$slow" --idle "$idle" --seconds "$hold_s" \
  --addresses 127.0.0.2-127.0.0.5 > "$work/hold.out" 2>&1 &
holder=$!
for _ in $(seq 300); do grep -q ready "$work/hold.out" && break; sleep 0.1; done
check "all $slow slow and $idle idle clients connected" 'grep -q ready "$work/hold.out"'

cat > "$work/paths.lua" <<'LUA'
local paths = {"/api/search?q=klyngemidler", "/api/search?q=ledelsesprogram&cluster=Fyn",
  "/api/search?q=sundhedsaftale&from=2024-01-01&sort=-date",
  "/api/attendance?name=Jan%20Mains", "/api/search?q=%22det%20nationale%20ledelsesprogram%22", "/"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
wrk -t2 -c8 -d"${duration}s" --timeout 5s --latency -s "$work/paths.lua" "http://127.0.0.1:$port" \
  > "$work/wrk.out" 2>&1
wrk_rc=$?
check "wrk ran (exit status $wrk_rc)" '[ $wrk_rc -eq 0 ] && grep -q "Requests/sec" "$work/wrk.out"'
requests=$(awk '/requests in/ {print $1}' "$work/wrk.out")
rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.out")
p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.out")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.out")
p99_ms=$(echo "$p99" | awk '/us$/ {print $1 / 1000; next} /ms$/ {print $1 + 0; next} /s$/ {print $1 * 1000; next} {print 1e9}')
check "searches were answered (${requests:-0})" '[ "${requests:-0}" -gt 0 ]'
check "every search succeeded" '! grep -qE "Non-2xx|Socket errors" "$work/wrk.out"'
check "p99 ${p99} under ${max_p99_ms} ms" 'awk -v p="$p99_ms" -v m="$max_p99_ms" "BEGIN {exit !(p < m)}"'

# The cap of one address (read from /api/status) while the others go on.
python3 "$here/slow_clients.py" cap --port "$port" --address 127.0.0.100 > "$work/cap.out" 2>&1
cap_rc=$?
cat "$work/cap.out"
check "a client over the per-address cap gets 503, others are answered" '[ $cap_rc -eq 0 ]'

wait $holder
holder=""
summary=$(tail -1 "$work/hold.out")
cut=$(echo "$summary" | python3 -c "import json,sys; print(json.load(sys.stdin)['slow_cut_off'])" 2>/dev/null)
check "the server cut off the trickling clients at its deadline (${cut:-?} closed, $slow slow)" \
  '[ "${cut:-0}" -ge "$slow" ]'
check "the server is alive" 'kill -0 $server 2>/dev/null'
code=$(python3 -c "import urllib.request; print(urllib.request.urlopen('http://127.0.0.1:$port/api/search?q=klyngemidler').status)" 2>/dev/null)
check "and answers a search afterwards ($code)" '[ "$code" = 200 ]'

echo "slow clients: $slow trickling + $idle idle over 4 addresses; wrk 8 connections ${duration}s: ${rps} requests/s, p50 ${p50}, p99 ${p99}"
echo "clients: $summary"
echo "$passed passed, $fail failed"
[ "$fail" -eq 0 ]
