#!/usr/bin/env bash
# The README's path for adding to a bank and updating an Anki deck: bank v1 -> .apkg -> add a file with
# `merge --against` -> bank v2 -> .apkg. Read with Python's sqlite3, the second package keeps every old
# note's GUID, has newer modification times where a note changed, one note type, and no duplicates.
# Also: the format follows the -o extension, a contradicting --to is refused, empty backs and repeated ids
# (exact duplicates, which would share a GUID) are counted.
set -u
QBANK=$1; SOURCE=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
data="$SOURCE/tests/cli/data/bank_update"
cd "$tmp" || exit 1

"$QBANK" normalize "$data/v1.txt" 2>/dev/null | "$QBANK" dedup -o v1.jsonl 2>/dev/null || fail "bank v1"
SOURCE_DATE_EPOCH=1704067200 "$QBANK" export --deck Interview -o v1.apkg v1.jsonl 2> v1.err || fail "export v1.apkg"
"$QBANK" normalize "$data/add.txt" -o add.jsonl 2>/dev/null || fail "normalize the new file"
"$QBANK" merge --against v1.jsonl add.jsonl --dedup -o v2.jsonl 2>/dev/null || fail "merge --against"
"$QBANK" export --deck Interview -o v2.apkg v2.jsonl 2> v2.err || fail "export v2.apkg"
# The order of the new records never matters either.
tac add.jsonl > add-reversed.jsonl
"$QBANK" merge --against v1.jsonl add-reversed.jsonl --dedup -o v2r.jsonl 2>/dev/null || fail "merge --against (reversed)"
cmp -s <(sed 's/add-reversed/add/g' v2r.jsonl) v2.jsonl || fail "merge --against depends on the order of the new records"

python3 - v1.jsonl v2.jsonl v1.apkg v2.apkg <<'PY' || fail "package checks"
import json, sqlite3, sys, tempfile, zipfile, os
v1, v2 = ([json.loads(l) for l in open(p)] for p in sys.argv[1:3])
def notes(path):
    d = tempfile.mkdtemp()
    with zipfile.ZipFile(path) as z:
        z.extract('collection.anki2', d)
    con = sqlite3.connect(os.path.join(d, 'collection.anki2'))
    rows = {g: (m, f, mid) for g, m, f, mid in con.execute('select guid, mod, flds, mid from notes')}
    models = json.loads(con.execute('select models from col').fetchone()[0])
    return rows, models, con.execute('select count(*) from notes').fetchone()[0]
n1, m1, c1 = notes(sys.argv[3])
n2, m2, c2 = notes(sys.argv[4])
bad = []
ids1 = {r['id'] for r in v1}
if not ids1 <= {r['id'] for r in v2}: bad.append('bank v2 lost or renamed ids of v1: %s' % (ids1 - {r['id'] for r in v2}))
if len(v2) <= len(v1): bad.append('nothing new was added')
if set(n1) != ids1: bad.append('v1 GUIDs are not the record ids')
missing = set(n1) - set(n2)
if missing: bad.append('old notes lost their GUIDs: %s' % missing)
if c2 != len(n2): bad.append('duplicate GUIDs in v2.apkg')
fronts = [f.split('\x1f')[0] for (_, f, _) in n2.values()]
if len(set(fronts)) != len(fronts): bad.append('duplicate notes (same front) in v2.apkg')
changed = [g for g in n1 if n1[g][1] != n2[g][1]]
if not changed: bad.append('no old note changed, so the update path is not exercised')
stale = [g for g in changed if not n2[g][0] > n1[g][0]]
if stale: bad.append('changed notes without a newer modification time: %s' % stale)
if list(m1) != list(m2) or {mid for (_, _, mid) in n2.values()} != {int(k) for k in m2}: bad.append('note type differs')
if not next(iter(m2.values()))['mod'] > next(iter(m1.values()))['mod']: bad.append('note type mod not newer')
for b in bad: print('FAIL:', b)
sys.exit(1 if bad else 0)
PY

# Empty backs: a warning with the count (v1 has records without an answer).
empty=$(python3 -c 'import json,sys; print(sum(1 for l in open(sys.argv[1]) if not (json.loads(l).get("answer") or "").strip()))' v1.jsonl)
[ "$empty" -gt 0 ] || fail "the sample bank has no record without an answer"
grep -q "warning: $empty of $(wc -l < v1.jsonl) notes have an empty back" v1.err || fail "no empty-back warning: $(cat v1.err)"
"$QBANK" export -o v1.anki.txt --to anki v1.jsonl 2> t.err || fail "export --to anki"
grep -q "warning: $empty of" t.err || fail "no empty-back warning for Anki text"
"$QBANK" export -q --to csv -o v1.csv v1.jsonl 2> c.err || fail "export csv"
[ ! -s c.err ] || fail "CSV export warned: $(cat c.err)"

# The format follows the -o extension; --to may agree with it and is refused when it contradicts it.
for ext in csv tsv md gift xml json jsonl; do
  "$QBANK" export -o "out.$ext" v1.jsonl 2>/dev/null || fail "export -o out.$ext without --to"
done
[ "$(head -c 2 v2.apkg)" = PK ] || fail "-o v2.apkg without --to did not write a package"
head -1 out.csv | grep -q '^id,text,answer' || fail "out.csv is not CSV"
grep -q '^## 1\. ' out.md || fail "out.md is not Markdown"
head -c 1 out.json | grep -q '\[' || fail "out.json is not a JSON array"
"$QBANK" export --to apkg -o upper.APKG v1.jsonl 2>/dev/null && [ "$(head -c 2 upper.APKG)" = PK ] || fail "--to apkg -o x.APKG"
for args in "--to anki -o deck.apkg" "--to csv -o deck.json" "--to apkg -o deck.csv" "-o deck.txt" "-o deck"; do
  # shellcheck disable=SC2086
  "$QBANK" export $args v1.jsonl > out.txt 2> err.txt; rc=$?
  [ "$rc" = 2 ] || fail "export $args: exit $rc, expected 2"
  [ -s err.txt ] && [ ! -s out.txt ] || fail "export $args: no message, or output written"
  [ ! -e deck.apkg ] && [ ! -e deck.json ] && [ ! -e deck.csv ] || fail "export $args wrote a file"
done
grep -q "contradicts" <("$QBANK" export --to anki -o deck.apkg v1.jsonl 2>&1) || fail "no contradiction message"

# Exact duplicates share an id, so their notes would share a GUID: export says how many, the bank has none.
{ cat v1.jsonl; head -3 v1.jsonl; } > dup.jsonl
"$QBANK" export -o dup.apkg dup.jsonl 2> dup.err || fail "export dup.apkg"
grep -q "warning: 3 of $(wc -l < dup.jsonl) notes repeat the id (GUID) of an earlier one" dup.err ||
  fail "no repeated-GUID warning: $(cat dup.err)"
grep -q "repeat the id" v1.err v2.err && fail "a deduplicated bank warned of repeated ids"
echo "anki updates: ok"
