#!/usr/bin/env bash
# Every verb on hostile input: empty, whitespace only, binary, invalid UTF-8, NUL bytes, deep nesting,
# a truncated line, wrong field types, unknown fields. Each run must exit 0/1 as documented (never crash
# or hang), name file and line in its message, and leave no output file behind when it fails.
set -u
QBANK=$1
# shellcheck source=robust_common.bash
source "$(dirname "$0")/robust_common.bash"
in="$tmp/in"
mkdir -p "$in"

# A valid record with the given text, source line and extra fields (JSON text starting with a comma).
record() {
  printf '{"id":"q0000000000000000","text":"%s","lang":"en","topic":null,"tags":[],"answer":null,"code":null,' "$1"
  printf '"sources":[{"file":"raw.txt","line":%s,"raw":"x"}]%s}\n' "$2" "${3:-}"
}

# Runs every verb on one file with -o; checks the exit code, the message and the output file.
#   check_all NAME FILE RC_RECORDS RC_NORMALIZE RC_VALIDATE NEEDLE [VALIDATE_OUTPUT]
# RC_* are allowed exit codes ("0", "1" or "0 1"); NEEDLE must appear on stderr (stdout for validate)
# whenever the run fails; a successful run's records must validate unless VALIDATE_OUTPUT is "no".
check_all() {
  local name=$1 file=$2 rc_records=$3 rc_normalize=$4 rc_validate=$5 needle=$6 check_output=${7:-yes}
  local verb out allowed
  for verb in "${ALL_VERBS[@]}"; do
    out="$tmp/out-$name-$verb"
    rm -rf "$out"
    mkdir -p "$out"
    case $verb in
      validate) run_verb validate "$file"; allowed=$rc_validate ;;
      normalize) run_verb normalize "$file" -o "$out/result"; allowed=$rc_normalize ;;
      *) run_verb "$verb" "$file" -o "$out/result"; allowed=$rc_records ;;
    esac
    # shellcheck disable=SC2086  # allowed is a list of codes.
    expect_rc "$name/$verb" $allowed || continue
    if [ "$rc" -ne 0 ]; then
      if [ "$verb" = validate ]; then grep -qF -- "$needle" "$tmp/out" || fail "$name/validate: stdout lacks '$needle'"
      else expect_err "$name/$verb" "$needle"; fi
      [ "$verb" = validate ] || expect_no_output "$name/$verb" "$out/result"
    elif [ "$verb" != validate ]; then
      [ -f "$out/result" ] || fail "$name/$verb: exit 0 but no output file"
      if [ "$check_output" = yes ] && writes_records "$verb" && [ -f "$out/result" ]; then expect_valid_jsonl "$name/$verb" "$out/result"; fi
    fi
  done
}

# Empty and whitespace-only inputs are valid, empty banks.
: >"$in/empty.jsonl"
check_all empty "$in/empty.jsonl" 0 0 0 ""
printf '  \n\t\n\r\n\n   \t \r\n' >"$in/blank.jsonl"
check_all whitespace "$in/blank.jsonl" 0 0 0 ""
for verb in normalize dedup filter merge tag; do
  run_verb "$verb" "$in/blank.jsonl"
  [ -s "$tmp/out" ] && fail "whitespace/$verb: records written for a blank input"
done

# Binary data: a data error at line 1 for the record readers; normalize refuses it too (not UTF-8).
python3 -c "import random,sys; r=random.Random(7); sys.stdout.buffer.write(bytes(r.getrandbits(8) for _ in range(65536)))" \
  >"$in/binary.dat"
check_all binary "$in/binary.dat" 1 1 1 "binary.dat:1:"

# Compressed data, archives and documents passed by mistake: every verb says what the file is and how to get
# the text (an encoding error or "the file looks UTF-16" would send the user the wrong way), at line 1.
python3 - "$in" <<'PY'
import bz2, gzip, io, lzma, sys, zipfile
lines = b'{"text": "What is a mutex?"}\n' * 50
open(sys.argv[1] + "/bank.jsonl.gz", "wb").write(gzip.compress(lines, mtime=0))
open(sys.argv[1] + "/bank.jsonl.bz2", "wb").write(bz2.compress(lines))
open(sys.argv[1] + "/bank.jsonl.xz", "wb").write(lzma.compress(lines))
z = io.BytesIO()
with zipfile.ZipFile(z, "w") as f:
    f.writestr("bank.jsonl", lines)
