#!/usr/bin/env bash
# `qbank dedup --review FILE` without a browser: the page is one self-contained document whose summary equals
# the clusters file, every question text is escaped (markup, scripts and Anki syntax stay text), the same run
# gives the same bytes whatever the input order and thread count, the records and clusters are exactly those
# of a run without --review, and the output goes through the safe-output path (symlinks, '-', refusals, no
# file left by a failed run).
set -u
QBANK=$1; SOURCE=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cd "$tmp" || exit 1
"$QBANK" normalize -q "$SOURCE"/tests/cli/data/review/*.jsonl -o raw.jsonl || fail "normalize the review set"

"$QBANK" dedup -q raw.jsonl -o bank.jsonl --clusters clusters.jsonl --review review.html || fail "dedup --review"
"$QBANK" dedup -q raw.jsonl -o plain.jsonl --clusters plain-clusters.jsonl || fail "dedup"
cmp -s bank.jsonl plain.jsonl && cmp -s clusters.jsonl plain-clusters.jsonl || fail "--review changed the records or clusters"

# The same page whatever the input order or thread count.
tac raw.jsonl > reversed.jsonl
"$QBANK" dedup -q reversed.jsonl --threads 1 -o r.jsonl --review review2.html || fail "dedup --review (reversed)"
cmp -s review.html review2.html || fail "the page depends on input order or threads"

# --link-languages links after dedup: the page shows the same merges.
"$QBANK" dedup -q raw.jsonl --link-languages -o linked.jsonl --review linked.html || fail "dedup --link-languages --review"
cmp -s linked.html review.html || fail "--link-languages changed the review page"

python3 - review.html clusters.jsonl raw.jsonl <<'PY' || fail "page content"
import json, re, sys, html
page = open(sys.argv[1], encoding='utf-8').read()
clusters = [json.loads(l) for l in open(sys.argv[2])]
raw = [json.loads(l) for l in open(sys.argv[3])]
merged = [c for c in clusters if c['size'] > 1]
bad = []
def stat(name):
    m = re.search(r'id="%s">(\d+)<' % name, page)
    return int(m.group(1)) if m else None
for name, want in (('n-input', len(raw)), ('n-output', len(clusters)), ('n-merged', len(merged)),
                   ('n-absorbed', sum(c['size'] - 1 for c in merged))):
    if stat(name) != want: bad.append('%s is %r, expected %r' % (name, stat(name), want))
if len(re.findall(r'<script', page, re.I)) != 1: bad.append('question text became a script element')
if re.search(r'<b>bold|<script>alert|</script><script>', page): bad.append('question markup became an element')
# Every member's text, answer and topic appears escaped, exactly as html.escape writes it.
for c in merged:
    for m in c['members']:
        esc = html.escape(m['text'], quote=True).replace('&#x27;', '&#39;')
        if esc not in page: bad.append('member text missing or unescaped: %r' % m['text'])
        if '<' in m['text'] and m['text'] in page: bad.append('raw markup in page: %r' % m['text'])
for r in raw:
    for field in ('answer', 'topic'):
        v = r.get(field)
        if v and any(r['id'] == m['id'] for c in merged for m in c['members']):
            if html.escape(v, quote=True).replace('&#x27;', '&#39;') not in page: bad.append('%s missing: %r' % (field, v))
if 'dir="auto"' not in page or 'lang="ar"' not in page or 'lang="zh"' not in page: bad.append('no text direction or language')
if 'charset="utf-8"' not in page: bad.append('no charset')
for b in bad: print('FAIL:', b)
sys.exit(1 if bad else 0)
PY

# Safe outputs: through a symlink to its target; '-' is stdout only when the records go elsewhere.
mkdir real; ln -s real/page.html link.html
"$QBANK" dedup -q raw.jsonl -o o.jsonl --review link.html || fail "--review through a symlink"
[ -L link.html ] && cmp -s real/page.html review.html || fail "--review replaced the symlink or missed its target"
"$QBANK" dedup -q raw.jsonl -o o.jsonl --review - > stdout.html || fail "--review - with -o"
cmp -s stdout.html review.html || fail "--review - wrote another page"
for args in "--review -" "--review" "--review=" "-o o.jsonl --review - --clusters -" "--review raw.jsonl" \
            "-o same.html --review same.html" "--clusters c.html --review c.html"; do
  # shellcheck disable=SC2086
  "$QBANK" dedup -q raw.jsonl $args > out.txt 2> err.txt; rc=$?
  [ "$rc" = 2 ] || fail "dedup $args: exit $rc, expected 2"
  grep -q "qbank: error:" err.txt || fail "dedup $args: no error message: $(cat err.txt)"
  [ ! -s out.txt ] || fail "dedup $args wrote to stdout"
done
[ ! -e same.html ] && [ ! -e c.html ] || fail "a refused run wrote a file"
# Bad input: exit 1, no page, no temporary file.
{ head -1 raw.jsonl; echo 'not json'; } > bad.jsonl
"$QBANK" dedup -q bad.jsonl -o bad-out.jsonl --review bad.html 2> err.txt; rc=$?
[ "$rc" = 1 ] || fail "bad input: exit $rc, expected 1"
grep -q "bad.jsonl:2" err.txt || fail "bad input: the error does not name the line: $(cat err.txt)"
[ ! -e bad.html ] && [ ! -e bad-out.jsonl ] || fail "bad input left an output"
[ -z "$(find . -name '*.tmp-*')" ] || fail "temporary files left: $(find . -name '*.tmp-*')"
# Nothing to merge: a page that says so.
head -1 raw.jsonl > one.jsonl
"$QBANK" dedup -q one.jsonl -o /dev/null --review one.html || fail "dedup --review of one record"
grep -q 'id="n-merged">0<' one.html && grep -q 'No records were merged' one.html || fail "an empty review says nothing"
echo "ok: dedup --review"
