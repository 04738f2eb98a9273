#!/usr/bin/env bash
# qbank normalize on the seed lists and the Markdown corpus: the records it writes validate against the
# record schema with an independent validator (ajv), and with `qbank validate`.
set -u
QBANK=$1; SHARED=$2; SOURCE=$3
node_dir="$SOURCE/tests/node"
schema="$SOURCE/schemas/question.schema.json"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
[ -d "$node_dir/node_modules/ajv" ] || fail "ajv is not installed (run scripts/setup)"

"$QBANK" normalize -o "$tmp/seeds.jsonl" "$SHARED"/seeds/*.txt 2>/dev/null || fail "normalize failed on the seeds"
[ "$(wc -l < "$tmp/seeds.jsonl")" -gt 1000 ] || fail "too few records from the seeds"
node "$node_dir/validate_jsonl.mjs" "$schema" "$tmp/seeds.jsonl" || fail "ajv rejects the normalized seeds"
"$QBANK" validate -q "$tmp/seeds.jsonl" || fail "qbank validate rejects the normalized seeds"

"$QBANK" normalize -o "$tmp/corpus.jsonl" "$SHARED"/corpus/raw/*.md 2>/dev/null || fail "normalize failed on the corpus"
node "$node_dir/validate_jsonl.mjs" "$schema" "$tmp/corpus.jsonl" || fail "ajv rejects the normalized corpus"
echo "ajv accepts $(wc -l < "$tmp/seeds.jsonl") seed and $(wc -l < "$tmp/corpus.jsonl") corpus records"
