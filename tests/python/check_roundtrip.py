"""Round trips: `qbank export --to csv|anki|moodle-xml` then `qbank normalize` must give back the same texts,
answers and tags (compared with whitespace runs collapsed, as normalize collapses them in texts); Moodle XML,
which files records by topic, also gives back their code and choices, in topic order.

usage: check_roundtrip.py QBANK_BINARY SCRATCH_DIR INPUT.jsonl"""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export_fixtures import read_jsonl, write_jsonl  # noqa: E402


def squash(s):
    return ' '.join((s or '').split())


def key(rec):
    tags = sorted(t for t in re.split(r'[\s;,]+', ' '.join(rec.get('tags') or [])) if t)
    return squash(rec['text']), squash(rec.get('answer')), tags


def normalize(qbank, path, fmt, *extra):
    out = subprocess.run([qbank, 'normalize', '--format', fmt, *extra, path], capture_output=True)
    if out.returncode != 0:
        print(f'normalize --format {fmt} {path} failed (rc {out.returncode}):', out.stderr.decode()[:500])
        return None
    return [json.loads(line) for line in out.stdout.decode().splitlines() if line.strip()]


def compare(name, records, got):
    if got is None:
        return 1
    want = [key(r) for r in records]
    have = [key(r) for r in got]
    bad = 0
    if len(want) != len(have):
        print(f'{name}: {len(have)} records back for {len(want)}')
        bad += 1
    for w, h in zip(want, have):
        if w != h:
            print(f'{name}: sent {w!r}\n{" " * len(name)}  got  {h!r}')
            bad += 1
    return bad


def main():
    qbank, scratch, src = sys.argv[1], sys.argv[2], sys.argv[3]
    records = [r for r in read_jsonl(src) if not r.get('code') and not r.get('choices')]
    plain = os.path.join(scratch, 'plain.jsonl')
    write_jsonl(plain, records)
    csv_path = os.path.join(scratch, 'bank.csv')
    subprocess.run([qbank, 'export', '--to', 'csv', '--raw', '--columns', 'text,answer,tags', '-o', csv_path, plain],
                   check=True)
    bad = compare('csv', records, normalize(qbank, csv_path, 'csv', '--column', 'text=text,answer=answer,tags=tags'))
    anki_path = os.path.join(scratch, 'bank.txt')
    subprocess.run([qbank, 'export', '--to', 'anki', '-o', anki_path, plain], check=True)
    bad += compare('anki', records, normalize(qbank, anki_path, 'tsv'))
    every = [r for r in read_jsonl(src) if squash(r['text'])]
    full = os.path.join(scratch, 'full.jsonl')
    write_jsonl(full, every)
    xml_path = os.path.join(scratch, 'bank.xml')
    subprocess.run([qbank, 'export', '--to', 'moodle-xml', '-o', xml_path, full], check=True)
    got = normalize(qbank, xml_path, 'moodle-xml')
    def rich(rec):
        code = (rec.get('code') or '').strip('\n') or None
        return key(rec) + (code, [squash(c) for c in rec.get('choices') or []])
    if got is None or sorted(map(rich, got)) != sorted(map(rich, every)):
        want, have = sorted(map(rich, every)), sorted(map(rich, got or []))
        print('moodle-xml: records differ;', len(have), 'back for', len(want))
        for w, h in zip(want, have):
            if w != h:
                print(f'moodle-xml: sent {w!r}\n            got  {h!r}')
                break
        bad += 1
    print('round trips:', 'FAILED' if bad else 'ok')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
