#!/usr/bin/env bash
# The dedup review page in a real browser: headless Chromium renders `qbank dedup --review` (a screenshot is
# saved as review_screenshot.png in the test's working directory), the counts the page shows equal the
# clusters file, and the language and topic filters (selected from the address: #lang=ru, #topic=Go) show
# exactly the clusters and pairs of that language or topic. The page's own script must run (the inline
# script is allowed by its Content-Security-Policy) and no question text may become markup.
# Without Chromium the test is skipped (exit 77), except under CI=true, where scripts/setup installs it.
# usage: test_review_chromium.sh QBANK_BINARY SHARED_DIR SOURCE_DIR
set -u
QBANK=$1 SHARED=$2 SOURCE=$3
fail() { echo "FAIL: $*"; exit 1; }
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  [ "${CI:-}" = true ] && fail "chromium is not installed (scripts/setup installs it)"
  echo "skip: chromium is not installed (scripts/setup installs the Debian package chromium)"
  exit 77
fi
shot="$PWD/review_screenshot.png"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1

# Chromium's sandbox cannot run as root, and CI (CI=true, run as root in a container whose /dev/shm is
# small) gets --no-sandbox and --disable-dev-shm-usage. A private profile directory keeps runs apart; the time
# limit guards against a browser that never exits.
sandbox=(); { [ "$(id -u)" = 0 ] || [ "${CI:-}" = true ]; } && sandbox=(--no-sandbox --disable-dev-shm-usage)
render() {  # render URL ARGS...: runs headless Chromium on URL with ARGS, its stdout on stdout.
  local url=$1; shift
  timeout -k 5 90 "$browser" --headless --disable-gpu "${sandbox[@]}" --user-data-dir="$tmp/profile" \
    --no-first-run --disable-extensions --disable-background-networking --window-size=1280,1800 "$@" "$url" \
    2>>"$tmp/chromium.log"
}

