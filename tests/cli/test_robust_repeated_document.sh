#!/usr/bin/env bash
# A document written out twice in one file (a dump that repeats its list, a page saved twice) keeps its
# questions twice: the first copy is never taken for the contents list of the second. Every seed and every
# Markdown and plain-text file of the shared corpus is doubled; at least 95% of twice its records must come out.
set -u
QBANK=$(realpath "$1")
SHARED=$2
# shellcheck source=robust_common.bash
source "$(dirname "$0")/robust_common.bash"

checked=0
for f in "$SHARED"/seeds/* "$SHARED"/corpus/raw/*.md "$SHARED"/corpus/real/raw/*.md "$SHARED"/corpus/real/raw/*.txt; do
  [ -f "$f" ] || continue
  ext=${f##*.}
  { cat "$f"; echo; cat "$f"; } >"$tmp/twice.$ext"
  run normalize -q "$f"
  expect_rc "once/$(basename "$f")" 0 || continue
  once=$(wc -l <"$tmp/out")
  run normalize -q "$tmp/twice.$ext"
  expect_rc "twice/$(basename "$f")" 0 || continue
  twice=$(wc -l <"$tmp/out")
  [ $((twice * 100)) -ge $((once * 2 * 95)) ] ||
    fail "$(basename "$f"): $once records once, $twice written out twice (expected about $((2 * once)))"
  checked=$((checked + 1))
done
[ "$checked" -gt 0 ] || { echo "no shared files found under $SHARED"; exit 77; }
finish test_robust_repeated_document