open(sys.argv[1] + "/deck.apkg", "wb").write(z.getvalue())
open(sys.argv[1] + "/questions.pdf", "wb").write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
PY
for pair in "bank.jsonl.gz:gzip-compressed data" "bank.jsonl.bz2:bzip2-compressed data" "bank.jsonl.xz:xz-compressed data" \
            "deck.apkg:a zip archive (" "questions.pdf:a PDF document"; do
  name=${pair%%:*} what=${pair#*:}
  for verb in "${ALL_VERBS[@]}"; do
    rm -f "$tmp/packed.out"
    if [ "$verb" = validate ]; then run_verb validate "$in/$name"; else run_verb "$verb" "$in/$name" -o "$tmp/packed.out"; fi
    expect_rc "packed/$name/$verb" 1 || continue
    cat "$tmp/out" >>"$tmp/err"
    expect_err "packed/$name/$verb" "$name:1: $what"
    grep -q "UTF-16\|--encoding" "$tmp/err" && fail "packed/$name/$verb: named an encoding for $what"
    [ "$verb" = validate ] || expect_no_output "packed/$name/$verb" "$tmp/packed.out"
  done
done
timeout -k 5 "$RUN_TIMEOUT" "$QBANK" normalize - <"$in/bank.jsonl.gz" >"$tmp/out" 2>"$tmp/err"
rc=$?
expect_rc "packed/stdin" 1 && expect_err "packed/stdin" "stdin:1: gzip-compressed data, not text: decompress it first"

# Invalid UTF-8 on line 2 (line 1 is fine): the message names line 2.
{ record "What is a mutex?" 1; printf '{"text":"Caf\xe9 au lait?","sources":[{"file":"a","line":2,"raw":""}]}\n'; } \
  >"$in/bad_utf8.jsonl"
check_all invalid_utf8 "$in/bad_utf8.jsonl" 1 1 1 "bad_utf8.jsonl:2:"
printf 'What is TCP?\nWhat is UDP?\nWhat is \xff\xfe QUIC?\n' >"$in/bad_utf8.txt"
run_verb normalize "$in/bad_utf8.txt" -o "$tmp/o.jsonl"
expect_rc "invalid_utf8.txt/normalize" 1 && expect_err "invalid_utf8.txt/normalize" "bad_utf8.txt:3" "UTF-8"
expect_no_output "invalid_utf8.txt/normalize" "$tmp/o.jsonl"

# Raw NUL bytes break a JSON line (data error at that line); in raw text they must not reach a record's text.
{ record "What is a mutex?" 1; printf '{"text":"a\0b?","sources":[{"file":"a","line":2,"raw":""}]}\n'; } >"$in/nul.jsonl"
check_all nul_bytes "$in/nul.jsonl" 1 1 1 "nul.jsonl:2:"
printf 'What is a semaphore?\n\0\0\0\nWhat is \0a monitor?\n' >"$in/nul.txt"
run_verb normalize "$in/nul.txt" -o "$tmp/nul-out.jsonl"
if expect_rc "nul.txt/normalize" 0 1 && [ "$rc" -eq 0 ]; then
  expect_valid_jsonl "nul.txt/normalize" "$tmp/nul-out.jsonl"
  grep -o '"text":"[^"]*' "$tmp/nul-out.jsonl" | grep -qF '\u0000' && fail "nul.txt/normalize: a NUL byte reached a record's text"
  [ "$(wc -l <"$tmp/nul-out.jsonl")" -eq 2 ] || fail "nul.txt/normalize: expected 2 questions, got $(wc -l <"$tmp/nul-out.jsonl")"
fi
# An escaped NUL (\u0000) is valid JSON: every verb keeps going and writes valid output.
record 'What is \u0000 here?' 1 >"$in/escaped_nul.jsonl"
check_all escaped_nul "$in/escaped_nul.jsonl" 0 "0 1" 0 ""

# Deep nesting: 100000 levels is refused with a message; 200 levels in an extension field is kept as is.
deep=$(python3 -c "print('['*100000 + ']'*100000)")
record "What is recursion?" 1 ",\"x_deep\":$deep" >"$in/deep.jsonl"
check_all deep_json "$in/deep.jsonl" 1 1 1 "deep.jsonl:1:"
nested=$(python3 -c "print('{\"a\":'*200 + '1' + '}'*200)")
record "What is nesting?" 1 ",\"x_nested\":$nested" >"$in/nested.jsonl"
check_all nested_ok "$in/nested.jsonl" 0 "0 1" 0 ""
run_verb filter "$in/nested.jsonl"
grep -qF -- "\"x_nested\":$nested" "$tmp/out" || fail "nested_ok/filter: the extension field did not pass through untouched"
for kind in json html md; do
  case $kind in
    json) python3 -c "print('{\"questions\":' + '['*100000 + '{\"text\":\"What?\"}' + ']'*100000 + '}')" ;;
    html) python3 -c "print('<html><body>' + '<div>'*100000 + '<p>What is X?</p>' + '</div>'*100000 + '</body></html>')" ;;
    md) python3 -c "print('# Deep\n' + '>'*100000 + ' What is X?\n' + '\n'.join(' '*(2*i) + '- What is %d?' % i for i in range(3000)))" ;;
  esac >"$in/deep.$kind"
  run_verb normalize "$in/deep.$kind" -o "$tmp/deep-$kind.jsonl"
  expect_rc "deep.$kind/normalize" 0 1 || continue
  if [ "$rc" -ne 0 ]; then expect_err "deep.$kind/normalize" "deep.$kind"; expect_no_output "deep.$kind" "$tmp/deep-$kind.jsonl"
  else expect_valid_jsonl "deep.$kind/normalize" "$tmp/deep-$kind.jsonl"; fi
