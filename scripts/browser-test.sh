#!/usr/bin/env bash
# Browser end-to-end test: installs Debian's chromium and the pinned npm
# packages if missing, indexes the sample corpus and runs the page test.
# Usage: scripts/browser-test.sh [BUILD_DIR]   (screenshots in BUILD_DIR/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v node >/dev/null || need+=(nodejs npm)
if [ "${#need[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
(cd tests/e2e/browser && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
"$build/indexer/indexer" --quiet --db "$db/index" corpus/sample tests/e2e/browser/fixtures \
  tests/searcher/fixtures/moved
node tests/e2e/browser/browser_test.mjs "$build/searcher/searcher" "$db/index" "$build/screenshots"
