#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-asan/, the
# tree scripts/sanitize-test.sh builds (same configuration, so after it
# nothing is compiled again), and runs each for FUZZ_SECONDS (default 45)
# from its seeds; the format readers
# (pdf, docx, html; seeded with tests/formats/fixtures) for
# FUZZ_FORMAT_SECONDS (default 20) each. A crash fails the
# run; its input is left in build-asan/crashes/ to be kept as a regression in
# tests/fuzz/regressions/ once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-45}"
format_seconds="${FUZZ_FORMAT_SECONDS:-20}"
source scripts/sanitize-build-args.sh
build=$sanitize_build_dir
cmake -S . -B "$build" "${sanitize_build_args[@]}" >/dev/null
cmake --build "$build" -j"${JOBS:-2}" --target fuzz_reader fuzz_parser fuzz_query \
  fuzz_pdf fuzz_docx fuzz_html >/dev/null
mkdir -p "$build/crashes" "$build/corpus/reader" "$build/corpus/parser" "$build/corpus/query" \
  "$build/corpus/pdf" "$build/corpus/docx" "$build/corpus/html"
for target in reader parser; do
  cp -n corpus/sample/*.txt "$build/corpus/$target/" || true
  find tests/fuzz/regressions -type f ! -name 'query-*' -exec cp -n {} "$build/corpus/$target/" \; || true
done
cp -n tests/fuzz/seeds/query/* tests/fuzz/regressions/query-* "$build/corpus/query/" || true
for target in pdf docx html; do
  # bomb.docx stays out: each run of it inflates 64 MB, which only slows
  # the fuzzer down (the regression test replays it once).
  find tests/formats/fixtures -name "*.$target" ! -name bomb.docx -exec cp -n {} "$build/corpus/$target/" \; || true
done
status=0
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp"
for target in reader parser query pdf docx html; do
  log="$build/fuzz_$target.log"
  budget=$seconds max_len=65536
  case $target in pdf|docx|html) budget=$format_seconds max_len=131072;; esac
  if "$build/tests/fuzz/fuzz_$target" -max_total_time="$budget" -max_len="$max_len" -timeout=10 \
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
