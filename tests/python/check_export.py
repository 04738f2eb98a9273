"""Reads the text formats written by `qbank export` with independent parsers (Python's csv, xml.etree, json)
and checks that every record's fields survive, escaped where the format needs it.

usage: check_export.py QBANK_BINARY SCRATCH_DIR INPUT.jsonl"""
import csv
import html
import io
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export_fixtures import make_records, read_jsonl, write_jsonl  # noqa: E402

FAILS = []
FORMULA = ('=', '+', '-', '@', '\t', '\r')


def check(cond, what):
    if not cond:
        FAILS.append(what)
        print('FAIL:', what)


def export(qbank, src, *flags):
    out = subprocess.run([qbank, 'export', *flags, src], check=True, capture_output=True)
    return out.stdout


def visible(s):
    s = (s or '').replace('\r\n', '\n').replace('\r', '\n')
    return ''.join(c for c in s if c in '\t\n' or (ord(c) >= 0x20 and ord(c) != 0x7f))


def from_html(s):
    return html.unescape(re.sub(r'<[^>]*>', '', s.replace('<br>', '\n')))


def check_delimited(qbank, src, records, fmt, sep):
    cols = ['id', 'text', 'answer', 'tags', 'topic', 'code']
    for raw in (False, True):
        flags = ['--to', fmt, '--columns', ','.join(cols), '--tag-sep', ';'] + (['--raw'] if raw else [])
        rows = list(csv.reader(io.StringIO(export(qbank, src, *flags).decode(), newline=''), delimiter=sep))
        check(rows[0] == cols, f'{fmt}: header {rows[0]}')
        check(len(rows) == len(records) + 1, f'{fmt}: {len(rows) - 1} rows for {len(records)} records')
        for rec, row in zip(records, rows[1:]):
            for col, cell in zip(cols, row):
                want = rec.get(col) or ''
                if col == 'tags':
                    want = ';'.join(rec['tags'])
                want = want.replace('\0', '')
                if not raw and want.startswith(FORMULA):
                    want = "'" + want
                check(cell == want, f'{fmt} raw={raw}: {rec["id"]}.{col}: {cell!r} != {want!r}')
    data = export(qbank, src, '--to', fmt, '--bom', '--crlf', '--columns', 'id')
    check(data.startswith(b'\xef\xbb\xbfid\r\n') and data.endswith(b'\r\n'), f'{fmt}: --bom --crlf')


def check_anki(qbank, src, records):
    lines = export(qbank, src, '--to', 'anki', '--deck', 'D', '--subdecks').decode().split('\n')
    header = [l for l in lines if l.startswith('#')]
    body = [l for l in lines if l and not l.startswith('#')]
    check('#separator:tab' in header and '#html:true' in header and '#guid column:1' in header, 'anki header')
    check('#deck column:4' in header and '#tags column:5' in header, 'anki deck/tags columns')
    check(len(body) == len(records), f'anki: {len(body)} lines for {len(records)} records')
    for rec, line in zip(records, body):
        f = line.split('\t')
        check(len(f) == 5, f'anki: {rec["id"]}: {len(f)} fields')
        if len(f) != 5:
            continue
        check(f[0] == rec['id'], 'anki guid')
        check('<script>' not in line, f'anki: raw <script> in {rec["id"]}')
        check(from_html(f[1]).startswith(visible(rec['text'])), f'anki front {f[1]!r}')
        check(from_html(f[2]) == visible(rec.get('answer')), f'anki back {f[2]!r}')
        tags = next(csv.reader([f[4]])) if f[4].startswith('"') else [f[4]]
        check(sorted(tags[0].split()) == sorted(rec['tags']), f'anki tags {f[4]!r}')


def check_moodle(qbank, src, records):
    root = ET.fromstring(export(qbank, src, '--to', 'moodle-xml'))
    essays = [q for q in root if q.get('type') == 'essay']
    check(len(essays) == len(records), f'moodle: {len(essays)} essays')
    by_id = {q.findtext('idnumber'): q for q in essays}
    for rec in records:
        q = by_id.get(rec['id'])
        if q is None:
            check(False, f'moodle: {rec["id"]} missing')
            continue
        text = q.findtext('questiontext/text')
        check('<script>' not in text, 'moodle: raw <script>')
        check(from_html(text).startswith(visible(rec['text'])), f'moodle text {text!r}')
        check(from_html(q.findtext('generalfeedback/text')) == visible(rec.get('answer')), 'moodle answer')
        check(sorted(t.findtext('text') for t in q.iter('tag')) == sorted(rec['tags']), 'moodle tags')


def check_json(qbank, src, records):
    for flags in ([], ['--pretty']):
        check(json.loads(export(qbank, src, '--to', 'json', *flags)) == records, f'json {flags}')
    lines = export(qbank, src, '--to', 'jsonl').decode().splitlines()
    check([json.loads(l) for l in lines] == records, 'jsonl')


def gift_unescape(s):
    return re.sub(r'\\(.)', lambda m: '\n' if m.group(1) == 'n' else m.group(1), s)


def check_gift(qbank, src, records):
    text = export(qbank, src, '--to', 'gift').decode()
    blocks = [b for b in text.split('\n\n') if b.startswith('::')]
    check(len(blocks) == len(records), f'gift: {len(blocks)} questions')
    ids = {rec['id']: rec for rec in records}
    for b in blocks:
        m = re.match(r'::(q[0-9a-f]{16})::\[html\]((?:[^\\{]|\\.)*)\{((?:[^\\}]|\\.)*)\}$', b, re.S)
        check(m is not None, f'gift: cannot parse {b[:80]!r}')
        if not m:
            continue
        rec = ids[m.group(1)]
        check(from_html(gift_unescape(m.group(2))).startswith(visible(rec['text'])), f'gift text {b[:60]!r}')
        ans = gift_unescape(m.group(3))
        if ans.startswith('='):  # short answer: plain text, tabs as spaces
            got, want = ans[1:], visible(rec.get('answer')).replace('\t', ' ')
        else:
            got, want = (from_html(ans[4:]) if ans else ''), visible(rec.get('answer'))
        check(got == want, f'gift answer {ans!r} != {want!r}')


def check_markdown(qbank, src, records):
    text = export(qbank, src, '--to', 'markdown').decode()
    numbers = [int(n) for n in re.findall(r'^## (\d+)\. ', text, re.M)]
    check(numbers == list(range(1, len(records) + 1)), 'markdown: questions numbered 1..n')
    prose = re.sub(r'^(`{3,})\n.*?^\1\n', '', text, flags=re.S | re.M)  # code blocks show markup literally
    check('<script>' not in prose, 'markdown: raw <script> outside code blocks')
    check(len(re.findall(r'^(`{3,})\n', text, re.M)) == 2 * sum(1 for r in records if r.get('code')),
          'markdown: one fenced block per record with code')


def main():
    qbank, scratch, src = sys.argv[1], sys.argv[2], sys.argv[3]
    gen = os.path.join(scratch, 'generated.jsonl')
    write_jsonl(gen, make_records(300))
    for path in (src, gen):
        records = read_jsonl(path)
        check_delimited(qbank, path, records, 'csv', ',')
        check_delimited(qbank, path, records, 'tsv', '\t')
        check_anki(qbank, path, records)
        check_moodle(qbank, path, records)
        check_json(qbank, path, records)
        check_gift(qbank, path, records)
        check_markdown(qbank, path, records)
    print('export format checks:', 'FAILED %d' % len(FAILS) if FAILS else 'ok')
    return 1 if FAILS else 0


if __name__ == '__main__':
    sys.exit(main())
