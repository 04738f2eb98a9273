#!/usr/bin/env bash
# Runs one CLI golden case: CASE_DIR/cmd is a bash snippet using $QBANK (the binary), $SHARED (shared/),
# $CASE (the case folder) and $TMP (a scratch folder); its stdout and exit code must equal CASE_DIR/stdout
# and CASE_DIR/rc (default 0). With QBANK_UPDATE_GOLDEN=1 the expectations are rewritten instead.
set -u
case_dir=$1
export QBANK=$2 SHARED=$3 CASE=$1
export TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$case_dir"
actual_out="$TMP/.stdout"
bash -o pipefail ./cmd >"$actual_out" 2>"$TMP/.stderr" </dev/null
rc=$?
if [ "${QBANK_UPDATE_GOLDEN:-0}" = 1 ]; then
  cp "$actual_out" stdout
  echo "$rc" > rc
  echo "updated $(basename "$case_dir")"
  exit 0
fi
expected_rc=$(cat rc 2>/dev/null || echo 0)
status=0
if [ "$rc" != "$expected_rc" ]; then
  echo "exit code $rc, expected $expected_rc"; status=1
fi
if [ -f stdout ] && ! diff -u stdout "$actual_out"; then
  echo "stdout differs from golden $(basename "$case_dir")/stdout"; status=1
fi
if [ -f stderr_contains ]; then
  while IFS= read -r needle; do
    [ -z "$needle" ] && continue
    grep -qF -- "$needle" "$TMP/.stderr" || { echo "stderr lacks: $needle"; status=1; }
  done < stderr_contains
fi
if [ $status != 0 ]; then echo "--- stderr:"; cat "$TMP/.stderr"; fi
exit $status
