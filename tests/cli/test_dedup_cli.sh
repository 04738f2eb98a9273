#!/usr/bin/env bash
# dedup through the CLI: the order of input files does not change a byte; --against keeps the bank's ids
# and order; every input source survives; the output validates.
set -u
QBANK=$1; SOURCE=$3
data="$SOURCE/tests/cli/data"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
"$QBANK" dedup "$data/dedup_a.jsonl" "$data/dedup_b.jsonl" -o "$tmp/ab.jsonl" --clusters "$tmp/ab.c" 2>/dev/null || fail "dedup a b"
"$QBANK" dedup "$data/dedup_b.jsonl" "$data/dedup_a.jsonl" -o "$tmp/ba.jsonl" --clusters "$tmp/ba.c" 2>/dev/null || fail "dedup b a"
cmp -s "$tmp/ab.jsonl" "$tmp/ba.jsonl" || fail "output depends on the order of input files"
in_sources=$(cat "$data/dedup_a.jsonl" "$data/dedup_b.jsonl" | grep -o '"file":' | wc -l)
out_sources=$(grep -o '"file":' "$tmp/ab.jsonl" | wc -l)
[ "$in_sources" = "$out_sources" ] || fail "sources: $in_sources in, $out_sources out"
"$QBANK" validate -q "$tmp/ab.jsonl" || fail "dedup output does not validate"
"$QBANK" dedup --against "$data/dedup_a.jsonl" "$data/dedup_b.jsonl" -o "$tmp/inc.jsonl" 2>/dev/null || fail "--against"
diff <(grep -o '"id":"q[0-9a-f]*"' "$data/dedup_a.jsonl") \
     <(head -n "$(grep -c '' "$data/dedup_a.jsonl")" "$tmp/inc.jsonl" | grep -o '^{"id":"q[0-9a-f]*"' | sed 's/^{//') \
  || fail "--against changed the bank's ids or order"
echo "dedup cli: ok"
