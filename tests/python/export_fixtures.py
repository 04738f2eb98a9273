"""Random adversarial question records for the export checks (seeded, so runs are repeatable)."""
import json
import random

PIECES = ['"', ',', ';', '\t', '\n', '\r\n', '<script>alert(1)</script>', ']]>', '=', '+', '-', '@', '#', '{', '}',
          '~', ':', '\\', '&amp;', '&', '🚀', '😀', 'שלום', 'مرحبا', 'Привет', '问题', '`', '```', '*', '_', '|',
          '\u200f', '[', ']', "'", ' ', 'word', 'text', 'x1f\x1f', '\x07']


def rand_text(rng, lo=1, hi=8, oneline=False):
    parts = [rng.choice(PIECES) for _ in range(rng.randint(lo, hi))]
    s = ''.join(parts)
    if oneline:
        s = ' '.join(s.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ').split())
    if not s.strip():
        s = 'q ' + s
    return s


def make_records(n, seed=8):
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text = rand_text(rng, oneline=True).replace('\x1f', '').replace('\x07', '') or 'q'
        rec = {
            'id': 'q%016x' % rng.getrandbits(64),
            'text': text,
            'lang': rng.choice(['en', 'ar', 'he', 'und']),
            'topic': rng.choice([None, 'Basics', 'Net/Work', 'شبكات', '# Hash']),
            'tags': sorted({rng.choice(['a', 'b::c', 'x-y', 'tag"q', 'ü']) for _ in range(rng.randint(0, 3))}),
            'answer': rng.choice([None, rand_text(rng), rand_text(rng, 1, 2, True)]),
            'code': rng.choice([None, None, rand_text(rng)]),
            'sources': [{'file': 'gen.md', 'line': i + 1, 'raw': text}],
        }
        out.append(rec)
    return out


def write_jsonl(path, records):
    with open(path, 'w', encoding='utf-8') as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


def read_jsonl(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]
