#!/usr/bin/env bash
# The schema checked by an independent validator (ajv): valid records pass, and ajv and `qbank validate`
# flag exactly the same lines of a file of bad records.
set -u
QBANK=$1; SOURCE=$3
node_dir="$SOURCE/tests/node"
schema="$SOURCE/schemas/question.schema.json"
data="$SOURCE/tests/cli/data"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
[ -d "$node_dir/node_modules/ajv" ] || fail "ajv is not installed (run scripts/setup)"

node "$node_dir/validate_jsonl.mjs" "$schema" "$data/valid.jsonl" || fail "ajv rejects valid.jsonl"
"$QBANK" validate -q "$data/valid.jsonl" || fail "qbank rejects valid.jsonl"

node "$node_dir/validate_jsonl.mjs" "$schema" "$data/bad.jsonl" > "$tmp/ajv.txt"
[ $? = 1 ] || fail "ajv accepts bad.jsonl"
"$QBANK" validate "$data/bad.jsonl" > "$tmp/qbank.txt" 2>/dev/null
[ $? = 1 ] || fail "qbank accepts bad.jsonl"
lines() { grep -oE '^[^ ]*bad\.jsonl:[0-9]+' "$1" | sed 's/.*://' | sort -n | uniq; }
lines "$tmp/ajv.txt" > "$tmp/ajv.lines"
lines "$tmp/qbank.txt" > "$tmp/qbank.lines"
diff "$tmp/ajv.lines" "$tmp/qbank.lines" || fail "ajv and qbank disagree on which lines are invalid"
echo "ajv and qbank agree on $(wc -l < "$tmp/ajv.lines") invalid lines"
