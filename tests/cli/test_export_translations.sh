#!/usr/bin/env bash
# export --with-translations on a bank linked by dedup --link-languages: the CSV translations column, the
# Markdown list, and the apkg Translations field of the one note type (read with Python's sqlite3: same note
# type id with and without the option, the field filled only with it); stdin and pipes are refused because
# the linked texts are read before the records are written.
set -u
QBANK=$1; SOURCE=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cd "$tmp" || exit 1
"$QBANK" dedup -q --link-languages "$SOURCE/tests/cli/data/xlang_mixed.jsonl" -o bank.jsonl || fail "dedup --link-languages"
grep -q '"translations":\["' bank.jsonl || fail "no links in the bank"

"$QBANK" export -q --to csv --columns id,text --with-translations -o bank.csv bank.jsonl || fail "export csv"
head -1 bank.csv | grep -qx 'id,text,translations' || fail "csv header: $(head -1 bank.csv)"
grep -q '^q00000000000000a1,What is a closure?,"ru: Что такое замыкание?$' bank.csv || fail "csv translations cell"
"$QBANK" export -q --to markdown --with-translations -o bank.md bank.jsonl || fail "export markdown"
grep -q '^- zh: 什么是闭包？$' bank.md || fail "markdown list"
"$QBANK" export -q --to markdown -o plain.md bank.jsonl || fail "export markdown without translations"
grep -q 'Translations:' plain.md && fail "translations listed without --with-translations"
"$QBANK" export -q --to csv --with-translations < bank.jsonl > /dev/null 2> stdin.err && fail "stdin accepted"
grep -q 'name the input files' stdin.err || fail "stdin error: $(cat stdin.err)"
# A pipe named as a file reads once too: refused, never an export of no records.
"$QBANK" export -q --to csv --with-translations <(cat bank.jsonl) > pipe.csv 2> pipe.err && fail "pipe accepted: $(wc -l < pipe.csv) lines"
grep -q 'regular file' pipe.err || fail "pipe error: $(cat pipe.err)"
mkfifo fifo.jsonl
timeout 20 "$QBANK" export -q --to markdown --with-translations fifo.jsonl > fifo.md 2> fifo.err && fail "fifo accepted"
grep -q 'fifo.jsonl is a pipe' fifo.err || fail "fifo error: $(cat fifo.err)"

SOURCE_DATE_EPOCH=1704067200 "$QBANK" export -q --with-translations -o with.apkg bank.jsonl || fail "export apkg"
SOURCE_DATE_EPOCH=1704067200 "$QBANK" export -q -o without.apkg bank.jsonl || fail "export apkg without"
python3 - with.apkg without.apkg <<'PY' || fail "package checks"
import json, os, sqlite3, sys, tempfile, zipfile
def read(path):
    d = tempfile.mkdtemp()
    with zipfile.ZipFile(path) as z:
        z.extract('collection.anki2', d)
    con = sqlite3.connect(os.path.join(d, 'collection.anki2'))
    models = json.loads(con.execute('select models from col').fetchone()[0])
    notes = {g: (mid, f.split('\x1f')) for g, mid, f in con.execute('select guid, mid, flds from notes')}
    return models, notes
mw, nw = read(sys.argv[1])
mo, no = read(sys.argv[2])
bad = []
if list(mw) != list(mo) or len(mw) != 1: bad.append('note type ids differ: %s / %s' % (list(mw), list(mo)))
model = next(iter(mw.values()))
names = [f['name'] for f in model['flds']]
if names[-1] != 'Translations': bad.append('fields: %s' % names)
if '{{Translations}}' not in model['tmpls'][0]['afmt']: bad.append('the back template does not show Translations')
en = nw['q00000000000000a1'][1]
if len(en) != len(names): bad.append('field count %d for %d fields' % (len(en), len(names)))
if en[-1] != 'ru: Что такое замыкание?<br>zh: 什么是闭包？': bad.append('Translations field: %r' % en[-1])
if any(f[-1] for _, f in no.values()): bad.append('Translations filled without --with-translations')
for b in bad: print(b)
sys.exit(1 if bad else 0)
PY
echo ok
