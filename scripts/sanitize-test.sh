#!/usr/bin/env bash
# Builds with AddressSanitizer and UndefinedBehaviorSanitizer in build-asan/
# and runs the test suite there (the browser test runs in the normal build,
# the slow ones too). One clang build serves this and scripts/fuzz.sh: with
# REFERAT_FUZZ every library also carries libFuzzer's coverage hooks, and the
# fuzz targets are linked in the same tree, so CI compiles the tree twice
# (normal, sanitized), not three times. RelWithDebInfo (-O2), as the fuzzers
# always were; the benchmark tools the tests do not run are left out.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/sanitize-build-args.sh
BUILD_DIR=$sanitize_build_dir bash scripts/build.sh "${sanitize_build_args[@]}"
LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0" ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir "$sanitize_build_dir" --output-on-failure -j2 -LE "browser|slow"
