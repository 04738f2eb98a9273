#!/usr/bin/env bash
# The benchmark suite runs end to end at tiny sizes (no speed is asserted) and its dedup rows report
# full recall and no false merges on the generated corpus.
set -u
QBANK=$1; SOURCE=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
out=$(QBANK_BUILD_DIR=$(dirname "$(dirname "$QBANK")") QBANK_BENCH_DIR=$tmp bash "$SOURCE/scripts/bench" --smoke) || {
  echo "FAIL: scripts/bench --smoke failed"; echo "$out"; exit 1; }
echo "$out"
rows=$(echo "$out" | grep -c '^| dedup |')
[ "$rows" = 2 ] || { echo "FAIL: expected 2 dedup rows, got $rows"; exit 1; }
echo "$out" | grep '^| dedup |' | grep -qv 'recall of planted copies 1.0000, false merges 0 ' && {
  echo "FAIL: dedup lost recall or made false merges on the smoke corpus"; exit 1; }
exit 0
