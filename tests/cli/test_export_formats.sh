#!/usr/bin/env bash
# Parses every text format `qbank export` writes with independent readers (Python csv, xml.etree, json)
# and checks that the adversarial records' fields survive.
# usage: test_export_formats.sh QBANK_BINARY SHARED_DIR SOURCE_DIR
set -euo pipefail
qbank=$1 src=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$src/tests/python/check_export.py" "$qbank" "$tmp" "$src/tests/cli/cases/export_data/adversarial.jsonl"
