#!/usr/bin/env bash
# Round trips: `qbank export --to csv` / `--to anki`, then `qbank normalize` gives back the same texts,
# answers and tags for the adversarial records (needs the CSV/TSV/Anki readers of `normalize`).
# usage: test_export_roundtrip.sh QBANK_BINARY SHARED_DIR SOURCE_DIR
set -euo pipefail
qbank=$1 src=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$src/tests/python/check_roundtrip.py" "$qbank" "$tmp" "$src/tests/cli/cases/export_data/adversarial.jsonl"
