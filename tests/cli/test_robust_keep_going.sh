#!/usr/bin/env bash
# --keep-going on the record-reading verbs: bad records are skipped, each reported as file:line, and their
# number is reported; without it the first bad record stops the run with exit 1 and no output.
set -u
QBANK=$1
# shellcheck source=robust_common.bash
source "$(dirname "$0")/robust_common.bash"
in="$tmp/mixed.jsonl"
src='"sources":[{"file":"raw.txt","line":1,"raw":"x"}]'
{
  printf '{"text":"What is a process?","lang":"en",%s}\n' "$src"
  printf '{"text":"broken\n'                                           # line 2: invalid JSON
  printf '{"text":"What is a thread?","lang":"en",%s}\n' "$src"
  printf '{"text":7,%s}\n' "$src"                                     # line 4: wrong type
  printf '\n'
  printf '{"text":"Caf\xe9?",%s}\n' "$src"                            # line 6: invalid UTF-8
  printf '{"text":"What is a fiber?","lang":"en",%s}\n' "$src"
  printf '[1,2,3]\n'                                                   # line 8: not an object
  printf '{"text":"What is a coroutine?","lang":"en",%s' "$src"       # line 9: truncated
} >"$in"
bad_lines=(2 4 6 8 9)

for verb in dedup filter merge tag export stats; do
  # Without --keep-going: exit 1 at line 2, nothing written.
  run_verb "$verb" "$in" -o "$tmp/out-$verb"
  expect_rc "stop/$verb" 1 && expect_err "stop/$verb" "mixed.jsonl:2:"
  expect_no_output "stop/$verb" "$tmp/out-$verb"

  # With --keep-going: exit 0, every bad line reported, the count given, the good records written.
  run_verb "$verb" --keep-going "$in" -o "$tmp/out-$verb"
  expect_rc "keep_going/$verb" 0 || continue
  for line in "${bad_lines[@]}"; do expect_err "keep_going/$verb" "mixed.jsonl:$line:"; done
  expect_err "keep_going/$verb" "skipped 5 "
  case $verb in
    dedup|filter|merge|tag)
      n=$(wc -l <"$tmp/out-$verb")
      [ "$n" -eq 3 ] || fail "keep_going/$verb: wrote $n records, expected the 3 good ones"
      expect_valid_jsonl "keep_going/$verb" "$tmp/out-$verb" ;;
    export) [ "$(wc -l <"$tmp/out-$verb")" -eq 4 ] || fail "keep_going/export: expected a header and 3 rows" ;;
    stats) grep -q '3' "$tmp/out-$verb" || fail "keep_going/stats: does not count 3 records" ;;
  esac
done

# filter and tag stream: the count covers every input file; a bad record in the second file is still reported.
cp "$in" "$tmp/second.jsonl"
run_verb filter --keep-going "$in" "$tmp/second.jsonl"
expect_rc "keep_going/two_files" 0 && expect_err "keep_going/two_files" "skipped 10 " "second.jsonl:9:"
[ "$(wc -l <"$tmp/out")" -eq 6 ] || fail "keep_going/two_files: expected 6 records on stdout"

# A file where no line is a record: still exit 0 with --keep-going, but never silently: said once, with the fix,
# and every line counted.
printf '{}\n{"text":""}\n' >"$tmp/allbad.jsonl"
run_verb stats --keep-going "$tmp/allbad.jsonl"
expect_rc "keep_going/all_bad" 0 && expect_err "keep_going/all_bad" "allbad.jsonl:1: not a qbank record" "skipped 2 "
grep -qF "allbad.jsonl:2:" "$tmp/err" && fail "keep_going/all_bad: other data reported line by line"

# validate reports every bad line on its own and has no --keep-going (usage error).
run_verb validate "$in"
expect_rc "validate/mixed" 1
for line in "${bad_lines[@]}"; do grep -qF "mixed.jsonl:$line:" "$tmp/out" || fail "validate/mixed: line $line not reported"; done
run_verb validate --keep-going "$in"
expect_rc "validate/--keep-going" 2

finish test_robust_keep_going
