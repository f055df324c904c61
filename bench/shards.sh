#!/usr/bin/env bash
# Query latency with the shards of one index served by several xapian-tcpsrv
# servers on loopback (Xapian remote databases, combined into one database
# by the searcher), against the same shards opened locally.
#   local      query_bench over the index directory (its stub: every shard)
#   k servers  server j serves shards j, j+k, j+2k, ... (so the combined
#              database numbers the documents as the local one does), and
#              query_bench opens tcp://127.0.0.1:PORT of each
# For each layout: query_bench's table (p50/p95 per query kind, facets
# counted exactly: remote shards are always counted exactly, so the local
# rows are too), and whether its answers (total, hits with scores, every
# facet count) are byte for byte those of the local run.
# Usage: bash bench/shards.sh --db DIR [--runs R] [--servers "1 2 4"]
#                             [--port BASE] [--bin BUILD_DIR]
# DIR is an index written with `indexer --shards N`; a layout of k servers
# needs k <= N. Exits 1 if any layout's answers differ from the local ones.
set -euo pipefail
cd "$(dirname "$0")/.."
db="" runs=30 servers="1 2 4" port=47100 bin=build-bench
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=$2; shift 2;;
    --runs) runs=$2; shift 2;;
    --servers) servers=$2; shift 2;;
    --port) port=$2; shift 2;;
    --bin) bin=$2; shift 2;;
    *) echo "usage: bench/shards.sh --db DIR [--runs R] [--servers \"1 2 4\"] [--port BASE] [--bin BUILD_DIR]" >&2; exit 2;;
  esac
done
[ -n "$db" ] && [ -f "$db/XAPIANDB" ] || { echo "bench/shards.sh: --db DIR must be an index directory (DIR/XAPIANDB)" >&2; exit 2; }
qb="$bin/bench/query_bench"
[ -x "$qb" ] || { echo "bench/shards.sh: $qb not built" >&2; exit 2; }
mapfile -t shards < <(awk '{print $2}' "$db/XAPIANDB" | sed "s|^|$db/|")
n=${#shards[@]}
work=$(mktemp -d /tmp/referat-shards.XXXX)
pids=()
stop_servers() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
}
trap 'stop_servers; rm -rf "$work"' EXIT

echo "index: $db, $n shards; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "== local: one database over the $n shards (facets exact)"
"$qb" --db "$db" --runs "$runs" --exact-facets-up-to 0 --answers "$work/local.txt" | tee "$work/local.out"
status=0
for k in $servers; do
  if [ "$k" -gt "$n" ]; then echo "($k servers: the index has only $n shards)"; continue; fi
  args=()
  for ((j = 0; j < k; ++j)); do
    served=()
    for ((s = j; s < n; s += k)); do served+=("${shards[$s]}"); done
    p=$((port + j))
    # In a session of its own: on SIGTERM a server signals its process group.
    setsid xapian-tcpsrv --quiet --interface 127.0.0.1 --port "$p" "${served[@]}" > "$work/tcpsrv-$j.log" 2>&1 &
    pids+=($!)
    args+=(--db "tcp://127.0.0.1:$p")
  done
  for ((j = 0; j < k; ++j)); do  # wait until each server listens
    for _ in $(seq 100); do
      (exec 3<>"/dev/tcp/127.0.0.1/$((port + j))") 2>/dev/null && break
      sleep 0.1
    done
  done
  echo
  echo "== $k xapian-tcpsrv server(s) on loopback, $(( n / k )) shard(s) each; load $(cut -d' ' -f1-3 /proc/loadavg)"
  "$qb" "${args[@]}" --runs "$runs" --answers "$work/remote-$k.txt" | tee "$work/remote-$k.out"
  stop_servers
  if cmp -s "$work/local.txt" "$work/remote-$k.txt"; then
    echo "answers identical to the local run (totals, hits and scores, facet counts)"
  else
    echo "ANSWERS DIFFER from the local run:"; diff "$work/local.txt" "$work/remote-$k.txt" | head -20
    status=1
  fi
done
echo
echo "worst p95 per layout:"
printf '  %-22s %s ms\n' local "$(awk '/^worst ours p95:/ {print $4}' "$work/local.out")"
for k in $servers; do
  [ -f "$work/remote-$k.out" ] && printf '  %-22s %s ms\n' "$k server(s)" "$(awk '/^worst ours p95:/ {print $4}' "$work/remote-$k.out")"
done
exit $status
