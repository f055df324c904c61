#!/usr/bin/env bash
# Every CTest name is readable: a parameterised GoogleTest case without a
# name generator and a printer shows up as "88-byte object <1A-F2 ...>",
# which says nothing about the case that failed.
# Usage: readable_names_test.sh BUILD_DIR
set -uo pipefail
names=$(ctest --test-dir "$1" -N) || { echo "FAIL: ctest -N failed"; exit 1; }
count=$(grep -c 'Test *#' <<< "$names")
bad=$(grep -E 'byte object|Test *#[0-9]+: .*/[0-9]+$' <<< "$names")
if [ -n "$bad" ] || [ "$count" -lt 10 ]; then
  echo "FAIL: tests without readable names (of $count):"
  cut -c1-120 <<< "$bad" | head -5
  exit 1
fi
echo "ok: all $count test names are readable"
