#!/usr/bin/env bash
# CTest entry: index the sample corpus and run the relevance evaluation,
# failing below the level the project has reached.
set -euo pipefail
indexer=$1 eval=$2 sample=$3 needs=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$indexer" --quiet --db "$work/db" "$sample"
# Floors a little below the figures measured at the issue-13 commit: tuning
# part R@5 0.984 MRR 0.981 nDCG 0.978; held-out part 0.929 0.966 0.954.
"$eval" --db "$work/db" --needs "$needs" --part tuning --min-recall5 0.97 --min-mrr 0.97 --min-ndcg10 0.96
"$eval" --db "$work/db" --needs "$needs" --part heldout --min-recall5 0.91 --min-mrr 0.95 --min-ndcg10 0.94
