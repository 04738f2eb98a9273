#!/usr/bin/env bash
# `qbank sample -n N --seed S`: N records in input order, the same for the same seed and input (whatever
# the order of the FILE arguments), another for another seed, every record when the input has fewer, none
# for -n 0; -n is required and never negative; a bad record stops the run with no output; a large bank is
# sampled in a small, size-independent peak (reservoir sampling streams).
set -u
QBANK=$1; SOURCE=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cd "$tmp" || exit 1
"$QBANK" normalize -q "$SOURCE"/tests/cli/data/review/*.jsonl -o a.jsonl || fail "normalize"
cp "$SOURCE/tests/cli/data/valid.jsonl" b.jsonl
total=$(cat a.jsonl b.jsonl | wc -l)

"$QBANK" sample -q -n 5 --seed 3 a.jsonl b.jsonl -o s1.jsonl || fail "sample"
"$QBANK" sample -q -n 5 --seed 3 b.jsonl a.jsonl > s2.jsonl || fail "sample (files swapped)"
cmp -s s1.jsonl s2.jsonl || fail "the sample depends on the order of the FILE arguments"
[ "$(wc -l < s1.jsonl)" = 5 ] || fail "-n 5 wrote $(wc -l < s1.jsonl) records"
python3 - s1.jsonl a.jsonl b.jsonl <<'PY' || fail "the sample is not a subsequence of the input"
import sys
sample = [l for l in open(sys.argv[1])]
stream = [l for p in sorted(sys.argv[2:]) for l in open(p)]
it = iter(stream)
sys.exit(0 if all(any(s == l for l in it) for s in sample) else 1)
PY
differ=0
for seed in 4 5 6 7; do
  "$QBANK" sample -q -n 5 --seed $seed a.jsonl b.jsonl > other.jsonl || fail "sample --seed $seed"
  cmp -s other.jsonl s1.jsonl || differ=1
done
[ $differ = 1 ] || fail "five seeds gave the same sample"
"$QBANK" sample -q -n 1000 a.jsonl b.jsonl > all.jsonl || fail "sample -n 1000"
cmp -s all.jsonl <(cat a.jsonl b.jsonl) || fail "-n larger than the input is not the whole input in order"
"$QBANK" sample -q -n 0 a.jsonl > none.jsonl && [ ! -s none.jsonl ] || fail "-n 0 wrote records"
[ "$("$QBANK" sample -q -n 2 < a.jsonl | wc -l)" = 2 ] || fail "sample from stdin"
"$QBANK" sample -n 2 a.jsonl 2>&1 >/dev/null | grep -q "qbank sample: 1 file, $(wc -l < a.jsonl) records read, 2 questions" ||
  fail "no summary line"

for args in "" "-n -1" "-n x" "-n 2 --seed -4"; do
  # shellcheck disable=SC2086
  "$QBANK" sample $args a.jsonl > out.txt 2> err.txt; rc=$?
  [ $rc = 2 ] && grep -q "qbank: error:" err.txt && [ ! -s out.txt ] || fail "sample $args: exit $rc, $(cat err.txt)"
done
{ head -2 a.jsonl; echo '{"id": 1}'; } > bad.jsonl
"$QBANK" sample -n 1 bad.jsonl -o bad-out.jsonl 2> err.txt; rc=$?
[ $rc = 1 ] && grep -q "bad.jsonl:3" err.txt && [ ! -e bad-out.jsonl ] || fail "bad record: exit $rc, $(cat err.txt)"
"$QBANK" sample -q -n 1 --keep-going bad.jsonl > kg.jsonl 2>/dev/null && [ "$(wc -l < kg.jsonl)" = 1 ] ||
  fail "--keep-going"
[ "$total" -gt 5 ] || fail "the test input is too small"

GEN=$(dirname "$QBANK")/qbank-gen
if [ -x "$GEN" ] && [ -x /usr/bin/time ]; then
  "$GEN" records 200000 big.jsonl truth.tsv >/dev/null || fail "qbank-gen records"
  /usr/bin/time -f %M -o rss.txt "$QBANK" sample -q -n 100 --seed 1 big.jsonl -o big-sample.jsonl || fail "big sample"
  [ "$(wc -l < big-sample.jsonl)" = 100 ] || fail "big sample size"
  [ "$(tail -1 rss.txt)" -lt 60000 ] || fail "sampling 200k records peaked at $(tail -1 rss.txt) KB"
fi
echo "ok: sample"
