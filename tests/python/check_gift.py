"""GIFT exports read back by real clients: every `qbank export --to gift` file parses whole with npm
gift-pegjs, which sees each question with its answer, and `qbank normalize` gives back every text and answer
(compared with whitespace runs collapsed and control characters dropped, as GIFT cannot carry them).

usage: check_gift.py QBANK_BINARY SCRATCH_DIR NODE_DIR INPUT.jsonl"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export_fixtures import make_records, read_jsonl, write_jsonl  # noqa: E402

FAILS = []


def check(cond, what):
    if not cond:
        FAILS.append(what)
        print('FAIL:', what)


def squash(s):
    s = ''.join(c if (ord(c) >= 0x20 and ord(c) != 0x7f) or c in '\t\n\r' else '' for c in (s or ''))
    return ' '.join(s.split())


def edge_records():
    """Answers that are blank, GIFT syntax, Anki or HTML markup, long and multi-line."""
    answers = [' ', '   ', '\t\n', '\x01', ' \x07 ', '#', '#hash', '=x', '~y', 'a -> b', 'ends with \\', '{}', '}{',
               '::t::', '// not a comment', 'TRUE', 'F', '3.14:0.01', '1..5', '<b>bold</b> &amp; <br> x',
               '{{c1::cloze}} [sound:x.mp3]', 'line one\nline two\n\nline four', '\n\nleading lines',
               'a long answer ' * 20, '####', 'x####y', '$CATEGORY: nope', '[html]not a tag', '  padded  ']
    out = []
    for i, a in enumerate(answers):
        text = 'Edge question %d about %s?' % (i, ''.join(ch for ch in a if ch.isalnum())[:10] or 'blanks')
        out.append({'id': 'q%016x' % (0xed6e0000 + i), 'text': text, 'lang': 'en', 'topic': None, 'tags': [],
                    'answer': a, 'code': None, 'sources': [{'file': 'edge.md', 'line': i + 1, 'raw': text}]})
    return out


def run(qbank, scratch, node_dir, name, records):
    src = os.path.join(scratch, name + '.jsonl')
    write_jsonl(src, records)
    gift = os.path.join(scratch, name + '.gift')
    subprocess.run([qbank, 'export', '--to', 'gift', '-o', gift, src], check=True)
    parsed = subprocess.run(['node', os.path.join(node_dir, 'parse_gift.mjs'), gift], capture_output=True, text=True)
    check(parsed.returncode == 0, f'{name}: gift-pegjs refuses the export: {parsed.stderr.strip()[:300]}')
    questions = [json.loads(line) for line in parsed.stdout.splitlines() if line.strip()]
    check(len(questions) == len(records), f'{name}: gift-pegjs sees {len(questions)} questions for {len(records)}')
    by_title = {q['title']: q for q in questions}
    for r in records:
        q = by_title.get(r['id'])
        if q is None:
            check(False, f'{name}: {r["id"]} missing in gift-pegjs output')
            continue
        has_answer = bool(squash(r.get('answer')))
        shown = bool(q['answers']) or bool(q['feedback'])
        check(shown == has_answer, f'{name}: {r["id"]}: answer {r.get("answer")!r} seen by gift-pegjs as {q!r}')
    out = subprocess.run([qbank, 'normalize', '--format', 'gift', gift], capture_output=True, text=True)
    check(out.returncode == 0, f'{name}: normalize failed: {out.stderr[:300]}')
    back = {}
    for line in out.stdout.splitlines():
        rec = json.loads(line)
        raw = rec['sources'][0]['raw']
        back[raw[2:raw.index('::', 2)]] = rec  # The title (the exported record's id) is kept in the raw source.
    answered = lost = 0
    for r in records:
        b = back.get(r['id'])
        if b is None:
            check(False, f'{name}: normalize lost question {r["id"]}')
            continue
        want = squash(r.get('answer'))
        answered += bool(want)
        if squash(b.get('answer')) != want:
            lost += bool(want)
            check(False, f'{name}: {r["id"]}: wrote answer {want!r}, normalize read back {b.get("answer")!r}')
    print(f'{name}: {len(records)} questions, gift-pegjs ok={parsed.returncode == 0}, '
          f'answers read back by normalize {answered - lost}/{answered}')


def main():
    qbank, scratch, node_dir, src = sys.argv[1:5]
    run(qbank, scratch, node_dir, 'adversarial', read_jsonl(src))
    run(qbank, scratch, node_dir, 'generated', make_records(300))
    run(qbank, scratch, node_dir, 'edge', edge_records())
    print('gift checks:', 'FAILED %d' % len(FAILS) if FAILS else 'ok')
    return 1 if FAILS else 0


if __name__ == '__main__':
    sys.exit(main())
