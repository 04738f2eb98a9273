#!/usr/bin/env bash
# `.apkg` exports read back by a real client: Mnemosyne's Anki importer (Debian package mnemosyne, driven
# through its mnemosyne.script interface) imports the adversarial records and the review set whole, within a
# time limit (it is killed after it, never waited on: live Anki markup once made it hang), and every imported
# field equals the package's note field. Skipped (exit 77) where Mnemosyne is not installed.
# usage: test_export_mnemosyne.sh QBANK_BINARY SHARED_DIR SOURCE_DIR
set -u
QBANK=$1 SOURCE=$3
fail() { echo "FAIL: $*"; exit 1; }
py=""
for p in /usr/bin/python3 python3; do
  if command -v "$p" >/dev/null && "$p" -c 'import mnemosyne.script' 2>/dev/null; then py=$p; break; fi
done
if [ -z "$py" ]; then
  echo "skip: Mnemosyne is not installed (Debian package mnemosyne; scripts/setup installs it where it can)"
  exit 77
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
export HOME=$tmp QT_QPA_PLATFORM=offscreen  # Mnemosyne keeps its settings under HOME; no display is needed.

"$QBANK" normalize -q "$SOURCE"/tests/cli/data/review/*.jsonl -o raw.jsonl || fail "normalize the review set"
"$QBANK" dedup -q raw.jsonl -o review.jsonl || fail "dedup the review set"
for name in adversarial review; do
  in=review.jsonl; [ $name = adversarial ] && in="$SOURCE/tests/cli/cases/export_data/adversarial.jsonl"
  "$QBANK" export -q --deck "Deck $name" -o $name.apkg "$in" 2>> export.log || fail "export $name.apkg: $(cat export.log)"
  mkdir -p "data-$name"
  # The importer runs in its own process, killed after 60 s; its facts are written as JSON.
  timeout -k 5 60 "$py" - "$tmp/$name.apkg" "$tmp/data-$name" > "$name.facts" 2> "$name.log" <<'PY'
import json, os, shutil, sys
from mnemosyne.script import Mnemosyne
apkg, data = sys.argv[1], sys.argv[2]
mn = Mnemosyne(data)
mn.main_widget().show_information = lambda *a, **k: None
anki2 = [f for f in mn.component_manager.all("file_format") if type(f).__name__ == "Anki2"][0]
copy = os.path.join(data, os.path.basename(apkg))
shutil.copy(apkg, copy)
anki2.do_import(copy)
db = mn.database()
facts = {}
for fact, key, value in db.con.execute("select _fact_id, key, value from data_for_fact"):
    facts.setdefault(str(fact), {})[key] = value
print(json.dumps({"cards": db.card_count(), "facts": list(facts.values())}))
mn.finalise()
PY
  rc=$?
  [ $rc = 124 ] || [ $rc = 137 ] && fail "Mnemosyne did not import $name.apkg within 60 s (killed)"
  [ $rc = 0 ] || fail "Mnemosyne failed on $name.apkg (exit $rc): $(tail -5 "$name.log")"
  python3 - "$name.apkg" "$name.facts" <<'PY' || fail "Mnemosyne's import of $name.apkg differs from the package"
import json, os, sqlite3, sys, tempfile, zipfile
apkg, facts = sys.argv[1], json.loads(open(sys.argv[2]).read().strip().splitlines()[-1])  # after the progress lines
d = tempfile.mkdtemp()
with zipfile.ZipFile(apkg) as z: z.extract('collection.anki2', d)
con = sqlite3.connect(os.path.join(d, 'collection.anki2'))
notes = [f.split('\x1f') for (f,) in con.execute('select flds from notes')]
cards = con.execute('select count(*) from cards').fetchone()[0]
want = sorted(json.dumps({str(i): v for i, v in enumerate(n) if v}, sort_keys=True) for n in notes)
got = sorted(json.dumps(f, sort_keys=True) for f in facts['facts'])
bad = []
if facts['cards'] != cards: bad.append('cards: Mnemosyne has %d, the package %d' % (facts['cards'], cards))
if len(got) != len(want): bad.append('notes: Mnemosyne has %d facts, the package %d notes' % (len(got), len(want)))
for g, w in zip(got, want):
    if g != w: bad.append('field mismatch: %s vs %s' % (g[:160], w[:160]))
if not any('&#91;sound:' in w or '&#123;&#123;' in w for w in want) and 'review' in apkg:
    bad.append('the review set has no Anki markup to import')
for b in bad[:10]: print('FAIL:', b)
sys.exit(1 if bad else 0)
PY
done
echo "ok: Mnemosyne imported both packages whole"
