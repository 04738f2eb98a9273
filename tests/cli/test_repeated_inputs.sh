#!/usr/bin/env bash
# An input named twice (the same path, or one file under two names) is read once, with a warning naming it:
# every verb's output equals that of naming it once, so no record is doubled (a doubled id would give two
# Anki notes with one GUID).
set -u
QBANK=$(realpath "$1")
# shellcheck source=robust_common.bash
source "$(dirname "$0")/robust_common.bash"

printf 'What is TCP?\nAnswer: A protocol.\n\nWhat is UDP?\n' >"$tmp/q.txt"
printf 'What is a mutex?\n' >"$tmp/r.txt"
"$QBANK" normalize -q "$tmp/q.txt" -o "$tmp/q.jsonl" || fail "setup: normalize"
"$QBANK" normalize -q "$tmp/r.txt" -o "$tmp/r.jsonl" || fail "setup: normalize"
cd "$tmp" || exit 1

# Runs the verb on the files named once (once) and with repeats (twice); the outputs must be equal.
expect_read_once() {
  local verb=$1 once=$2 twice=$3 named=$4
  # shellcheck disable=SC2086  # several file names on purpose.
  run_verb "$verb" $once
  expect_rc "once/$verb ($once)" 0 || return
  cp "$tmp/out" "$tmp/once.out"
  # shellcheck disable=SC2086
  run_verb "$verb" $twice
  expect_rc "twice/$verb ($twice)" 0 || return
  expect_err "twice/$verb ($twice)" "warning: " "$named" "read once"
  cmp -s "$tmp/out" "$tmp/once.out" || fail "twice/$verb ($twice): the output differs from '$once'"
}

for verb in "${ALL_VERBS[@]}"; do
  if [ "$verb" = normalize ]; then a=q.txt b=r.txt; else a=q.jsonl b=r.jsonl; fi
  expect_read_once "$verb" "$a $b" "$a $b $a" "$a"
  # One file under two names is read under the name that sorts first, whatever the command line order.
  expect_read_once "$verb" "./$a $b" "$b $a ./$a" "$a"
done

run stats q.jsonl q.jsonl
expect_rc "stats/summary" 0 && expect_err "stats/summary" "1 file,"

finish test_repeated_inputs
