#!/usr/bin/env bash
# A test that passes with a broken binary tests nothing. This runs an
# end-to-end SCRIPT with each of its binaries replaced, one at a time, by a
# broken one, and requires the script to fail (exit non-zero) every time.
# Two kinds of broken binary, written as shell wrappers:
#   exit1   prints nothing and exits 1;
#   silent  prints nothing and exits 0 (it "succeeds" without doing anything).
# The binaries are the SCRIPT arguments that are executable files. An
# argument that is a build directory (it holds indexer/indexer and
# searcher/searcher) is replaced by a directory of links to its binaries, in
# which one binary at a time is broken.
# A run that hangs (over LIMIT seconds, default 240) counts as a failure of
# this test: a script must fail, not wait forever.
# Usage: broken_binary_test.sh SCRIPT ARG...
# KILLS, FILES (crash_test.sh) and DURATION (load_test.sh) are set small so
# that each run stays short; a broken binary fails them at any size.
set -uo pipefail
script=$1; shift
args=("$@")
limit=${LIMIT:-240}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export KILLS=${KILLS:-2} FILES=${FILES:-200} DURATION=${DURATION:-2}

printf '#!/bin/sh\nexit 1\n' > "$work/exit1"
printf '#!/bin/sh\nexit 0\n' > "$work/silent"
chmod +x "$work/exit1" "$work/silent"

# targets: "I" for each argument I that is a binary, "I:indexer/indexer" and
# "I:searcher/searcher" for each argument I that is a build directory.
targets=()
for i in "${!args[@]}"; do
  a=${args[$i]}
  if [ -d "$a" ] && [ -x "$a/indexer/indexer" ] && [ -x "$a/searcher/searcher" ]; then
    targets+=("$i:indexer/indexer" "$i:searcher/searcher")
  elif [ -f "$a" ] && [ -x "$a" ]; then
    targets+=("$i")
  fi
done
if [ "${#targets[@]}" -eq 0 ]; then
  echo "FAIL: no binary among the arguments of $(basename "$script")"
  exit 1
fi

fail=0 runs=0
for target in "${targets[@]}"; do
  for kind in exit1 silent; do
    run_args=("${args[@]}")
    i=${target%%:*}
    if [ "$target" = "$i" ]; then
      run_args[$i]="$work/$kind"
      what=$(basename "${args[$i]}")
    else
      bin=${target#*:}
      fake="$work/build-$runs"
      mkdir -p "$fake/indexer" "$fake/searcher"
      ln -s "${args[$i]}/indexer/indexer" "$fake/indexer/indexer"
      ln -s "${args[$i]}/searcher/searcher" "$fake/searcher/searcher"
      ln -sf "$work/$kind" "$fake/$bin"
      run_args[$i]=$fake
      what=$(basename "$bin")
    fi
    runs=$((runs + 1))
    start=$(date +%s)
    timeout -k 10 "$limit" "$script" "${run_args[@]}" > "$work/out" 2>&1
    rc=$?
    secs=$(( $(date +%s) - start ))
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
      echo "FAIL: $(basename "$script") with a $kind $what hung (killed after $limit s)"
      fail=1
    elif [ "$rc" -eq 0 ]; then
      echo "FAIL: $(basename "$script") passes with a $kind $what; its last lines:"
      tail -5 "$work/out" | sed 's/^/  | /'
      fail=1
    else
      echo "ok: $(basename "$script") fails (exit $rc, $secs s) with a $kind $what:" \
        "$(grep -m1 -i 'fail\|error' "$work/out" | cut -c1-100)"
    fi
  done
done
echo "$runs runs with a broken binary"
exit $fail
