#!/usr/bin/env python3
"""Scores `qbank dedup` on labelled pairs, each pair deduplicated on its own (two records in, one or two out).

usage: score_dedup_pairs.py QBANK_BIN SHARED_DIR FILE...
FILE is a pair file of SHARED_DIR/gold in one of its three shapes:
  {category, label: dup|distinct, a, b}              free-standing texts (dedup_hard_dev_pairs.jsonl)
  {label: dup|distinct|xlang, a: {source, line}, ...} seed questions, read with their code from gold/seeds
  {label: link|nolink, a, lang_a, b, lang_b}         two languages: never one record (xlang_dev_pairs.jsonl)
Prints per-label counts and every wrong pair; exits 1 when any pair is wrong."""
import collections, glob, json, os, subprocess, sys, tempfile

qbank, shared, files = sys.argv[1], sys.argv[2], sys.argv[3:]


def guess_lang(t):
    """The language score_pairs.py gives a free-standing text."""
    if any('\u0400' <= c <= '\u04ff' for c in t): return 'ru'
    if any(c in t for c in '¿¡ñ'): return 'es'
    if any(c in t for c in 'äöüß') or t.startswith('Wie '): return 'de'
    return 'en'


seeds = {}
for path in glob.glob(os.path.join(shared, 'gold', 'seeds', '*.gold.jsonl')):
    for line in open(path, encoding='utf-8'):
        g = json.loads(line)
        seeds[(g['source'], g['line'])] = g


def record(n, text, lang, code=None):
    return {'id': f'q{n:016x}', 'text': text, 'lang': lang, 'topic': None, 'tags': [], 'answer': None,
            'code': code, 'sources': [{'file': 'pairs.txt', 'line': n, 'raw': text}]}


def sides(p):
    """The two records of a pair and whether they must become one."""
    if isinstance(p['a'], dict):
        out = []
        for n, side in enumerate((p['a'], p['b']), 1):
            g = seeds[(side['source'], side['line'])]
            out.append(record(n, g['text'], g.get('lang') or guess_lang(g['text']), g.get('code')))
        return out, p['label'] == 'dup'
    if 'lang_a' in p:
        return [record(1, p['a'], p['lang_a']), record(2, p['b'], p['lang_b'])], False
    return [record(1, p['a'], guess_lang(p['a'])), record(2, p['b'], guess_lang(p['b']))], p['label'] == 'dup'


wrong, tally = [], collections.Counter()
with tempfile.TemporaryDirectory() as td:
    for name in files:
        for i, line in enumerate(open(os.path.join(shared, 'gold', name), encoding='utf-8')):
            p = json.loads(line)
            recs, must_merge = sides(p)
            path = os.path.join(td, 'pair.jsonl')
            with open(path, 'w', encoding='utf-8') as f:
                for r in recs: f.write(json.dumps(r, ensure_ascii=False) + '\n')
            r = subprocess.run([qbank, 'dedup', '--explain-all', path], capture_output=True, text=True, timeout=60)
            if r.returncode != 0:
                sys.exit(f'{name}:{i + 1}: qbank dedup failed: {r.stderr[-300:]}')
            merged = len([x for x in r.stdout.splitlines() if x.strip()]) == 1
            key = f"{name} {p.get('category', p['label'])} {p['label']}"
            tally[key, merged == must_merge] += 1
            if merged != must_merge:
                why = [x for x in r.stderr.splitlines() if x.startswith(('merge', 'apart'))]
                wrong.append(f"{name}:{i + 1} {p['label']} {'merged' if merged else 'kept apart'}: "
                             f"{recs[0]['text']!r} / {recs[1]['text']!r} {why}")
for key in sorted({k for k, _ in tally}):
    print(f'{key}: {tally[key, True]}/{tally[key, True] + tally[key, False]} right')
print('\n'.join(wrong))
print(f'{sum(v for (k, ok), v in tally.items() if ok)} right, {len(wrong)} wrong')
sys.exit(1 if wrong else 0)
