#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs to build, test and run.
# Safe to run twice: packages already installed are not fetched again.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libxapian-dev xapian-tools          # search engine library; xapian-check, xapian-tcpsrv
  libicu-dev                          # Unicode normalisation, case folding, charsets
  libboost-program-options-dev        # command-line options
  libzstd-dev                         # stored-data compression
  libjemalloc-dev                     # the indexer's allocator (indexer/CMakeLists.txt)
  nlohmann-json3-dev                  # JSON contracts
  libpoppler-cpp-dev                  # PDF text with positions and fonts (formats/pdf.cc)
  libzip-dev libxml2-dev              # DOCX zip and XML, HTML parser (formats/docx.cc, html.cc)
  libboost-dev                        # Asio and Beast (header-only): the HTTP server for --serve
  zlib1g-dev                          # gzip for HTTP answers
  libgtest-dev                        # unit tests
  hunspell-da                         # Danish lexicon for compound splitting
  clang libclang-rt-14-dev            # libFuzzer and sanitizer runtimes for scripts/fuzz.sh
  wrk                                 # HTTP load test (tests/e2e/load_test.sh)
  python3                             # slow HTTP clients (tests/e2e/slow_clients.py)
  dpkg-dev                            # dpkg-shlibdeps: the .deb's dependencies (scripts/package.sh)
  systemd man-db                      # systemd-analyze verify, man: tests/e2e/package_test.sh
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
