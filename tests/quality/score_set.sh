#!/usr/bin/env bash
# Scores `qbank normalize` on a set of documents with hand-checked gold (a folder with raw/ and gold/) with the
# shared scorer, prints its table, and fails when a TOTAL figure falls below its floor (so that a change that
# loses questions, adds spurious ones or gets topics, answers, code or lines wrong is caught).
# usage: score_set.sh QBANK_BIN SCORER SET_DIR RECALL PRECISION TOPIC ANSWER CODE LINE
set -euo pipefail
qbank=$1
scorer=$2
set_dir=$3
set +e
table=$(python3 "$scorer" "$set_dir" --bin "$qbank" --examples 3)
set -e
printf '%s\n' "$table"
total=$(printf '%s\n' "$table" | awk '$1 == "TOTAL" { print; exit }')
if [ -z "$total" ]; then
  echo "score_set: no TOTAL line in the scorer's output" >&2
  exit 1
fi
# TOTAL gold out match recall prec topic answer code line lang
read -r _ _ _ _ recall prec topic answer code line _ <<<"$total"
fail=0
check() {  # name value floor
  if awk -v v="$2" -v f="$3" 'BEGIN { exit !(v + 0 < f + 0) }'; then
    echo "score_set: $1 $2 is below $3" >&2
    fail=1
  fi
}
check recall "$recall" "$4"
check precision "$prec" "$5"
check topic "$topic" "$6"
check answer "$answer" "$7"
check code "$code" "$8"
check line "$line" "$9"
exit $fail
