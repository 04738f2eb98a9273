"""Opens .apkg files written by `qbank export --to apkg` with Python's own sqlite3 and zipfile modules and
checks notes, cards, fields, decks, GUID stability, checksums and byte-for-byte reproducibility.

usage: check_apkg.py QBANK_BINARY SCRATCH_DIR INPUT.jsonl"""
import hashlib
import html
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export_fixtures import make_records, read_jsonl, write_jsonl  # noqa: E402

FAILS = []


def check(cond, what):
    if not cond:
        FAILS.append(what)
        print('FAIL:', what)


def export(qbank, src, dst, *flags, env=None):
    env = env or dict(os.environ, SOURCE_DATE_EPOCH='1704067200')
    subprocess.run([qbank, 'export', '--to', 'apkg', '-o', dst, *flags, src], check=True, env=env,
                   stderr=subprocess.DEVNULL)


def strip_html(s):
    """Anki's field stripping: tags removed, entities decoded."""
    return html.unescape(re.sub(r'<[^>]*>', '', s, flags=re.S))


def visible(s):
    """What survives HTML rendering of a plain string: control characters dropped, line ends unified."""
    s = s.replace('\r\n', '\n').replace('\r', '\n')
    return ''.join(c for c in s if c in '\t\n' or (ord(c) >= 0x20 and ord(c) != 0x7f))


def open_apkg(path, scratch):
    with zipfile.ZipFile(path) as z:
        check(z.namelist() == ['collection.anki2', 'media'], f'{path}: entries {z.namelist()}')
        check(json.loads(z.read('media')) == {}, f'{path}: media map is not {{}}')
        db = os.path.join(scratch, os.path.basename(path) + '.anki2')
        with open(db, 'wb') as f:
            f.write(z.read('collection.anki2'))
    return sqlite3.connect(db)


def check_schema(con, deck, reversed_):
    names = {r[0] for r in con.execute("select name from sqlite_master")}
    for t in ['col', 'notes', 'cards', 'revlog', 'graves', 'ix_notes_csum', 'ix_cards_nid', 'ix_cards_sched']:
        check(t in names, f'missing table/index {t}')
    (ver, models, decks, dconf, conf) = con.execute("select ver, models, decks, dconf, conf from col").fetchone()
    check(ver == 11, f'col.ver {ver}')
    models, decks, dconf, conf = (json.loads(x) for x in (models, decks, dconf, conf))
    check(len(models) == 1, 'one note type expected')
    model = next(iter(models.values()))
    check([f['name'] for f in model['flds']] == ['Front', 'Back', 'Topic', 'Source', 'Add Reverse', 'Translations'],
          'fields Front, Back, Topic, Source, Add Reverse, Translations')
    check(len(model['tmpls']) == 2, 'template count (the reverse card depends on Add Reverse)')
    check(str(model['id']) in models, 'model keyed by its id')
    deck_names = {d['name']: int(k) for k, d in decks.items()}
    check(deck in deck_names and 'Default' in deck_names, f'decks {list(deck_names)}')
    check('1' in dconf, 'dconf 1')
    return model, deck_names


def check_notes(con, records, model, deck_names, deck, subdecks, reversed_):
    notes = con.execute("select id, guid, mid, tags, flds, sfld, csum from notes order by id").fetchall()
    check(len(notes) == len(records), f'{len(notes)} notes for {len(records)} records')
    by_guid = {}
    for rec, (nid, guid, mid, tags, flds, sfld, csum) in zip(records, notes):
        by_guid[guid] = nid
        check(guid == rec['id'], f'guid {guid} != id {rec["id"]}')
        check(mid == model['id'], 'note mid')
        fields = flds.split('\x1f')
        check(len(fields) == 6, f'{guid}: {len(fields)} fields')
        front, back, topic_f, source_f, reverse_f, translations_f = fields
        check(translations_f == '', f'{guid}: Translations {translations_f!r} without --with-translations')
        check('<script>' not in flds, f'{guid}: raw <script> in fields')
        check(strip_html(front).startswith(visible(rec['text'])), f'{guid}: front {front!r}')
        expect_back = visible(rec.get('answer') or '')
        check(html.unescape(back.replace('<br>', '\n')) == expect_back, f'{guid}: back {back!r} != {expect_back!r}')
        if rec.get('code'):
            check('<pre><code>' in front, f'{guid}: code block missing')
        stripped = strip_html(front)
        check(str(sfld) == stripped, f'{guid}: sfld {sfld!r}')
        check(csum == int(hashlib.sha1(stripped.encode()).hexdigest()[:8], 16), f'{guid}: csum')
        check(sorted(tags.split()) == sorted(rec['tags']), f'{guid}: tags {tags!r}')
        check(html.unescape(topic_f.replace('<br>', '\n')) == visible(rec.get('topic') or ''), f'{guid}: topic {topic_f!r}')
        want_sources = [visible(f"{s['file']}:{s['line']}") for s in rec.get('sources', [])]
        check(html.unescape(source_f).split('<br>') == want_sources if want_sources else source_f == '',
              f'{guid}: source {source_f!r}')
        check(bool(reverse_f) == bool(reversed_ and expect_back), f'{guid}: Add Reverse {reverse_f!r}')
        for markup in ('{{', '}}', '[sound:', '[latex]', '\\('):
            check(markup not in front and markup not in back, f'{guid}: live Anki markup {markup!r}')
        cards = con.execute("select ord, did, type, queue from cards where nid=? order by ord", (nid,)).fetchall()
        want = 2 if reversed_ and expect_back else 1
        check(len(cards) == want, f'{guid}: {len(cards)} cards, want {want}')
        topic = ' '.join((rec.get('topic') or '').split())
        want_deck = deck + '::' + topic if subdecks and topic else deck
        check(all(c[1] == deck_names.get(want_deck) for c in cards), f'{guid}: deck, want {want_deck}')
    return by_guid


