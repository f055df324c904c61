#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a passing test suite:
# installs what is needed, builds and runs every test. .ci/run calls exactly this.
#   1. the normal build and the whole CTest suite (unit, end-to-end, crash,
#      browser);
#   2. the suite again under AddressSanitizer + UndefinedBehaviorSanitizer;
#   3. the libFuzzer targets for a bounded time (FUZZ_SECONDS, default 60 each).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j2
bash scripts/sanitize-test.sh
bash scripts/fuzz.sh
