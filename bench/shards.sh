#!/usr/bin/env bash
# Query latency with the shards of an index served by xapian-tcpsrv servers
# on loopback (Xapian remote databases, combined into one database by the
# searcher), against the index opened locally.
#   local      query_bench over --db (its stub: every shard)
#   k servers  (--servers) the shards of --db split over k servers: server j
#              serves shards j, j+k, j+2k, ... (so the combined database
#              numbers the documents as the local one does)
#   layout     (--layouts) another index of the same corpus written in k
#              shards, one server per shard (server j serves shard j)
# Schema 9: the index's words are codes whose table is in the first shard's
# metadata, and a combined remote database reads metadata from its first
# server: server 0 always serves shard 0, so the searcher reads the table.
# For each layout: query_bench's table (p50/p95 per query kind, wall and the
# search thread's CPU; facets counted exactly: remote shards are always
# counted exactly, so the local rows are too), and
#   - whether its answers (total, hits with scores, every facet count) are
#     byte for byte those of the local run (query_bench --answers);
#   - whether `searcher --json` over the servers answers each benchmark query
#     as `searcher --json` over the local index: whole answers compared,
#     except that where the local searcher counted over a sample (more than
#     50,000 matches: "facets_exact": false) its total and facets are left
#     out of the comparison (the line above compares them exactly).
# Usage: bash bench/shards.sh --db DIR [--layouts "DIR..."] [--servers "1 2 4"]
#                             [--runs R] [--port BASE] [--bin BUILD_DIR]
# DIR is an index written with `indexer` (a layout of k servers needs k <= its
# shards; --servers "" runs none); each layout DIR must index the same corpus.
# Exits 1 if any layout's answers differ from the local ones.
set -euo pipefail
cd "$(dirname "$0")/.."
db="" runs=30 servers="1 2 4" layouts="" port=47100 bin=build-bench
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=$2; shift 2;;
    --runs) runs=$2; shift 2;;
    --servers) servers=$2; shift 2;;
    --layouts) layouts=$2; shift 2;;
    --port) port=$2; shift 2;;
    --bin) bin=$2; shift 2;;
    *) echo "usage: bench/shards.sh --db DIR [--layouts \"DIR...\"] [--servers \"1 2 4\"] [--runs R] [--port BASE] [--bin BUILD_DIR]" >&2; exit 2;;
  esac
done
is_index() { [ -n "$1" ] && [ -f "$1/XAPIANDB" ]; }
is_index "$db" || { echo "bench/shards.sh: --db DIR must be an index directory (DIR/XAPIANDB)" >&2; exit 2; }
for d in $layouts; do
  is_index "$d" || { echo "bench/shards.sh: --layouts: $d is not an index directory (DIR/XAPIANDB)" >&2; exit 2; }
