#!/usr/bin/env bash
# CTest entry: index the sample corpus and run the relevance evaluation,
# failing below the level the project has reached.
set -euo pipefail
indexer=$1 eval=$2 sample=$3 needs=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$indexer" --quiet --db "$work/db" "$sample"
"$eval" --db "$work/db" --needs "$needs" --min-recall5 0.98 --min-mrr 0.98 --min-ndcg10 0.97
