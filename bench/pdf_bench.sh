#!/usr/bin/env bash
# PDF extraction throughput: formats::read_document (bench/format_dump --time,
# one process for all files; and again one process per file, the cost of a
# worker process per document) against poppler's `pdftotext` (one process
# per file, as it is used) on the same PDFs in one run. The PDFs are the four
# sample minutes of tests/formats/fixtures, copied COPIES times (default 25)
# so that timing covers about a thousand pages, plus any PDFs given as
# arguments (e.g. real downloaded minutes).
# Usage: bash bench/pdf_bench.sh [--copies N] [FILE.pdf...]
# Needs poppler-utils (pdftotext) and a build with bench/format_dump
# (BUILD_DIR, default build/).
set -euo pipefail
cd "$(dirname "$0")/.."
copies=25
if [ "${1:-}" = "--copies" ]; then copies=$2; shift 2; fi
build=${BUILD_DIR:-build}
dump="$build/bench/format_dump"
[ -x "$dump" ] || { echo "build $dump first (cmake --build $build --target format_dump)" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "needs pdftotext (apt-get install poppler-utils)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for i in $(seq "$copies"); do
  for f in tests/formats/fixtures/[0-9]*.pdf; do cp "$f" "$work/$i-$(basename "$f")"; done
done
for f in "$@"; do cp "$f" "$work/extra-$(basename "$f")"; done
files=("$work"/*.pdf)
pages=0
for f in "${files[@]}"; do pages=$((pages + $(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}'))); done
# Warm the page cache, then time each reader.
cat "${files[@]}" > /dev/null
ours=$("$dump" --time "${files[@]}")
start=$(date +%s.%N)
for f in "${files[@]}"; do pdftotext -q "$f" - > /dev/null; done
end=$(date +%s.%N)
theirs=$(echo "$end - $start" | bc -l)
# The cost of a worker process per document (as Omega's omindex runs its
# filters): the same reader, one process per file.
start=$(date +%s.%N)
for f in "${files[@]}"; do "$dump" --time "$f" > /dev/null; done
end=$(date +%s.%N)
spawned=$(echo "$end - $start" | bc -l)
ours_s=$(sed 's/.*seconds \([0-9.]*\).*/\1/' <<< "$ours")
printf 'files %d, pages %d (pdfinfo)\n' "${#files[@]}" "$pages"
printf 'referat formats::read_document: %6.2f s  %7.1f pages/s  (%s)\n' "$ours_s" \
  "$(echo "$pages / $ours_s" | bc -l)" "$ours"
printf 'referat, one process per file:    %6.2f s  %7.1f pages/s\n' "$spawned" "$(echo "$pages / $spawned" | bc -l)"
printf 'pdftotext (one process per file): %6.2f s  %7.1f pages/s\n' "$theirs" "$(echo "$pages / $theirs" | bc -l)"