done
qb="$bin/bench/query_bench" searcher="$bin/searcher/searcher"
for b in "$qb" "$searcher"; do [ -x "$b" ] || { echo "bench/shards.sh: $b not built" >&2; exit 2; }; done
shards_of() { awk '{print $2}' "$1/XAPIANDB" | sed "s|^|$1/|"; }
mapfile -t shards < <(shards_of "$db")
n=${#shards[@]}
work=$(mktemp -d /tmp/referat-shards.XXXX)
pids=()
stop_servers() {
  for pid in "${pids[@]}"; do kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
}
trap 'stop_servers; rm -rf "$work"' EXIT

# The benchmark's queries (bench/query_bench.cc's mix), as searcher arguments.
queries=(klyngemidler klyngemidlerne midler '"det nationale ledelsesprogram"' '"Mette Christensen"'
  'sundhedsaftale --cluster Fyn --from 2023-01-01 --to 2024-12-31')
json_answers() {  # DIR_OUT, --db arguments...: one JSON answer a query
  local out=$1; shift
  mkdir -p "$out"
  for i in "${!queries[@]}"; do
    local q=${queries[$i]} words rest=()
    words=${q%% --*}
    [ "$words" != "$q" ] && read -r -a rest <<< "${q#"$words"}"
    "$searcher" "$@" --json "${rest[@]}" "$words" > "$out/$i.json"
  done
}
same_json() {  # DIR_LOCAL DIR_REMOTE: prints the queries whose answers differ
  local differ=0
  for i in "${!queries[@]}"; do
    local filter=.
    [ "$(jq .facets_exact "$1/$i.json")" = true ] || filter='del(.total, .facets, .facets_exact)'
    if ! cmp -s <(jq -S "$filter" "$1/$i.json") <(jq -S "$filter" "$2/$i.json"); then
      echo "  searcher --json ${queries[$i]}: differs"
      diff <(jq -S "$filter" "$1/$i.json") <(jq -S "$filter" "$2/$i.json") | head -10 | sed 's/^/    /'
      differ=1
    fi
  done
  return $differ
}

echo "index: $db, $n shards; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "== local: one database over the $n shards (facets exact)"
"$qb" --db "$db" --runs "$runs" --exact-facets-up-to 0 --answers "$work/local.txt" | tee "$work/local.out"
json_answers "$work/local-json" --db "$db"
sampled=$(for f in "$work"/local-json/*.json; do jq -r 'select(.facets_exact == false) | .query' "$f"; done | paste -sd, -)
[ -n "$sampled" ] && echo "(searcher --json counts over a sample locally for: $sampled)"
status=0
names=()

# Starts one xapian-tcpsrv a group of shard paths (space-separated), server j
# on port BASE+j, and sets args to their --db arguments. MODE one-shot: each
# serves one connection and exits, its CPU time (user, system s) in
# $work/cpu-j.txt; forking: each serves until stop_servers.
start_servers() {
  local mode=$1; shift
  local j=0
  args=()
  rm -f "$work"/cpu-*.txt
  for group in "$@"; do
    local p=$((port + j))
    # In a session of its own: on SIGTERM a server signals its process group.
    # shellcheck disable=SC2086  # a group is several paths
    if [ "$mode" = one-shot ]; then
      setsid /usr/bin/time -f '%U %S' -o "$work/cpu-$j.txt" \
        xapian-tcpsrv --quiet --one-shot --interface 127.0.0.1 --port "$p" $group > "$work/tcpsrv-$j.log" 2>&1 &
    else
      setsid xapian-tcpsrv --quiet --interface 127.0.0.1 --port "$p" $group > "$work/tcpsrv-$j.log" 2>&1 &
    fi
    pids+=($!)
    args+=(--db "tcp://127.0.0.1:$p")
    j=$((j + 1))
  done
  for ((j = 0; j < $#; ++j)); do  # wait until each server listens (without connecting)
    for _ in $(seq 100); do
      [ -n "$(ss -Hltn "sport = :$((port + j))")" ] && break
      sleep 0.1
    done
  done
}

# Runs one layout: LABEL, then the shard paths server j serves, one group of
# space-separated paths per server.
run_layout() {
  local label=$1; shift
  local groups=("$@") r=${#names[@]}
  echo
  echo "== $label; load $(cut -d' ' -f1-3 /proc/loadavg)"
  # Timed: each server serves query_bench's one connection in its own
  # process (--one-shot) and reports that process's CPU time.
  start_servers one-shot "${groups[@]}"
  "$qb" "${args[@]}" --runs "$runs" --answers "$work/remote-$r.txt" | tee "$work/remote-$r.out"
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
  # query_bench runs each query once to warm up, then --runs times.
  local asked=$(( (runs + 1) * $(awk '/^query /{f=1; next} /^worst/{f=0} f' "$work/remote-$r.out" | wc -l) ))
  cat "$work"/cpu-*.txt | awk -v q="$asked" '{ d = ($1 + $2) * 1000 / q; sum += d; if (d > max) max = d }
    END { printf "servers'"'"' CPU per query (mean over the %d queries): %.1f ms in all, %.1f ms the busiest server\n", q, sum, max }' |
    tee "$work/remote-$r.cpu"
  start_servers forking "${groups[@]}"
  json_answers "$work/remote-$r-json" "${args[@]}"
  stop_servers
  if cmp -s "$work/local.txt" "$work/remote-$r.txt"; then
    echo "answers identical to the local run (totals, hits and scores, facet counts)"
  else
    echo "ANSWERS DIFFER from the local run:"; diff "$work/local.txt" "$work/remote-$r.txt" | head -20
    status=1
  fi
  if same_json "$work/local-json" "$work/remote-$r-json"; then
    echo "searcher --json: the ${#queries[@]} answers identical to the local index's"
  else
    status=1
  fi
  names+=("$label")
}

for k in $servers; do
  if [ "$k" -gt "$n" ]; then echo "($k servers: the index has only $n shards)"; continue; fi
  groups=()
  for ((j = 0; j < k; ++j)); do
    served=()
    for ((s = j; s < n; s += k)); do served+=("${shards[$s]}"); done
    groups+=("${served[*]}")
  done
  run_layout "$k xapian-tcpsrv server(s) on loopback, $(( n / k )) shard(s) of $db each" "${groups[@]}"
done
for d in $layouts; do
  mapfile -t own < <(shards_of "$d")
  run_layout "${#own[@]} xapian-tcpsrv server(s) on loopback, one shard of $d each" "${own[@]}"
done

echo
echo "worst p95 per layout (wall):"
printf '  %-70s %s ms\n' local "$(awk '/^worst ours p95:/ {print $4}' "$work/local.out")"
for i in "${!names[@]}"; do
  printf '  %-70s %s ms\n' "${names[$i]}" "$(awk '/^worst ours p95:/ {print $4}' "$work/remote-$i.out")"
done
exit $status