# Records: the hostile review set (markup, Anki syntax, RTL, CJK, quotes) and, when present, real lists.
inputs=("$SOURCE"/tests/cli/data/review/*.jsonl)
for f in "$SHARED"/corpus/raw/h5bp-fe-en.md "$SHARED"/corpus/raw/h5bp-fe-ru.md "$SHARED"/corpus/raw/h5bp-fe-anki.csv; do
  [ -f "$f" ] && inputs+=("$f")
done
"$QBANK" normalize -q "${inputs[@]}" -o raw.jsonl || fail "normalize"
"$QBANK" dedup -q raw.jsonl -o bank.jsonl --clusters clusters.jsonl --review review.html --explain-all 2> explain.txt \
  || fail "dedup --review: $(cat explain.txt)"
[ -s review.html ] || fail "no review page"

render "file://$tmp/review.html" --screenshot="$tmp/shot.png" >/dev/null
[ -s shot.png ] || fail "Chromium wrote no screenshot: $(tail -5 chromium.log)"
cp shot.png "$shot"
echo "screenshot: $shot"
render "file://$tmp/review.html" --dump-dom > all.dom
render "file://$tmp/review.html#lang=ru" --dump-dom > ru.dom
render "file://$tmp/review.html#lang=zh" --dump-dom > zh.dom
render "file://$tmp/review.html#topic=Go" --dump-dom > go.dom
render "file://$tmp/review.html#lang=en&topic=" --dump-dom > en-notopic.dom

python3 - <<'PY' || fail "page checks"
import collections, json, re
from html.parser import HTMLParser

class Dom(HTMLParser):
    """Counts what the rendered page shows: summary numbers, visible clusters and pairs, scripts."""
    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.stats, self.items, self.scripts, self.stack, self.filtered = {}, [], 0, [], None
        self.capture = None
        self.feed(text)
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'html': self.filtered = a.get('data-filtered')
        if tag == 'script': self.scripts += 1
        if tag == 'article':
            self.items.append({'kind': a.get('class'), 'hidden': 'hidden' in a, 'langs': set(), 'topics': set(),
                               'id': a.get('id'), 'texts': []})
        if self.items and 'data-lang' in a and tag != 'html': self.items[-1]['langs'].add(a['data-lang'])
        if self.items and 'data-topic' in a: self.items[-1]['topics'].add(a['data-topic'])
        if a.get('id', '').startswith(('n-', 'shown-')): self.capture = a['id']
        if tag == 'p' and a.get('class') == 'text' and self.items: self.capture = 'text'
    def handle_data(self, data):
        if self.capture == 'text': self.items[-1]['texts'].append(data)
        elif self.capture: self.stats[self.capture] = int(data)
        self.capture = None
    def visible(self, kind): return [i for i in self.items if i['kind'] == kind and not i['hidden']]

clusters = [json.loads(l) for l in open('clusters.jsonl')]
bank = {r['id']: r for r in map(json.loads, open('bank.jsonl'))}
raw_topic = {}
for r in map(json.loads, open('raw.jsonl')):
    raw_topic[(r['sources'][0]['file'], r['sources'][0]['line'])] = r.get('topic') or ''
merged = [c for c in clusters if c['size'] > 1]
apart = sum(1 for l in open('explain.txt') if l.startswith('apart '))
bad = []
def check(what, got, want):
    if got != want: bad.append('%s: page shows %r, expected %r' % (what, got, want))

page = Dom(open('all.dom', encoding='utf-8').read())
check('script ran', page.filtered, 'yes')
check('script elements', page.scripts, 1)
check('input records', page.stats.get('n-input'), sum(c['size'] for c in clusters))
check('output records', page.stats.get('n-output'), len(clusters))
check('merged clusters', page.stats.get('n-merged'), len(merged))
check('variants merged away', page.stats.get('n-absorbed'), sum(c['size'] - 1 for c in merged))
check('pairs kept apart', page.stats.get('n-apart'), apart)
check('cluster elements', len(page.visible('cluster')), len(merged))
check('shown clusters', page.stats.get('shown-clusters'), len(merged))
check('pair elements', len(page.visible('pair')), apart)
check('cluster ids', [i['id'] for i in page.visible('cluster')], ['c-' + c['id'] for c in merged])
texts = {t for i in page.items for t in i['texts']}
for c in merged:
    for m in c['members']:
        if m['text'] not in texts: bad.append('member text not shown literally: %r' % m['text'])
if len(merged) < 6 or apart < 2: bad.append('the review set lost its merges or pairs: %d, %d' % (len(merged), apart))

def expect_filter(dom, lang=None, topic=None):
    """The filtered page shows exactly the clusters whose language (and topic, of the record or a member) match."""
    want = []
    for c in merged:
        r = bank[c['id']]
        topics = {r.get('topic') or ''} | {raw_topic[(m['file'], m['line'])] for m in c['members']}
        if (lang is None or r['lang'] == lang) and (topic is None or topic in topics): want.append('c-' + c['id'])
    p = Dom(open(dom, encoding='utf-8').read())
    check(dom + ' clusters', [i['id'] for i in p.visible('cluster')], want)
    check(dom + ' shown-clusters', p.stats.get('shown-clusters'), len(want))
    pairs = p.visible('pair')
    check(dom + ' shown-apart', p.stats.get('shown-apart'), len(pairs))
    for i in pairs:
        if (lang is not None and lang not in i['langs']) or (topic is not None and topic not in i['topics']):
            bad.append('%s shows a pair of another language or topic: %r' % (dom, i))
    hidden_pairs = [i for i in p.items if i['kind'] == 'pair' and i['hidden']]
    for i in hidden_pairs:
        if (lang is None or lang in i['langs']) and (topic is None or topic in i['topics']):
            bad.append('%s hides a matching pair: %r' % (dom, i))
    return len(want), len(pairs)

n, pairs = expect_filter('ru.dom', lang='ru')
if n == 0 or pairs == 0: bad.append('the ru filter has nothing to show (the review set has Russian merges and pairs)')
if expect_filter('zh.dom', lang='zh')[0] == 0: bad.append('no Chinese cluster shown')
if expect_filter('go.dom', topic='Go')[1] == 0: bad.append('no pair shown for topic Go')
expect_filter('en-notopic.dom', lang='en', topic='')
for b in bad: print('FAIL:', b)
raise SystemExit(1 if bad else 0)
PY

# Self-contained: nothing the browser would fetch (no src/href other than #anchors, no url(), no @import),
# and a policy that forbids any request.
grep -Eiq '<(link|img|iframe|object|embed|base)[ >]' review.html && fail "the page loads an external asset"
grep -Eiq '(src|href|action)="[^#]' review.html && fail "the page references something outside itself"
grep -Eiq 'url\(|@import' review.html && fail "the style loads something"
grep -q "default-src 'none'" review.html || fail "no Content-Security-Policy forbidding requests"
echo "ok: review page rendered; counts equal the clusters file; language and topic filters checked"
