#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a passing test suite:
# installs what is needed, builds and runs every test. .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j2
