"""Reads `qbank export` output with the real clients a user would: npm anki-reader opens the .apkg packages,
commonmark.js (the CommonMark reference implementation) renders the Markdown, xmllint parses the Moodle XML.
Every record must come through whole and every question text must stay text (no element made from it).

usage: check_export_clients.py QBANK_BINARY SCRATCH_DIR NODE_DIR INPUT.jsonl..."""
import html
import json
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export_fixtures import make_records, read_jsonl, write_jsonl  # noqa: E402
from check_export import from_html, visible  # noqa: E402

FAILS = []
# The elements qbank's Markdown export is allowed to produce once rendered.
MARKDOWN_ELEMENTS = {'h1', 'h2', 'p', 'strong', 'em', 'ul', 'ol', 'li', 'pre', 'code', 'br', 'blockquote'}


def check(cond, what):
    if not cond:
        FAILS.append(what)
        if len(FAILS) <= 20:
            print('FAIL:', what)


def run(args, **kw):
    return subprocess.run(args, check=True, capture_output=True, **kw).stdout


class Elements(HTMLParser):
    """Collects the element names and the text of an HTML fragment."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.tags, self.text = set(), []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)

    def handle_data(self, data):
        self.text.append(data)


def check_apkg(qbank, scratch, node_dir, path, records):
    pkg = os.path.join(scratch, 'deck.apkg')
    run([qbank, 'export', '-q', '--to', 'apkg', '--deck', 'Clients', '-o', pkg, path])
    lines = run(['node', os.path.join(node_dir, 'read_apkg.mjs'), pkg]).decode().splitlines()
    cards = [json.loads(l) for l in lines]
    check(len(cards) == len(records), f'anki-reader: {len(cards)} cards for {len(records)} records in {path}')
    fronts = sorted(from_html(c['fields']['Front']) for c in cards)
    for rec in records:
        want = visible(rec['text'])
        check(any(f.startswith(want) for f in fronts), f'anki-reader: no card shows {want!r}')
    for c in cards:
        f = c['fields']
        check(set(f) >= {'Front', 'Back', 'Topic', 'Source'}, f'anki-reader: fields {sorted(f)}')
        check(c['deck'] == 'Clients', f'anki-reader: deck {c["deck"]!r}')
        for name in ('Front', 'Back', 'Topic'):
            v = f.get(name, '')
            check('{{' not in v and '[sound:' not in v and '<script' not in v, f'anki-reader: live markup in {name}: {v!r}')


def check_markdown(qbank, scratch, node_dir, path, records):
    md = os.path.join(scratch, 'bank.md')
    run([qbank, 'export', '-q', '--to', 'markdown', '-o', md, path])
    rendered = run(['node', os.path.join(node_dir, 'render_markdown.mjs'), md]).decode()
    page = Elements(rendered)
    check(page.tags <= MARKDOWN_ELEMENTS, f'commonmark: question text became elements {sorted(page.tags - MARKDOWN_ELEMENTS)}')
    text = ''.join(page.text)
    flat = ' '.join(text.split())
    for rec in records:
        want = ' '.join(visible(rec['text']).split())
        check(want in flat, f'commonmark: {want!r} not shown literally')


def check_moodle(qbank, scratch, path, records):
    if not shutil.which('xmllint'):
        print('skip: xmllint is not installed (Debian package libxml2-utils)')
        return
    xml = os.path.join(scratch, 'bank.xml')
    run([qbank, 'export', '-q', '--to', 'moodle-xml', '-o', xml, path])
    r = subprocess.run(['xmllint', '--noout', xml], capture_output=True)
    check(r.returncode == 0, f'xmllint: {path}: {r.stderr.decode()[:300]}')
    count = run(['xmllint', '--xpath', 'count(/quiz/question[@type="essay"])', xml]).decode().strip()
    check(count == str(len(records)), f'xmllint: {count} essay questions for {len(records)} records')


def main():
    qbank, scratch, node_dir, inputs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    gen = os.path.join(scratch, 'generated.jsonl')
    write_jsonl(gen, make_records(300))
    for path in inputs + [gen]:
        records = read_jsonl(path)
        check_apkg(qbank, scratch, node_dir, path, records)
        check_markdown(qbank, scratch, node_dir, path, records)
        check_moodle(qbank, scratch, path, records)
    print('export client checks:', 'FAILED %d' % len(FAILS) if FAILS else 'ok')
    return 1 if FAILS else 0


if __name__ == '__main__':
    sys.exit(main())
