#!/usr/bin/env bash
# Builds the Debian package referat_VERSION_ARCH.deb in build/ (or $BUILD_DIR):
# the build as scripts/build.sh makes it (extra CMake args pass through), then
# CPack. Needs dpkg-dev (dpkg-shlibdeps), in
# scripts/install-deps.sh. Prints the package's path.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${BUILD_DIR:-build}"
bash scripts/build.sh "$@"
rm -f "$build_dir"/referat_*.deb
(cd "$build_dir" && cpack -G DEB >/dev/null)
ls "$build_dir"/referat_*.deb
