#!/usr/bin/env bash
# Scores `qbank normalize` on the real public files with gold (shared/corpus/real) with the shared scorer,
# prints its table, and fails when a TOTAL figure falls below the floor this project reaches today (so that a
# change that loses questions, adds spurious ones or gets topics, answers or code wrong is caught).
# usage: score_real.sh QBANK_BIN SHARED_DIR
set -euo pipefail
qbank=$1
shared=$2
scorer="$shared/tools/score_normalize.py"
set +e
table=$(python3 "$scorer" "$shared/corpus/real" --bin "$qbank" --examples 3)
set -e
printf '%s\n' "$table"
total=$(printf '%s\n' "$table" | awk '$1 == "TOTAL" { print; exit }')
if [ -z "$total" ]; then
  echo "score_real: no TOTAL line in the scorer's output" >&2
  exit 1
fi
# TOTAL gold out match recall prec topic answer code line lang
read -r _ _ _ _ recall prec topic answer code line _ <<<"$total"
fail=0
check() {  # name value floor
  if awk -v v="$2" -v f="$3" 'BEGIN { exit !(v + 0 < f + 0) }'; then
    echo "score_real: $1 $2 is below $3" >&2
    fail=1
  fi
}
check recall "$recall" 0.99
check precision "$prec" 0.99
check topic "$topic" 0.99
check answer "$answer" 0.99
check code "$code" 0.99
check line "$line" 0.99
exit $fail
