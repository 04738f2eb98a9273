#!/usr/bin/env python3
"""Scores `qbank dedup` on free-standing pairs, each pair deduplicated on its own, per category and language.

usage: score_pairs_by_lang.py QBANK_BIN PAIRS.jsonl [--guess] [--verbose]
Pairs are {category, label: dup|distinct, lang, a, b}. Records carry the pair's `lang`, or with --guess the
language ../shared/tools/score_pairs.py would give them (Cyrillic ru, ¿¡ñ es, äöüß de, else en). Prints right
counts per category and per language, the wrong pairs with --verbose, and a TOTAL line; exits 1 on any wrong."""
import collections, json, os, subprocess, sys, tempfile

args = [a for a in sys.argv[1:] if not a.startswith('--')]
guess, verbose = '--guess' in sys.argv, '--verbose' in sys.argv
qbank, pairs_path = args


def guessed(t):
    """The language score_pairs.py gives a free-standing text."""
    if any('\u0400' <= c <= '\u04ff' for c in t): return 'ru'
    if any(c in t for c in '¿¡ñ'): return 'es'
    if any(c in t for c in 'äöüß') or t.startswith('Wie '): return 'de'
    return 'en'


by_cat, by_lang, wrong = collections.defaultdict(lambda: [0, 0]), collections.defaultdict(lambda: [0, 0]), []
dup, distinct = [0, 0], [0, 0]
with tempfile.TemporaryDirectory() as td:
    for i, line in enumerate(open(pairs_path, encoding='utf-8')):
        p = json.loads(line)
        path = os.path.join(td, 'pair.jsonl')
        with open(path, 'w', encoding='utf-8') as f:
            for n, t in enumerate((p['a'], p['b']), 1):
                f.write(json.dumps({'id': f'q{n:016x}', 'text': t, 'lang': guessed(t) if guess else p['lang'],
                                    'topic': None, 'tags': [], 'answer': None, 'code': None,
                                    'sources': [{'file': 'pairs.txt', 'line': n, 'raw': t}]}, ensure_ascii=False) + '\n')
        r = subprocess.run([qbank, 'dedup', path], capture_output=True, text=True, timeout=60)
        if r.returncode:
            sys.exit(f'dedup failed on pair {i}: {r.stderr[-300:]}')
        merged = len([x for x in r.stdout.splitlines() if x.strip()]) == 1
        ok = merged == (p['label'] == 'dup')
        for table, key in ((by_cat, (p['category'], p['label'])), (by_lang, p['lang'])):
            table[key][0] += 1
            table[key][1] += ok
        tally = dup if p['label'] == 'dup' else distinct
        tally[0] += 1
        tally[1] += ok
        if not ok:
            wrong.append(f"  {p['category']:15} {p['lang']} {'merged' if merged else 'kept apart'}: {p['a']!r} / {p['b']!r}")
for k in sorted(by_cat):
    print(f'{k[0]:16} {k[1]:8} {by_cat[k][1]}/{by_cat[k][0]} right')
print('by language: ' + ', '.join(f'{k} {v[1]}/{v[0]}' for k, v in sorted(by_lang.items())))
if verbose:
    print('\n'.join(wrong))
print(f'TOTAL dup recall {dup[1]}/{dup[0]} | distinct pairs merged {distinct[0] - distinct[1]}/{distinct[0]}')
sys.exit(0 if not wrong else 1)
