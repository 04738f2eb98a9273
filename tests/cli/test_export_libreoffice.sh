#!/usr/bin/env bash
# CSV exports survive a LibreOffice round trip: headless LibreOffice Calc (Debian libreoffice-calc-nogui)
# opens the CSV with its default import settings and saves it as CSV again; every cell of the adversarial,
# generated and review-set records comes back equal (line breaks inside a cell come back as LF, which is
# how Calc stores them). Calc runs with a private profile and is killed after 120 s, never waited on.
# Skipped (exit 77) where LibreOffice is not installed.
# usage: test_export_libreoffice.sh QBANK_BINARY SHARED_DIR SOURCE_DIR
set -u
QBANK=$1 SOURCE=$3
fail() { echo "FAIL: $*"; exit 1; }
soffice=$(command -v soffice || command -v libreoffice || true)
if [ -z "$soffice" ]; then
  echo "skip: LibreOffice is not installed (Debian package libreoffice-calc-nogui; scripts/setup installs it where it can)"
  exit 77
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
export HOME=$tmp
"$QBANK" normalize -q "$SOURCE"/tests/cli/data/review/*.jsonl -o review.jsonl || fail "normalize the review set"
python3 -c "
import sys; sys.path.insert(0, '$SOURCE/tests/python')
from export_fixtures import make_records, write_jsonl
write_jsonl('generated.jsonl', make_records(300))" || fail "generate records"
cp "$SOURCE/tests/cli/cases/export_data/adversarial.jsonl" adversarial.jsonl
for name in adversarial generated review; do
  "$QBANK" export -q --to csv -o $name.csv $name.jsonl || fail "export $name.csv"
done
# Import: comma, double quote, UTF-8, from line 1, default column types and import options.
timeout -k 5 120 "$soffice" --headless --norestore -env:UserInstallation="file://$tmp/profile" \
  --infilter="CSV:44,34,76,1,,0,false,false" \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false' \
  --outdir out adversarial.csv generated.csv review.csv > lo.log 2>&1
rc=$?
[ $rc = 124 ] || [ $rc = 137 ] && fail "LibreOffice did not finish within 120 s (killed)"
[ $rc = 0 ] || fail "LibreOffice failed (exit $rc): $(tail -3 lo.log)"
python3 - adversarial generated review <<'PY' || fail "the CSV changed in LibreOffice"
import csv, sys
bad = []
for name in sys.argv[1:]:
    a = list(csv.reader(open(name + '.csv', newline='', encoding='utf-8')))
    try:
        b = list(csv.reader(open('out/' + name + '.csv', newline='', encoding='utf-8')))
    except FileNotFoundError:
        bad.append(name + ': LibreOffice wrote nothing')
        continue
    if len(a) != len(b): bad.append('%s: %d rows became %d' % (name, len(a), len(b)))
    for i, (x, y) in enumerate(zip(a, b)):
        x = [c.replace('\r\n', '\n').replace('\r', '\n') for c in x]
        if x != y: bad.append('%s row %d: %r became %r' % (name, i + 1, x, y))
    if len(a) < 10: bad.append(name + ': too few rows to mean anything')
for b in bad[:10]: print('FAIL:', b)
sys.exit(1 if bad else 0)
PY
echo "ok: CSV survives a LibreOffice round trip"
