#!/usr/bin/env bash
# The peers and tools of the benchmark (not needed to build or test):
# Xapian Omega's omindex, PostgreSQL with libpq, GNU time, poppler-utils
# (pdftotext and pdfinfo for bench/pdf_bench.sh). Idempotent.
set -euo pipefail
bash "$(dirname "$0")/../scripts/install-deps.sh"
missing=()
for p in xapian-omega postgresql libpq-dev time bc poppler-utils; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ "${#missing[@]}" -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
