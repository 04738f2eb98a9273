#!/usr/bin/env python3
"""Scores cross-language pairs with `qbank dedup --link-languages`: each pair is linked on its own (two
records in), and the script counts the `link` pairs linked and the `nolink` pairs (look-alikes) linked wrongly.

Pairs are JSONL lines {label: link|nolink, a, lang_a, b, lang_b} (the shape of gold/xlang_dev_pairs.jsonl).
Usage: bench/xlang/score_pairs.py QBANK PAIRS.jsonl [-v] [--by-lang]   (-v: print every miss and wrong link with
evidence; --by-lang: also print the counts per language pair, English first)
"""
import hashlib
import json
import subprocess
import sys


def record(text, lang, line):
    rid = 'q' + hashlib.sha1((lang + '\n' + text).encode()).hexdigest()[:16]
    return {'id': rid, 'text': text, 'lang': lang, 'topic': None, 'tags': [], 'answer': None, 'code': None,
            'sources': [{'file': 'pairs.jsonl', 'line': line, 'raw': text, 'format': 'text'}]}


def linked(qbank, pair, line):
    recs = [record(pair['a'], pair['lang_a'], line), record(pair['b'], pair['lang_b'], line)]
    data = ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)
    run = subprocess.run([qbank, 'dedup', '--link-languages', '--explain', '-q'], input=data.encode(),
                         capture_output=True, check=True)
    out = [json.loads(l) for l in run.stdout.decode().splitlines() if l.strip()]
    evidence = [l for l in run.stderr.decode().splitlines() if l.startswith('link ')]
    return any(r.get('translations') for r in out), evidence


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    qbank, path, verbose, by_lang = sys.argv[1], sys.argv[2], '-v' in sys.argv[3:], '--by-lang' in sys.argv[3:]
    pairs = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    links = hits = nolinks = wrong = 0
    per = {}  # language pair -> [linked, translations, wrong, look-alikes]
    for n, p in enumerate(pairs, 1):
        got, evidence = linked(qbank, p, n)
        langs = sorted([p['lang_a'], p['lang_b']], key=lambda l: (l != 'en', l))
        c = per.setdefault('-'.join(langs), [0, 0, 0, 0])
        c[0 if p['label'] == 'link' else 2] += got
        c[1 if p['label'] == 'link' else 3] += 1
        if p['label'] == 'link':
            links += 1
            hits += got
            if not got and verbose:
                print(f"miss  {p['lang_a']}-{p['lang_b']}: {p['a']} | {p['b']}")
        else:
            nolinks += 1
            wrong += got
            if got and verbose:
                print(f"WRONG {p['lang_a']}-{p['lang_b']}: {p['a']} | {p['b']}\n      {evidence}")
    if by_lang:
        for k in sorted(per, key=lambda k: (not k.startswith('en-'), k)):
            c = per[k]
            print(f"{k}\tlinked {c[0]} of {c[1]}\twrong {c[2]} of {c[3]}")
    print(f"linked {hits} of {links} translations ({100.0 * hits / max(links, 1):.0f}%); "
          f"wrong links {wrong} of {nolinks} look-alikes")


if __name__ == '__main__':
    main()
