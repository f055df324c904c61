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
bash scripts/install-deps.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j2
deb=$(bash scripts/package.sh | tail -1)
bash tests/e2e/package_test.sh "$deb"
bash scripts/sanitize-test.sh
bash scripts/fuzz.sh
