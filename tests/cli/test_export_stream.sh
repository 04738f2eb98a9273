#!/usr/bin/env bash
# export streams: CSV, TSV, Anki text, JSON(L) in one pass, Markdown, GIFT and Moodle XML through an
# unlinked spool, so the output equals the in-memory one (topics grouped) from files and stdin alike, a bad
# record stops with exit 1 and no output file, --keep-going counts what it skipped, and peak memory stays
# small on a large bank.
set -u
QBANK=$1; SOURCE=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cd "$tmp" || exit 1
mkdir spool
export TMPDIR=$tmp/spool
data="$SOURCE/tests/cli/cases/export_data/adversarial.jsonl"
# Topics interleaved: every group must still come out whole, in order of first appearance.
python3 - "$data" > mixed.jsonl <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
topics = ['B', None, 'A', 'B', '', 'A']
for i in range(60):
    r = dict(recs[i % len(recs)])
    r['topic'] = topics[i % len(topics)]
    print(json.dumps(r, ensure_ascii=False))
PY
"$QBANK" export --to markdown mixed.jsonl -o mixed.md 2>/dev/null || fail "export markdown"
[ "$(grep -c '^# ' mixed.md)" = 2 ] || fail "markdown: topics not grouped: $(grep '^# ' mixed.md | tr '\n' ' ')"
[ "$(grep '^# ' mixed.md | tr '\n' ' ')" = "# B # A " ] || fail "markdown: topic order $(grep '^# ' mixed.md)"
[ "$(grep -c '^\$CATEGORY' <("$QBANK" export --to gift mixed.jsonl 2>/dev/null))" = 3 ] || fail "gift: not one category per group"
for format in csv tsv anki json jsonl markdown gift moodle-xml; do
  "$QBANK" export --to "$format" mixed.jsonl -o "file.$format" 2>/dev/null || fail "export --to $format"
  "$QBANK" export --to "$format" < mixed.jsonl > "stdin.$format" 2>/dev/null || fail "export --to $format from stdin"
  cmp -s "file.$format" "stdin.$format" || fail "$format: stdin and file differ"
  [ -s "file.$format" ] || fail "$format: empty output"
done
[ -z "$(ls spool)" ] || fail "the spool was left in TMPDIR: $(ls spool)"

# A bad record: exit 1 naming its line, no output file, nothing left behind; --keep-going skips and counts it.
{ head -30 mixed.jsonl; echo '{"id": 5}'; tail -30 mixed.jsonl; } > bad.jsonl
for format in csv markdown gift; do
  "$QBANK" export --to "$format" bad.jsonl -o "bad.$format" 2> err.txt; rc=$?
  [ "$rc" = 1 ] || fail "$format: a bad record gave exit $rc"
  grep -q "bad.jsonl:31" err.txt || fail "$format: the error does not name bad.jsonl:31: $(head -2 err.txt)"
  [ ! -e "bad.$format" ] || fail "$format: a failed export left its output"
  "$QBANK" export --to "$format" --keep-going bad.jsonl -o "kept.$format" 2> err.txt || fail "$format --keep-going"
  grep -q "skipped 1 unusable record" err.txt || fail "$format --keep-going: no count: $(cat err.txt)"
done
[ -z "$(ls spool)" ] && [ -z "$(find . -name '*.tmp-*')" ] || fail "a failed export left temporary files"

# Memory: a large generated bank exports in a small, size-independent peak (benchmarks use 1M records).
GEN=$(dirname "$QBANK")/qbank-gen
if [ -x "$GEN" ] && [ -x /usr/bin/time ]; then
  "$GEN" records 200000 big.jsonl truth.tsv >/dev/null || fail "qbank-gen records"
  for format in csv gift; do
    /usr/bin/time -f %M -o rss.txt "$QBANK" export --to "$format" big.jsonl -o "big.$format" 2>/dev/null || fail "big $format"
    [ "$(tail -1 rss.txt)" -lt 100000 ] || fail "export --to $format of 200k records peaked at $(tail -1 rss.txt) KB"
  done
fi
echo "export streams: ok"
