#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and
# runs each for FUZZ_SECONDS (default 60) from its seeds. A crash fails the
# run; its input is left in build-fuzz/crashes/ to be kept as a regression in
# tests/fuzz/regressions/ once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
build=build-fuzz
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREFERAT_FUZZ=ON \
  -DREFERAT_BUILD_TESTS=ON >/dev/null
cmake --build "$build" -j"${JOBS:-2}" --target fuzz_reader fuzz_parser fuzz_query >/dev/null
mkdir -p "$build/crashes" "$build/corpus/reader" "$build/corpus/parser" "$build/corpus/query"
for target in reader parser; do
  cp -n corpus/sample/*.txt "$build/corpus/$target/" || true
  find tests/fuzz/regressions -type f ! -name 'query-*' -exec cp -n {} "$build/corpus/$target/" \; || true
done
cp -n tests/fuzz/seeds/query/* tests/fuzz/regressions/query-* "$build/corpus/query/" || true
status=0
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp"
for target in reader parser query; do
  log="$build/fuzz_$target.log"
  if "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
       -rss_limit_mb=2048 -artifact_prefix="$build/crashes/${target}-" "$build/corpus/$target" \
       > "$log" 2>&1; then
    echo "fuzz_$target: no crash ($(grep -a "^Done" "$log" | tail -1))"
  else
    echo "fuzz_$target: CRASH, see $log and $build/crashes/"
    grep -a -A20 "ERROR:" "$log" | head -40
    status=1
  fi
done
exit $status
