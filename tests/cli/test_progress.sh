#!/usr/bin/env bash
# Progress on stderr: a run over two seconds on a terminal shows "qbank VERB: working, N s" and clears it
# before the summary; -q, a stderr that is not a terminal, and a short run show none. `script` provides the
# terminal; the input arrives after a pause so the run lasts long enough whatever the machine's speed.
set -u
QBANK=$1; SOURCE=$3
data="$SOURCE/tests/cli/data/valid.jsonl"
fail() { echo "FAIL: $*"; exit 1; }
command -v script >/dev/null || fail "script (util-linux) is not installed"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
slow="(sleep 3.3; cat '$data')"

script -qec "$slow | '$QBANK' filter -o /dev/null" /dev/null > "$tmp/tty" 2>&1
grep -qF "qbank filter: working, 2 s" "$tmp/tty" || fail "no progress line on a terminal: $(od -c "$tmp/tty" | head -5)"
grep -qF $'\r\033[Kqbank filter: 1 file, 3 records read' "$tmp/tty" || fail "the progress line is not cleared before the summary"

script -qec "$slow | '$QBANK' filter -q -o /dev/null" /dev/null > "$tmp/quiet" 2>&1
[ ! -s "$tmp/quiet" ] || fail "-q still prints: $(od -c "$tmp/quiet" | head -3)"

eval "$slow" | "$QBANK" filter -o /dev/null 2> "$tmp/file"
grep -q "working" "$tmp/file" && fail "progress written to a stderr that is not a terminal"
grep -qF "qbank filter: 1 file, 3 records read" "$tmp/file" || fail "summary missing: $(cat "$tmp/file")"

script -qec "'$QBANK' filter -o /dev/null '$data'" /dev/null > "$tmp/fast" 2>&1
grep -q "working" "$tmp/fast" && fail "a short run shows progress"
echo "ok: progress on a terminal only, after two seconds, silenced by -q"
