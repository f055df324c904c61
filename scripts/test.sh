#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a passing test suite:
# installs what is needed, builds and runs every test. .ci/run calls exactly this.
#   1. the normal build and the whole CTest suite (unit, end-to-end, crash,
#      browser, watch);
#   1b. the Debian package built from it, installed with apt-get, checked and
#      removed again (tests/e2e/package_test.sh; needs root or sudo);
#   2. the suite again (less browser and slow) under AddressSanitizer +
#      UndefinedBehaviorSanitizer, in one clang build (build-asan/) that also
#      holds the libFuzzer targets;
#   3. the libFuzzer targets for a bounded time (FUZZ_SECONDS, default 45 each; the format readers 20).
set -euo pipefail
cd "$(dirname "$0")/.."
# Each phase's wall time is printed when it ends, so a slow CI run shows
# where its minutes went (the budget is 40 minutes on 2 cores).
start=$SECONDS
phase() { echo "== test.sh: $1 done after $(( (SECONDS - start) / 60 )) min $(( (SECONDS - start) % 60 )) s"; }
bash scripts/install-deps.sh; phase install
bash scripts/build.sh; phase build
ctest --test-dir build --output-on-failure -j2; phase ctest
deb=$(bash scripts/package.sh | tail -1)
bash tests/e2e/package_test.sh "$deb"; phase package
bash scripts/sanitize-test.sh; phase sanitize
bash scripts/fuzz.sh; phase fuzz
