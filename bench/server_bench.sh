#!/usr/bin/env bash
# The web server's throughput and latency, with and without misbehaving
# clients, and its memory per idle connection; loopback only, bounded.
#   bash bench/server_bench.sh [BUILD_DIR] [SLOW] [IDLE] [SECONDS]
# Defaults: build, 1000 slow clients, 200 idle keep-alive connections, 10 s
# of wrk (2 threads, 16 connections) per phase. Memory per idle connection:
# the server's RSS before and after SLOW idle keep-alive connections. SEARCHER=path overrides the
# searcher binary (to measure another build against the same index).
set -uo pipefail
build=${1:-build} slow=${2:-1000} idle=${3:-200} seconds=${4:-10}
here=$(cd "$(dirname "$0")/.." && pwd)
indexer=$build/indexer/indexer
searcher=${SEARCHER:-$build/searcher/searcher}
tool=$here/tests/e2e/slow_clients.py
work=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill $server 2>/dev/null; rm -rf "$work"' EXIT
"$indexer" --quiet --db "$work/db" "$here/corpus/sample"
"$searcher" --db "$work/db" --serve --listen 127.0.0.1:0 > "$work/serve.out" 2> "$work/serve.err" &
server=$!
for _ in $(seq 50); do grep -q Serving "$work/serve.out" && break; sleep 0.1; done
port=$(sed -n 's#.*127.0.0.1:\([0-9]*\)/.*#\1#p' "$work/serve.out")
[ -n "$port" ] || { echo "server did not start"; cat "$work/serve.err"; exit 1; }

cat > "$work/paths.lua" <<'LUA'
local paths = {"/api/search?q=klyngemidler", "/api/search?q=ledelsesprogram&cluster=Fyn",
  "/api/search?q=sundhedsaftale&from=2024-01-01&sort=-date",
  "/api/attendance?name=Jan%20Mains", "/api/search?q=%22det%20nationale%20ledelsesprogram%22"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
load() {  # one wrk run: requests/s, p50, p99, errors
  wrk -t2 -c16 -d"${seconds}s" --timeout 5s --latency -s "$work/paths.lua" "http://127.0.0.1:$port" > "$work/wrk.out" 2>&1
  local rps p50 p99 errs
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.out")
  p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.out")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.out")
  errs=$(grep -E 'Socket errors|Non-2xx' "$work/wrk.out" | tr -s ' ' | tr '\n' ';')
  echo "$1: ${rps} requests/s, p50 ${p50}, p99 ${p99} ${errs}"
}

# Memory first, on the fresh server: later phases leave freed heap behind
# that new connections would reuse unseen.
sleep 1
python3 "$tool" memory --port "$port" --idle "$slow" --pid "$server" --addresses 127.0.0.2-127.0.0.11 \
  | sed 's/^/memory: /'
sleep 1
load "plain"
python3 "$tool" hold --port "$port" --slow "$slow" --idle "$idle" --seconds $((seconds + 20)) \
  --addresses 127.0.0.2-127.0.0.11 > "$work/hold.out" 2>&1 &
holder=$!
for _ in $(seq 200); do grep -q ready "$work/hold.out" && break; sleep 0.1; done
grep -q ready "$work/hold.out" || echo "(not all $slow + $idle clients connected within 20 s)"
load "with $slow slow + $idle idle clients"
wait $holder
cat "$work/hold.out" | sed 's/^/clients: /'
echo "server RSS at the end: $(awk '/VmRSS/ {print $2, $3}' /proc/$server/status)"
