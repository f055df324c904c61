#!/usr/bin/env bash
# Index size and indexing speed against omindex, without the rest of
# bench/run.sh (PostgreSQL, queries): one generated corpus indexed by ours
# (`indexer --jobs 2`) and by omindex in the same run; both indexes
# compacted (ours compacts itself; omindex's with xapian-compact, untimed);
# the ratios, and each table's size.
# Usage: bash bench/size.sh BUILD_DIR [ITEMS|CORPUS_DIR] [WORK_DIR]
#   BUILD_DIR: a build with indexer/indexer and bench/gen_corpus
#   ITEMS: 20000 by default; or CORPUS_DIR, a folder of minutes to index
#   as it is (real minutes: tests/realworld/cases); WORK_DIR:
#   /tmp/referat-size by default (a generated corpus there is reused when
#   it has the same number of items)
set -euo pipefail
b=$1 items=${2:-20000} w=${3:-/tmp/referat-size}
mkdir -p "$w"
if [ -d "$items" ]; then
  files=$items
else
  if [ "$(cat "$w/items" 2>/dev/null)" != "$items" ]; then
    rm -rf "$w/corpus"
    "$b/bench/gen_corpus" --items "$items" --out "$w/corpus" > /dev/null
    echo "$items" > "$w/items"
  fi
  files=$w/corpus/files
fi
rm -rf "$w/ours.db" "$w/omega.db" "$w/omega-compact.db"
/usr/bin/time -f "%e %U %S %M" -o "$w/ours.time" "$b/indexer/indexer" --db "$w/ours.db" --jobs 2 --quiet "$files" \
  || [ $? -eq 1 ]  # 1: some files rejected (reported), the rest indexed
/usr/bin/time -f "%e %U %S %M" -o "$w/omega.time" omindex --db "$w/omega.db" --url / --stemmer=danish "$files" > /dev/null
xapian-compact "$w/omega.db" "$w/omega-compact.db" > /dev/null
ours=$(du -sb "$w/ours.db" | cut -f1) omega=$(du -sb "$w/omega-compact.db" | cut -f1)
read -r o_s o_u o_sys o_kb < "$w/ours.time"
read -r m_s m_u m_sys m_kb < "$w/omega.time"
mb() { echo "$1 / 1048576" | bc -l | xargs printf '%.1f'; }
if [ -d "$items" ]; then
  echo "corpus: $items, $(find "$files" -type f | wc -l) files, $(du -sm --apparent-size "$files" | cut -f1) MB"
else
  echo "corpus: $items items, $(find "$files" -type f | wc -l) files"
fi
echo "ours:    $(mb "$ours") MB, ${o_s} s wall, $(echo "$o_u + $o_sys" | bc) s CPU, peak $(( o_kb / 1024 )) MB"
echo "omindex: $(mb "$omega") MB compacted, ${m_s} s wall, $(echo "$m_u + $m_sys" | bc) s CPU"
echo "ratios: index size $(echo "$ours / $omega" | bc -l | xargs printf '%.3f')x omindex's, files/s $(echo "$m_s / $o_s" | bc -l | xargs printf '%.3f')x omindex's"
tables() { for t in "$1"/*.glass; do printf ' %s %.2f' "$(basename "$t" .glass)" "$(echo "$(stat -c %s "$t") / 1048576" | bc -l)"; done; echo; }
echo "ours tables (MB, first shard):$(tables "$w/ours.db/$(awk 'NR == 1 {print $2}' "$w/ours.db/XAPIANDB")")"
echo "omindex tables (MB):$(tables "$w/omega-compact.db")"
