#!/usr/bin/env bash
# Opens `qbank export --to apkg` packages with an independent reader (Python's sqlite3 + zipfile) and checks
# notes, cards, fields, decks, checksums, GUID stability and reproducible bytes.
# usage: test_export_apkg.sh QBANK_BINARY SHARED_DIR SOURCE_DIR
set -euo pipefail
qbank=$1 src=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$src/tests/python/check_apkg.py" "$qbank" "$tmp" "$src/tests/cli/cases/export_data/adversarial.jsonl"