done

# Pathological inline markup on one 1 MB line: unmatched or deeply nested brackets, unclosed link targets
# and tags must cost linear time and little stack (once quadratic, or a stack overflow).
for spec in "'['*1000000" "'['*200000+'a'+']'*200000" "'[a]('*250000" "'<a'*500000" "'![x]('*200000"; do
  python3 -c "print('# Markup\n\n* ' + $spec + '?')" >"$in/markup.md"
  run_verb normalize "$in/markup.md" -o "$tmp/markup.jsonl"
  expect_rc "markup $spec/normalize" 0 1
done

# A truncated last line (no newline, cut mid-record) is a data error at that line.
{ record "What is a heap?" 1; record "What is a stack?" 2; record "What is a queue?" 3 | head -c 70; } >"$in/trunc.jsonl"
check_all truncated "$in/trunc.jsonl" 1 1 1 "trunc.jsonl:3:"

# Wrong field types: each is named as file:line: field.
{ record "What is a trie?" 1
  printf '{"text":5,"tags":"a","lang":3,"sources":{},"answer":[1]}\n'
  printf '{"text":"What is X?","sources":[{"file":"f","line":"3","raw":1}]}\n'; } >"$in/types.jsonl"
check_all wrong_types "$in/types.jsonl" 1 "0 1" 1 "types.jsonl:2: text"
run_verb stats "$in/types.jsonl"
expect_err "wrong_types/stats" "types.jsonl:2: tags" "types.jsonl:2: sources"

# Unknown fields are kept with a warning (validate calls them violations); x_ fields pass silently.
record "What is a B-tree?" 1 ',"foo":{"a":[1,2]},"x_mine":"kept"' >"$in/unknown.jsonl"
check_all unknown_fields "$in/unknown.jsonl" 0 0 1 "foo" no
for verb in dedup filter merge tag; do
  run_verb "$verb" "$in/unknown.jsonl"
  expect_err "unknown_fields/$verb" "unknown.jsonl:1: foo"
  grep -qF '"foo":{"a":[1,2]}' "$tmp/out" && grep -qF '"x_mine":"kept"' "$tmp/out" ||
    fail "unknown_fields/$verb: unknown or x_ field not kept"
  grep -qF "x_mine" "$tmp/err" && fail "unknown_fields/$verb: warned about an x_ field"
done

finish test_robust_input
