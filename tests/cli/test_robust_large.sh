#!/usr/bin/env bash
# Every verb on a 50 MB single line (generated here): a valid record carrying a 50 MB answer, 50 MB of
# garbage without a newline, and a 50 MB line of raw text for normalize. Each must finish (no hang, no
# quadratic blow-up), exit as documented, and keep the data whole.
set -u
QBANK=$1
RUN_TIMEOUT=${RUN_TIMEOUT:-300}  # a hang detector, not a speed test: slow sanitizer builds must pass
# shellcheck source=robust_common.bash
source "$(dirname "$0")/robust_common.bash"
size=$((50 * 1024 * 1024))

python3 - "$tmp" "$size" <<'EOF'
import sys
tmp, n = sys.argv[1], int(sys.argv[2])
words = b"why does a process need its own address space while threads share one "
body = (words * (n // len(words) + 1))[:n - 1] + b"."  # no trailing space for normalize to trim
with open(tmp + "/big_answer.jsonl", "wb") as f:
    f.write(b'{"id":"q0123456789abcdef","text":"What is the difference between a process and a thread?",'
            b'"lang":"en","topic":null,"tags":[],"answer":"' + body
            + b'","code":null,"sources":[{"file":"big.txt","line":1,"raw":"x"}]}\n')
with open(tmp + "/garbage.jsonl", "wb") as f:
    f.write(b'{"text":"' + b"x" * n)             # never closed, no newline
with open(tmp + "/big_line.txt", "wb") as f:
    f.write(b"What is " + body + b"?")            # one line, no newline
EOF

# A 50 MB answer survives every verb byte for byte (checked through its length).
want=$(python3 -c "print($size)")
for verb in "${ALL_VERBS[@]}"; do
  out="$tmp/out-$verb"
  if [ "$verb" = validate ]; then run_verb validate "$tmp/big_answer.jsonl"
  else run_verb "$verb" "$tmp/big_answer.jsonl" -o "$out"; fi
  expect_rc "big_answer/$verb" 0 || continue
  case $verb in
    dedup|filter|merge|tag|normalize)
      got=$(python3 -c "import json,sys; print(len(json.loads(open(sys.argv[1]).readline())['answer']))" "$out")
      [ "$got" = "$want" ] || fail "big_answer/$verb: answer has $got bytes, expected $want" ;;
    export) [ "$(stat -c %s "$out")" -gt "$size" ] || fail "big_answer/export: output shorter than the answer" ;;
  esac
  rm -f "$out"
done

# 50 MB of garbage on one unterminated line: a data error at line 1, no output.
for verb in "${ALL_VERBS[@]}"; do
  if [ "$verb" = validate ]; then
    run_verb validate "$tmp/garbage.jsonl"
    expect_rc "garbage/validate" 1 && { grep -qF "garbage.jsonl:1:" "$tmp/out" || fail "garbage/validate: no file:line"; }
    continue
  fi
  run_verb "$verb" "$tmp/garbage.jsonl" -o "$tmp/garbage.out"
  expect_rc "garbage/$verb" 1 && expect_err "garbage/$verb" "garbage.jsonl:1:"
  expect_no_output "garbage/$verb" "$tmp/garbage.out"
done

# normalize on 50 MB of raw text in one line: finishes, and whatever it writes validates.
run_verb normalize "$tmp/big_line.txt" -o "$tmp/big_line.jsonl" --rejected "$tmp/rejected.jsonl"
if expect_rc "big_line/normalize" 0; then
  expect_valid_jsonl "big_line/normalize" "$tmp/big_line.jsonl"
  [ $(($(wc -l <"$tmp/big_line.jsonl") + $(wc -l <"$tmp/rejected.jsonl"))) -ge 1 ] ||
    fail "big_line/normalize: the line is neither a record nor rejected"
fi

finish test_robust_large
