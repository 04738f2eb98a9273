#!/usr/bin/env bash
# Determinism: for every verb, the same input run twice, and the input files named in reverse order, give
# byte-identical output (dedup ids and clusters included). Verbs read several files in path order, which
# makes the command-line order irrelevant; dedup and merge also sort records canonically.
set -u
QBANK=$1; SHARED=$2; SOURCE=$3
# shellcheck source=robust_common.bash
source "$(dirname "$0")/robust_common.bash"
data="$SOURCE/tests/cli/data"

# Runs "$@" with FILES in the given order and in reverse, twice forwards, each into its own output;
# fails unless the three outputs (stdout and any -o file written to $tmp/o) are byte-identical.
#   same_output NAME "FILE..." COMMAND...   (COMMAND uses the word FILES where the inputs go)
same_output() {
  local name=$1 files=$2
  shift 2
  local -a fwd rev args
  read -r -a fwd <<<"$files"
  local i
  for ((i = ${#fwd[@]} - 1; i >= 0; i--)); do rev+=("${fwd[i]}"); done
  local run_no=0 order
  for order in fwd fwd rev; do
    run_no=$((run_no + 1))
    args=()
    local a
    for a in "$@"; do
      if [ "$a" = FILES ]; then
        if [ $order = fwd ]; then args+=("${fwd[@]}"); else args+=("${rev[@]}"); fi
      else args+=("$a"); fi
    done
    rm -f "$tmp/o" "$tmp/c"
    run "${args[@]}"
    expect_rc "$name (run $run_no, $order)" 0 || return
    cat "$tmp/out" >"$tmp/result.$run_no"
    [ -e "$tmp/o" ] && cat "$tmp/o" >>"$tmp/result.$run_no"
    [ -e "$tmp/c" ] && cat "$tmp/c" >>"$tmp/result.$run_no"
  done
  [ -s "$tmp/result.1" ] || fail "$name: no output to compare"
  cmp -s "$tmp/result.1" "$tmp/result.2" || fail "$name: two runs on the same input differ"
  cmp -s "$tmp/result.1" "$tmp/result.3" || fail "$name: the input order changed the output"
}

# Raw inputs of three formats for normalize; their records (plus two overlapping banks) for the others.
mkdir -p "$tmp/raw"
head -n 60 "$SHARED/corpus/raw/h5bp-fe-en.md" >"$tmp/raw/b-notes.md"
head -n 60 "$SHARED/corpus/raw/h5bp-fe-ru.md" >"$tmp/raw/c-notes-ru.md"
cp "$SHARED/corpus/raw/fuhrmanator-gift-examples.gift" "$tmp/raw/a-quiz.gift"
head -n 40 "$(ls "$SHARED"/seeds/*.txt | head -n 1)" >"$tmp/raw/d-list.txt"
raw="$tmp/raw/a-quiz.gift $tmp/raw/b-notes.md $tmp/raw/c-notes-ru.md $tmp/raw/d-list.txt"

same_output "normalize" "$raw" normalize FILES
same_output "normalize -o --rejected" "$raw" normalize FILES -o "$tmp/o" --rejected "$tmp/c"

"$QBANK" normalize "$tmp/raw/b-notes.md" "$tmp/raw/d-list.txt" -o "$tmp/n1.jsonl" 2>/dev/null
"$QBANK" normalize "$tmp/raw/c-notes-ru.md" "$tmp/raw/a-quiz.gift" -o "$tmp/n2.jsonl" 2>/dev/null
banks="$data/dedup_a.jsonl $data/dedup_b.jsonl $tmp/n1.jsonl $tmp/n2.jsonl $data/valid.jsonl"

same_output "dedup" "$banks" dedup FILES -o "$tmp/o" --clusters "$tmp/c"
same_output "dedup --explain" "$banks" dedup --explain --threads 1 FILES
same_output "dedup --against" "$data/dedup_b.jsonl $tmp/n1.jsonl" dedup --against "$tmp/n2.jsonl" FILES
same_output "merge" "$banks" merge FILES
same_output "merge --dedup" "$banks" merge --dedup FILES -o "$tmp/o"
same_output "filter" "$banks" filter --has-answer FILES
same_output "filter --invert" "$banks" filter --invert --lang en FILES -o "$tmp/o"
same_output "tag" "$banks" tag --topic-tags FILES
for format in csv tsv anki markdown gift moodle-xml json jsonl; do
  same_output "export $format" "$banks" export --to "$format" FILES
done
# apkg modification times are the current time unless SOURCE_DATE_EPOCH fixes them.
SOURCE_DATE_EPOCH=1704067200 same_output "export apkg" "$banks" export --to apkg -o "$tmp/o" FILES
same_output "stats" "$banks" stats FILES
same_output "stats --json" "$banks" stats --json FILES
same_output "stats --markdown" "$banks" stats --markdown FILES
# validate with violations in both files: the report lists them in the same order whatever the order.
cp "$data/bad.jsonl" "$tmp/bad2.jsonl"
run validate "$data/bad.jsonl" "$tmp/bad2.jsonl"
expect_rc "validate (forwards)" 1 && cp "$tmp/out" "$tmp/validate.fwd"
run validate "$tmp/bad2.jsonl" "$data/bad.jsonl"
expect_rc "validate (reversed)" 1 && { [ -s "$tmp/out" ] && cmp -s "$tmp/out" "$tmp/validate.fwd" ||
  fail "validate: the input order changed the report"; }

# dedup does not depend on the number of threads.
"$QBANK" dedup --threads 1 $banks -o "$tmp/t1.jsonl" 2>/dev/null
"$QBANK" dedup --threads 2 $banks -o "$tmp/t2.jsonl" 2>/dev/null
cmp -s "$tmp/t1.jsonl" "$tmp/t2.jsonl" || fail "dedup: --threads 1 and --threads 2 differ"

finish test_determinism
