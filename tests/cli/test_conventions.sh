#!/usr/bin/env bash
# CLI conventions: -o is atomic (no partial file on failure), -o may not name an input, help has an example per verb.
set -u
QBANK=$1; SOURCE=$3
data="$SOURCE/tests/cli/data"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$QBANK" stats "$data/valid.jsonl" -o "$tmp/missing-dir/out.txt" 2>"$tmp/err"; rc=$?
[ $rc = 1 ] || fail "output in a missing directory: rc $rc"
grep -q "missing-dir/out.txt" "$tmp/err" || fail "error does not name the output path"

cp "$data/bad.jsonl" "$tmp/bad.jsonl"
"$QBANK" stats "$tmp/bad.jsonl" -o "$tmp/out.txt" 2>/dev/null; rc=$?
[ $rc = 1 ] || fail "bad input: rc $rc"
[ ! -e "$tmp/out.txt" ] || fail "a failed run left an output file"
[ -z "$(ls "$tmp" | grep tmp-)" ] || fail "a temporary file was left behind"

cp "$data/valid.jsonl" "$tmp/v.jsonl"
"$QBANK" stats "$tmp/v.jsonl" -o "$tmp/v.jsonl" 2>"$tmp/err"; rc=$?
[ $rc = 2 ] || fail "-o equal to an input: rc $rc"
cmp -s "$tmp/v.jsonl" "$data/valid.jsonl" || fail "-o equal to an input changed the input"

"$QBANK" stats "$data/valid.jsonl" -o "$tmp/ok.txt" || fail "stats -o failed"
grep -q "records:       3" "$tmp/ok.txt" || fail "stats -o wrote the wrong content"

help=$("$QBANK" --help)
for verb in $("$QBANK" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NF>1 {print $1}'); do
  echo "$help" | grep -q "qbank $verb " || fail "--help has no example for $verb"
  "$QBANK" "$verb" --help | grep -qi "example" || fail "$verb --help has no example"
done
NO_COLOR=1 "$QBANK" stats /nonexistent 2>&1 | grep -q $'\033' && fail "NO_COLOR not respected"
echo "conventions: ok"
