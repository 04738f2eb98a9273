# Helpers shared by tests/cli/test_robust_*.sh and test_determinism.sh (sourced, not a test itself).
# The sourcing script sets QBANK; these helpers run verbs under a time limit and check the CLI contract:
# a documented exit code (0 ok, 1 data error, 2 usage), no crash (>= 128), no hang (timeout gives 124),
# the expected words on stderr, and no output file or temporary file left behind by a failed run.

tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
failures=0
RUN_TIMEOUT=${RUN_TIMEOUT:-60}

# The verbs that read JSONL records, each with the options it needs to run on FILE... (no -o).
declare -A VERB_ARGS=(
  [normalize]="normalize"
  [dedup]="dedup --threads 2"
  [filter]="filter"
  [merge]="merge"
  [tag]="tag"
  [export]="export --to csv"
  [validate]="validate"
  [stats]="stats"
)
ALL_VERBS=(normalize dedup filter merge tag export validate stats)

# Prints a failure and counts it; the script exits non-zero at the end if any was counted.
fail() {
  echo "FAIL: $*"
  if [ -s "$tmp/err" ]; then echo "  stderr: $(head -c 600 "$tmp/err" | head -n 5)"; fi
  failures=$((failures + 1))
}

# Runs qbank with a time limit: stdout to $tmp/out, stderr to $tmp/err, exit code in $rc.
run() {
  timeout -k 5 "$RUN_TIMEOUT" "$QBANK" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  rc=$?
}

# Runs one verb (by name) on the given arguments; -o and other options may follow the name.
run_verb() {
  local verb=$1
  shift
  # shellcheck disable=SC2086  # VERB_ARGS holds several words on purpose.
  run ${VERB_ARGS[$verb]} "$@"
}

# Fails unless $rc is one of the allowed codes; a crash or a hang is always named as such.
expect_rc() {
  local what=$1
  shift
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then fail "$what: hang (timeout after ${RUN_TIMEOUT}s)"; return 1; fi
  if [ "$rc" -ge 128 ]; then fail "$what: crash (exit $rc, signal $((rc - 128)))"; return 1; fi
  local code
  for code in "$@"; do [ "$rc" -eq "$code" ] && return 0; done
  fail "$what: exit $rc, expected $*"
  return 1
}

# Fails unless stderr contains every needle (fixed strings).
expect_err() {
  local what=$1 needle
  shift
  for needle in "$@"; do
    grep -qF -- "$needle" "$tmp/err" || { fail "$what: stderr lacks '$needle'"; return 1; }
  done
}

# Fails when a failed run left its output file or any temporary file in the output's folder.
expect_no_output() {
  local what=$1 path=$2
  [ -e "$path" ] && fail "$what: a failed run left $path"
  local leftover
  for leftover in "$path".tmp-*; do
    [ -e "$leftover" ] && fail "$what: a temporary file was left: $leftover"
  done
  return 0
}

# Fails unless a file of records passes qbank validate.
expect_valid_jsonl() {
  local what=$1 path=$2
  if ! timeout -k 5 "$RUN_TIMEOUT" "$QBANK" validate -q "$path" >"$tmp/validate.out" 2>&1; then
    fail "$what: output does not validate: $(head -n 2 "$tmp/validate.out")"
  fi
}

# True for the verbs whose output is a JSONL bank.
writes_records() { case $1 in normalize|dedup|filter|merge|tag) return 0 ;; *) return 1 ;; esac; }

# Ends the script with the number of failures.
finish() {
  local name=$1
  if [ "$failures" -gt 0 ]; then echo "$name: $failures failure(s)"; exit 1; fi
  echo "$name: ok"
  exit 0
}
