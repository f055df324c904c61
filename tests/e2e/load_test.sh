#!/usr/bin/env bash
# The web server under load and abuse, on loopback only: a bounded wrk run
# (DURATION seconds, default 10) while clients send malformed requests and
# requests that never finish; the server must stay up and keep answering,
# wrk must succeed, and requests/s and p99 must meet floors (MIN_RPS,
# default 100; MAX_P99_MS, default 500: far below what the server does
# alone, above what a busy 2-core CI machine may leave it). Prints
# requests/s and p99 latency.
# Usage: load_test.sh INDEXER SEARCHER SAMPLE_DIR [WRK]; WRK defaults to
# the wrk on PATH (given as an argument, broken_binary_test.sh also runs
# this test with a broken wrk, which must fail it).
set -uo pipefail
indexer=$1 searcher=$2 sample=$3 wrk=${4:-$(command -v wrk)}
duration=${DURATION:-10} min_rps=${MIN_RPS:-100} max_p99_ms=${MAX_P99_MS:-500}
work=$(mktemp -d)
fail=0
"$indexer" --quiet --db "$work/db" "$sample" || { echo "FAIL: indexer"; exit 1; }
"$searcher" --db "$work/db" --serve --listen 127.0.0.1:0 > "$work/serve.out" 2> "$work/serve.err" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q Serving "$work/serve.out" && break; sleep 0.1; done
port=$(sed -n 's#.*127.0.0.1:\([0-9]*\)/.*#\1#p' "$work/serve.out")
[ -n "$port" ] || { echo "FAIL: server did not start"; cat "$work/serve.out" "$work/serve.err"; exit 1; }

status_of() {  # HTTP status of a raw request line sent over bash's /dev/tcp
  exec 3<>"/dev/tcp/127.0.0.1/$port" || { echo 000; return; }
  printf '%s\r\nHost: x\r\nConnection: close\r\n\r\n' "$1" >&3
  local line
  IFS= read -r -t 10 line <&3 || line="HTTP/1.1 000"
  exec 3<&- 3>&-
  echo "$line" | cut -d' ' -f2
}

# Requests that never finish sending (slowloris), held open during the load.
for i in $(seq 5); do
  exec {fd}<>"/dev/tcp/127.0.0.1/$port"
  printf 'GET /api/search?q=klynge' >&$fd
done

long=$(head -c 20000 /dev/zero | tr '\0' 'a')
cat > "$work/paths.lua" <<'LUA'
local paths = {"/api/search?q=klyngemidler", "/api/search?q=ledelsesprogram&cluster=Fyn",
  "/api/search?q=sundhedsaftale&from=2024-01-01&sort=-date", "/api/compare?q=klyngemidler",
  "/api/attendance?name=Jan%20Mains", "/api/search?q=%22det%20nationale%20ledelsesprogram%22",
  "/api/search?q=x&limit=abc", "/api/search?q=%FF%FE%3Cscript%3E", "/api/item/zz", "/"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
"$wrk" -t2 -c16 -d"${duration}s" --latency -s "$work/paths.lua" "http://127.0.0.1:$port" > "$work/wrk.out" 2>&1 &
wrk_pid=$!
# Abuse while the load runs.
bad=0
for _ in $(seq 20); do
  for req in "GET /api/search?q=$long HTTP/1.1" "GET /api/search?q=%ZZ%ZZ HTTP/1.1" \
             "GET /api/search?limit=-5&offset=x HTTP/1.1" "BREW /coffee HTCPCP/1.0" "GET / HTTP/9.9" \
             "GET /api/item/../../../../etc/passwd HTTP/1.1" "GET /../etc/passwd HTTP/1.1"; do
    code=$(status_of "$req")
    case "$req" in
      *passwd*) [ "$code" = 404 ] || { bad=$((bad + 1)); echo "status '$code' for ${req:0:60}, expected 404"; } ;;
      *) case "$code" in 2??|4??) ;; *) bad=$((bad + 1)); echo "unexpected status '$code' for ${req:0:60}";; esac ;;
    esac
  done
done
wait $wrk_pid
wrk_rc=$?
if [ $wrk_rc -ne 0 ] || ! grep -q "Requests/sec" "$work/wrk.out"; then
  echo "FAIL: wrk exited with $wrk_rc:"; cat "$work/wrk.out"; fail=1
fi
kill -0 $server 2>/dev/null || { echo "FAIL: server died"; fail=1; }
code=$(status_of "GET /api/search?q=klyngemidler HTTP/1.1")
[ "$code" = 200 ] || { echo "FAIL: server not answering after the load ($code)"; fail=1; }
[ "$bad" -eq 0 ] || { echo "FAIL: $bad malformed requests got a wrong status or no answer"; fail=1; }
rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.out")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.out")
p99_ms=$(echo "$p99" | awk '/us$/ {print $1 / 1000; next} /ms$/ {print $1 + 0; next} /s$/ {print $1 * 1000; next} {print 1e9}')
awk -v r="${rps:-0}" -v m="$min_rps" 'BEGIN {exit !(r >= m)}' ||
  { echo "FAIL: ${rps:-no} requests/s, below the floor of $min_rps"; fail=1; }
awk -v p="${p99_ms:-1e9}" -v m="$max_p99_ms" 'BEGIN {exit !(p <= m)}' ||
  { echo "FAIL: p99 ${p99:-unknown} over $max_p99_ms ms"; fail=1; }
errors=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$work/wrk.out" || echo "Non-2xx or 3xx responses: 0")
echo "load: ${rps} requests/s, p99 ${p99}, ${duration}s, 16 connections; ${errors} (the mix holds 2 bad requests in 10)"
grep -q "Socket errors" "$work/wrk.out" && grep "Socket errors" "$work/wrk.out"
[ "$fail" -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
