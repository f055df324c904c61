#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to searching the sample corpus:
# installs what is needed, builds, indexes corpus/sample and runs example searches.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
db=build/demo.db
run() { echo; echo "\$ $*"; "$@"; }
run build/indexer/indexer --db "$db" --rebuild corpus/sample
run build/searcher/searcher --db "$db" --limit 3 klyngemidler
run build/searcher/searcher --db "$db" --cluster Fyn --limit 3 ledelsesprogram
run build/searcher/searcher --db "$db" --limit 3 'afsnit:beslutning sundhedsreform'
run build/searcher/searcher --db "$db" --limit 2 --sort -date --from 2024-01-01 --json 'klynge:Midt OR klynge:Syd'
