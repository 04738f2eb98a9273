#!/usr/bin/env bash
# Every verb on a million tiny lines (generated here): normalize reads a million one-word questions; the
# record verbs read a million lines, mostly blank or whitespace, with a small record every 1000th line.
# Each must finish (no per-line blow-up), exit 0, and lose no record.
set -u
QBANK=$1
RUN_TIMEOUT=${RUN_TIMEOUT:-300}  # a hang detector, not a speed test: slow sanitizer builds must pass
# shellcheck source=robust_common.bash
source "$(dirname "$0")/robust_common.bash"
lines=1000000

python3 - "$tmp" "$lines" <<'EOF'
import sys
tmp, n = sys.argv[1], int(sys.argv[2])
with open(tmp + "/tiny.txt", "w") as f:
    f.write("".join("Q%d?\n" % i for i in range(n)))
blank = ["", " ", "\t", "  \t ", "\r"]
with open(tmp + "/tiny.jsonl", "w") as f:
    for i in range(n):
        if i % 1000 == 999:
            f.write('{"id":"q%016x","text":"Is %d prime?","lang":"en","topic":null,"tags":[],"answer":null,'
                    '"code":null,"sources":[{"file":"t","line":%d,"raw":""}]}\n' % (i, i, i + 1))
        else:
            f.write(blank[i % len(blank)] + "\n")
EOF
records=$((lines / 1000))

run_verb normalize "$tmp/tiny.txt" -o "$tmp/tiny.out"
if expect_rc "tiny/normalize" 0; then
  n=$(wc -l <"$tmp/tiny.out")
  [ "$n" -eq "$lines" ] || fail "tiny/normalize: $n records from $lines one-line questions"
  last=$(tail -n 1 "$tmp/tiny.out")
  case $last in *"\"line\":$lines,"*) ;; *) fail "tiny/normalize: the last record does not come from line $lines" ;; esac
fi

for verb in "${ALL_VERBS[@]}"; do
  if [ "$verb" = validate ]; then
    run_verb validate "$tmp/tiny.jsonl"
    expect_rc "tiny_jsonl/validate" 0 && expect_err "tiny_jsonl/validate" "$records records read"
    continue
  fi
  run_verb "$verb" "$tmp/tiny.jsonl" -o "$tmp/out"
  expect_rc "tiny_jsonl/$verb" 0 || continue
  case $verb in
    filter|tag|normalize|merge)
      n=$(wc -l <"$tmp/out")
      [ "$n" -eq "$records" ] || fail "tiny_jsonl/$verb: $n records out, expected $records" ;;
    dedup) n=$(wc -l <"$tmp/out"); [ "$n" -ge 1 ] && [ "$n" -le "$records" ] || fail "tiny_jsonl/dedup: $n records out" ;;
    export) n=$(wc -l <"$tmp/out"); [ "$n" -eq $((records + 1)) ] || fail "tiny_jsonl/export: $n lines" ;;
    stats) grep -q "$records" "$tmp/out" || fail "tiny_jsonl/stats: does not count $records records" ;;
  esac
done
# The reader reports the real line number after a million lines.
printf '{"text":5}\n' >>"$tmp/tiny.jsonl"
run_verb stats "$tmp/tiny.jsonl"
expect_rc "tiny_jsonl/late_error" 1 && expect_err "tiny_jsonl/late_error" "tiny.jsonl:$((lines + 1)): text"

finish test_robust_lines
