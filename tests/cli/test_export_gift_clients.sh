#!/usr/bin/env bash
# GIFT exports read back by real clients: npm gift-pegjs parses every export whole and sees each answer,
# and `qbank normalize` reads back every answer qbank wrote (adversarial, generated and edge-case records).
# usage: test_export_gift_clients.sh QBANK_BINARY SHARED_DIR SOURCE_DIR
set -euo pipefail
qbank=$1 src=$3
[ -d "$src/tests/node/node_modules/gift-pegjs" ] || { echo "FAIL: gift-pegjs is not installed (run scripts/setup)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$src/tests/python/check_gift.py" "$qbank" "$tmp" "$src/tests/node" "$src/tests/cli/cases/export_data/adversarial.jsonl"