def run(qbank, scratch, src):
    records = read_jsonl(src)
    a, b = os.path.join(scratch, 'a.apkg'), os.path.join(scratch, 'b.apkg')
    export(qbank, src, a, '--deck', 'Interview')
    env = dict(os.environ, TZ='Asia/Tokyo', SOURCE_DATE_EPOCH='1704067200')
    export(qbank, src, b, '--deck', 'Interview', env=env)
    check(open(a, 'rb').read() == open(b, 'rb').read(), 'two exports of the same input differ')
    con = open_apkg(a, scratch)
    model, decks = check_schema(con, 'Interview', False)
    first = check_notes(con, records, model, decks, 'Interview', False, False)

    c = os.path.join(scratch, 'c.apkg')
    export(qbank, src, c, '--deck', 'Interview', '--subdecks', '--reversed',
           env=dict(os.environ, SOURCE_DATE_EPOCH='1750000000'))
    con = open_apkg(c, scratch)
    model, decks = check_schema(con, 'Interview', True)
    check_notes(con, records, model, decks, 'Interview', True, True)

    edited = [dict(r) for r in records]
    for r in edited:
        r['answer'] = (r.get('answer') or '') + ' (edited)'
    src2 = os.path.join(scratch, 'edited.jsonl')
    write_jsonl(src2, list(reversed(edited)))
    d = os.path.join(scratch, 'd.apkg')
    export(qbank, src2, d, '--deck', 'Interview')
    con = open_apkg(d, scratch)
    guids = {g for (g,) in con.execute("select guid from notes")}
    check(guids == set(first), 'GUIDs changed after editing answers and reordering')

    # Without SOURCE_DATE_EPOCH every modification time is the current time, so Anki updates known notes;
    # the note type is the same with and without --reversed.
    env = {k: v for k, v in os.environ.items() if k != 'SOURCE_DATE_EPOCH'}
    e, f = os.path.join(scratch, 'e.apkg'), os.path.join(scratch, 'f.apkg')
    before = int(time.time())
    export(qbank, src, e, '--deck', 'Interview', env=env)
    export(qbank, src, f, '--deck', 'Interview', '--reversed', env=env)
    after = int(time.time())
    mids = set()
    for path in (e, f):
        con = open_apkg(path, scratch)
        mods = {m for (m,) in con.execute("select mod from notes")}
        check(all(before <= m <= after for m in mods), f'{path}: note mod {sorted(mods)[:3]} not now')
        models = json.loads(con.execute("select models from col").fetchone()[0])
        check(all(before <= m['mod'] <= after for m in models.values()), f'{path}: note type mod not now')
        mids |= {m for (m,) in con.execute("select distinct mid from notes")}
    check(len(mids) == 1, f'--reversed changes the note type id: {mids}')


def main():
    qbank, scratch, src = sys.argv[1], sys.argv[2], sys.argv[3]
    run(qbank, scratch, src)
    gen = os.path.join(scratch, 'generated.jsonl')
    write_jsonl(gen, make_records(300))
    run(qbank, scratch, gen)
    markup = os.path.join(scratch, 'markup.jsonl')
    texts = ['{{c1::cloze}} [sound:x.mp3] [latex]x[/latex]', 'Show \\(x^2\\) and \\[y\\]', '{{FrontSide}}']
    write_jsonl(markup, [{'id': 'q%016x' % i, 'text': t, 'lang': 'en', 'topic': '{{Topic}}', 'tags': [], 'code': None,
                          'answer': '{{FrontSide}} [sound:y.ogg]', 'sources': [{'file': 'm.md', 'line': i + 1, 'raw': t}]}
                         for i, t in enumerate(texts)])
    run(qbank, scratch, markup)
    print('apkg checks:', 'FAILED %d' % len(FAILS) if FAILS else 'ok')
    return 1 if FAILS else 0


if __name__ == '__main__':
    sys.exit(main())
