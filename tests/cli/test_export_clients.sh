#!/usr/bin/env bash
# Exports read back by real clients: npm anki-reader opens the .apkg, commonmark.js renders the Markdown
# (no question text becomes an element), xmllint parses the Moodle XML (adversarial, generated and review-set
# records). LibreOffice and Mnemosyne have suites of their own (test_export_libreoffice, test_export_mnemosyne).
# usage: test_export_clients.sh QBANK_BINARY SHARED_DIR SOURCE_DIR
set -euo pipefail
qbank=$1 src=$3
for m in anki-reader commonmark; do
  [ -d "$src/tests/node/node_modules/$m" ] || { echo "FAIL: npm $m is not installed (run scripts/setup)"; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$qbank" normalize -q "$src"/tests/cli/data/review/*.jsonl -o "$tmp/review.jsonl"
python3 "$src/tests/python/check_export_clients.py" "$qbank" "$tmp" "$src/tests/node" \
  "$src/tests/cli/cases/export_data/adversarial.jsonl" "$tmp/review.jsonl"
