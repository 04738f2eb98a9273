#!/usr/bin/env bash
# Line ends and broken first lines: a file whose lines end with a lone CR (classic Mac) is read line by line
# in every input format, small and large, with the line numbers an editor shows; a JSONL file whose first
# line is a broken record, or whose lines end with a lone CR, or that is UTF-16, is reported as what it is
# (file, line and the fix), not as "not a qbank record".
set -u
QBANK=$1
# shellcheck source=robust_common.bash
source "$(dirname "$0")/robust_common.bash"

# Fails unless $tmp/out holds n records whose texts are the given ones, the k-th from line k + first - 1.
expect_texts() {
  local what=$1 first=$2
  shift 2
  python3 - "$tmp/out" "$first" "$@" <<'EOF' || fail "$what: records differ (see above)"
import json, sys
path, first, want = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
recs = [json.loads(l) for l in open(path, encoding="utf-8")]
texts = [r["text"] for r in recs]
lines = [r["sources"][0]["line"] for r in recs]
if texts != want:
    print("  texts %r, expected %r" % (texts, want)); sys.exit(1)
if lines != list(range(first, first + len(want))):
    print("  lines %r" % lines); sys.exit(1)
EOF
}

printf 'What is TCP?\rWhat is UDP?\rWhat is QUIC?\r' >"$tmp/mac.txt"
run normalize -q "$tmp/mac.txt"
expect_rc "cr/text" 0 && expect_texts "cr/text" 1 "What is TCP?" "What is UDP?" "What is QUIC?"

printf '# Networking\r\r- What is TCP?\r- What is UDP?\r' >"$tmp/mac.md"
run normalize -q "$tmp/mac.md"
if expect_rc "cr/markdown" 0; then
  expect_texts "cr/markdown" 3 "What is TCP?" "What is UDP?"
  grep -q '"topic":"Networking"' "$tmp/out" || fail "cr/markdown: the heading is not the topic"
fi

printf 'question,answer\rWhat is TCP?,A protocol\rWhat is UDP?,Another protocol\r' >"$tmp/mac.csv"
run normalize -q "$tmp/mac.csv"
if expect_rc "cr/csv" 0; then
  expect_texts "cr/csv" 2 "What is TCP?" "What is UDP?"
  grep -q '"answer":"Another protocol"' "$tmp/out" || fail "cr/csv: an answer is lost"
fi

printf 'What is TCP?\rWhat is UDP?\r' | iconv -f UTF-8 -t UTF-16 >"$tmp/mac16.txt"
run normalize -q "$tmp/mac16.txt"
expect_rc "cr/utf16" 0 && expect_texts "cr/utf16" 1 "What is TCP?" "What is UDP?"

# Large enough to be read in pieces.
python3 -c "
import sys
sys.stdout.write(''.join('What is item number %d?\r' % i for i in range(200000)))" >"$tmp/big-mac.txt"
run normalize -q "$tmp/big-mac.txt"
if expect_rc "cr/large" 0; then
  n=$(wc -l <"$tmp/out")
  [ "$n" -eq 200000 ] || fail "cr/large: $n records from 200000 lines"
  grep -q '"line":200000,' "$tmp/out" || fail "cr/large: no record from line 200000"
fi

# CRLF files keep their meaning, and a CR inside a CRLF line stays inside it.
printf 'What is TCP?\r\nWhat is\rUDP?\r\n' >"$tmp/dos.txt"
run normalize -q "$tmp/dos.txt"
expect_rc "crlf" 0 && expect_texts "crlf" 1 "What is TCP?" "What is UDP?"

# A lone CR in an LF file breaks the line, small and large, and later lines keep the numbers an editor shows.
printf 'Q: What is one?\rQ: What is two?\nQ: What is three?\n' >"$tmp/stray.txt"
run normalize -q "$tmp/stray.txt"
expect_rc "stray_cr" 0 && expect_texts "stray_cr" 1 "What is one?" "What is two?" "What is three?"
python3 -c "
import sys
sys.stdout.write(''.join('What is item number %d?\\n' % i for i in range(1, 200000)) + 'What is one?\\rWhat is two?\\n')" >"$tmp/big-stray.txt"
run normalize -q "$tmp/big-stray.txt"
if expect_rc "stray_cr/large" 0; then
  grep -q '"text":"What is one?".*"line":200000,' "$tmp/out" || fail "stray_cr/large: no 'What is one?' at line 200000"
  grep -q '"text":"What is two?".*"line":200001,' "$tmp/out" || fail "stray_cr/large: no 'What is two?' at line 200001"
fi

# JSONL inputs of the record verbs.
printf 'What is TCP?\nWhat is UDP?\n' >"$tmp/q.txt"
"$QBANK" normalize -q "$tmp/q.txt" -o "$tmp/good.jsonl" || fail "setup: normalize"
head -n 1 "$tmp/good.jsonl" | head -c 60 >"$tmp/truncated.jsonl"
tr '\n' '\r' <"$tmp/good.jsonl" >"$tmp/cr.jsonl"
iconv -f UTF-8 -t UTF-16 <"$tmp/good.jsonl" >"$tmp/utf16.jsonl"
for verb in "${ALL_VERBS[@]}"; do
  [ "$verb" = normalize ] && continue
  run_verb "$verb" "$tmp/truncated.jsonl"
  if expect_rc "truncated/$verb" 1; then
    grep -q "truncated.jsonl:1: invalid JSON" "$tmp/err" "$tmp/out" || fail "truncated/$verb: no invalid JSON at line 1"
    grep -q "not a qbank record" "$tmp/err" "$tmp/out" && fail "truncated/$verb: a broken record is called other data"
  fi
  run_verb "$verb" "$tmp/cr.jsonl"
  expect_rc "cr_jsonl/$verb" 1 && { grep -q "cr.jsonl:1: .*lone CR" "$tmp/err" "$tmp/out" || fail "cr_jsonl/$verb: no word of the lone CR line ends"; }
  run_verb "$verb" "$tmp/utf16.jsonl"
  expect_rc "utf16_jsonl/$verb" 1 && { grep -q "utf16.jsonl:1: .*UTF-16" "$tmp/err" "$tmp/out" || fail "utf16_jsonl/$verb: no word of UTF-16"; }
done

finish test_robust_line_ends
