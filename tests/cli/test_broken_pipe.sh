#!/usr/bin/env bash
# Streaming verbs stop quietly when the reader goes away: `qbank filter big.jsonl | head -1` exits 0 with
# nothing on stderr (same for tag), and the one line that got through is a whole record.
set -u
QBANK=$1; SOURCE=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# A bank large enough to outgrow every pipe and output buffer (about 30 MB).
for i in $(seq 1 200); do cat "$SOURCE/tests/cli/data/valid.jsonl"; done > "$tmp/seed.jsonl"
for i in $(seq 1 200); do cat "$tmp/seed.jsonl"; done > "$tmp/big.jsonl"

for verb in "filter" "filter --fold --match what|что" "tag" "tag --topic-tags"; do
  "$QBANK" $verb "$tmp/big.jsonl" 2>"$tmp/err" | head -1 > "$tmp/first"
  rc=${PIPESTATUS[0]}
  [ "$rc" = 0 ] || fail "qbank $verb | head -1: exit $rc"
  [ ! -s "$tmp/err" ] || fail "qbank $verb | head -1 wrote to stderr: $(head -3 "$tmp/err")"
  grep -q '^{"id":"q[0-9a-f]*",.*}$' "$tmp/first" || fail "qbank $verb | head -1: first line is not a record"
done
echo "broken pipe: ok"
