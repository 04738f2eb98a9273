#!/usr/bin/env bash
# datasets/: regenerating the bank from datasets/raw/ reproduces the committed bank.jsonl, bank.csv and
# SUMMARY.md byte for byte, and the bank validates under qbank and under ajv.
set -u
QBANK=$1; SOURCE=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
for f in 000_8610885679031a39.txt 001_e22965f9a153005a.txt 002_f3dc565bbc183a57.txt 003_a6da03a49ec0e45a.txt \
         004_eaa1c4dad0818846.txt; do
  [ -f "$SOURCE/datasets/raw/$f" ] || fail "datasets/raw/$f is missing"
  if [ -f "$2/seeds/$f" ]; then cmp -s "$SOURCE/datasets/raw/$f" "$2/seeds/$f" || fail "datasets/raw/$f differs from the seed"; fi
done
bash "$SOURCE/scripts/build-bank" "$QBANK" "$tmp" > "$tmp/run.log" 2>&1 || { cat "$tmp/run.log"; fail "build-bank failed"; }
for f in bank.jsonl bank.csv SUMMARY.md; do
  diff -q "$SOURCE/datasets/$f" "$tmp/$f" >/dev/null || {
    diff "$SOURCE/datasets/$f" "$tmp/$f" | head -20
    fail "datasets/$f is out of date: run scripts/run and commit the result"; }
done
"$QBANK" validate -q "$SOURCE/datasets/bank.jsonl" || fail "bank.jsonl does not validate"
node "$SOURCE/tests/node/validate_jsonl.mjs" "$SOURCE/schemas/question.schema.json" "$SOURCE/datasets/bank.jsonl" ||
  fail "ajv rejects bank.jsonl"
echo "datasets: up to date ($(grep -c '' "$SOURCE/datasets/bank.jsonl") records)"
