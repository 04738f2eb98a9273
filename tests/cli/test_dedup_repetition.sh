#!/usr/bin/env bash
# dedup under heavy repetition and a memory limit: a list concatenated with itself thousands of times stays
# within a small address space (the work is linear); when memory truly runs out, the error is clear, the
# exit code 1 and no output file is left. Two threads, so the address space does not grow with the cores.
set -u
QBANK=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
# Under AddressSanitizer (which reserves terabytes of address space) no address-space limit can hold: the runs
# then go without one, and the out-of-memory case is left to the Release build.
asan=0
ldd "$QBANK" 2>/dev/null | grep -q libasan && asan=1
# Runs a command under an address-space limit of KB kilobytes (no limit under AddressSanitizer).
limited() {
  local kb=$1; shift
  if [ $asan = 1 ]; then "$@"; else (ulimit -v "$kb"; "$@"); fi
}
# Writes COPIES rounds of the given questions as JSONL records (one source each).
repeat() {
  local copies=$1; shift
  awk -v copies="$copies" 'BEGIN {
    for (i = 1; i < ARGC; ++i) q[i] = ARGV[i]
    for (r = 0; r < copies; ++r)
      for (i = 1; i < ARGC; ++i)
        printf "{\"text\":\"%s\",\"lang\":\"%s\",\"topic\":null,\"tags\":[],\"answer\":null,\"code\":null,\"sources\":[{\"file\":\"list.txt\",\"line\":%d,\"raw\":\"%s\"}]}\n", q[i], (q[i] ~ /^[A-Za-z]/ ? "en" : "ru"), i, q[i]
    exit }' "$@"
}
repeat 6000 "What is the GIL?" "Что такое замыкание в JavaScript" "How do you reverse a list?" "Explain decorators" \
  > "$tmp/four.jsonl"
# 4 questions x 6,000 copies in 700 MB of address space (this aborted with std::bad_alloc past 2 GB).
limited 700000 "$QBANK" dedup --threads 2 "$tmp/four.jsonl" -o "$tmp/four.out" 2>"$tmp/four.err" || fail "4 x 6000: $(tail -3 "$tmp/four.err")"
[ "$(grep -c '' "$tmp/four.out")" = 4 ] || fail "4 x 6000: expected 4 records, got $(grep -c '' "$tmp/four.out")"
[ "$(grep -o '"file":' "$tmp/four.out" | wc -l)" = 24000 ] || fail "4 x 6000: sources were dropped"
repeat 20000 "What is the GIL?" "Что такое замыкание в JavaScript" "How do you reverse a list?" "Explain decorators" \
  "What is a mutex?" "Convert a dict to JSON" "Что такое полиморфизм" "What is a closure?" \
  "How does garbage collection work in Java?" "Tree traversal (in-order)" > "$tmp/ten.jsonl"
limited 900000 "$QBANK" dedup --threads 2 "$tmp/ten.jsonl" -o "$tmp/ten.out" 2>"$tmp/ten.err" || fail "10 x 20000: $(tail -3 "$tmp/ten.err")"
[ "$(grep -c '' "$tmp/ten.out")" = 10 ] || fail "10 x 20000: expected 10 records"
[ $asan = 1 ] && { echo "dedup repetition: ok (no memory limit under AddressSanitizer)"; exit 0; }
# Too little memory for the input: a clear error, exit 1, no output file.
(ulimit -v 120000; "$QBANK" dedup --threads 2 "$tmp/ten.jsonl" -o "$tmp/none.out" 2>"$tmp/none.err"); rc=$?
[ "$rc" = 1 ] || fail "out of memory: exit $rc, expected 1 ($(tail -2 "$tmp/none.err"))"
grep -q "out of memory" "$tmp/none.err" || fail "out of memory: no clear error ($(tail -2 "$tmp/none.err"))"
[ ! -e "$tmp/none.out" ] || fail "out of memory: a partial output file was left"
echo "dedup repetition: ok"
