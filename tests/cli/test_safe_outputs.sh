#!/usr/bin/env bash
# Outputs (-o, --rejected, --clusters, apkg): a symlink is written through to its target, devices, FIFOs and
# inherited descriptors (/dev/stdout, /dev/stderr, /dev/fd/N, >(...)) are written in place, '-' is stdout and
# refused for a second stream there, an empty path is a usage error, and no temporary file survives an error
# or a SIGINT, SIGTERM or SIGHUP.
set -u
set -m  # Background runs get job control, so SIGINT keeps its default action in them.
QBANK=$1; SOURCE=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cd "$tmp" || exit 1
cp "$SOURCE/tests/cli/data/valid.jsonl" bank.jsonl
printf "# Concurrency\n\n1. What is a mutex?\n2. What is RAII in C++?\n\n---\n" > raw.md
"$QBANK" normalize raw.md -o expect.jsonl --rejected expect.rej 2>/dev/null || fail "normalize raw.md"
[ -s expect.jsonl ] && [ -s expect.rej ] || fail "the sample gives records and a rejected line"
no_temps() { # The folder (and TMPDIR) holds no temporary output file.
  local left; left=$(find "$tmp" -name '*.tmp-*' -o -name '*.anki2-*' -o -name 'qbank-apkg*' | head -3)
  [ -z "$left" ] || fail "$1 left temporary files: $left"
}

# Symlinks: the target gets the content, the link stays a link (relative and absolute, chained, dangling).
mkdir -p real links
echo old > real/target.jsonl
ln -s ../real/target.jsonl links/rel.jsonl
ln -s "$tmp/links/rel.jsonl" chain.jsonl
"$QBANK" normalize raw.md -o chain.jsonl --rejected links/rej.jsonl 2>/dev/null || fail "-o through a symlink chain"
[ -L chain.jsonl ] && [ -L links/rel.jsonl ] || fail "-o replaced a symlink by a file"
cmp -s real/target.jsonl expect.jsonl || fail "-o through a symlink did not write the target"
ln -s ../real/new.jsonl links/dangling.jsonl
"$QBANK" normalize raw.md -o links/dangling.jsonl 2>/dev/null || fail "-o through a dangling symlink"
[ -L links/dangling.jsonl ] && cmp -s real/new.jsonl expect.jsonl || fail "a dangling symlink's target was not created"
chmod 600 real/target.jsonl
"$QBANK" filter bank.jsonl -o chain.jsonl 2>/dev/null || fail "filter -o through a symlink"
cmp -s real/target.jsonl bank.jsonl || fail "filter -o through a symlink did not write the target"
[ "$(stat -c %a real/target.jsonl)" = 600 ] || fail "rewriting a file changed its mode"
echo x > real/rej
ln -s ../real/rej links/rej-link
"$QBANK" dedup bank.jsonl -o links/dedup-out --clusters links/rej-link 2>/dev/null || fail "dedup --clusters through a symlink"
[ -L links/rej-link ] && grep -q '"members"' real/rej || fail "--clusters through a symlink did not write the target"
ln -s ../real/deck.apkg links/deck.apkg
"$QBANK" export --to apkg bank.jsonl -o links/deck.apkg 2>/dev/null || fail "apkg through a symlink"
[ -L links/deck.apkg ] && [ "$(head -c 2 real/deck.apkg)" = PK ] || fail "apkg through a symlink did not write the target"
no_temps "symlink outputs"

# Devices, pipes and descriptors are written in place and never replaced.
[ "$("$QBANK" normalize raw.md -o /dev/stdout 2>/dev/null | cat)" = "$(cat expect.jsonl)" ] || fail "-o /dev/stdout into a pipe"
"$QBANK" normalize raw.md -o /dev/stdout > redirected.jsonl 2>/dev/null || fail "-o /dev/stdout redirected to a file"
cmp -s redirected.jsonl expect.jsonl || fail "-o /dev/stdout redirected to a file"
{ echo first; "$QBANK" normalize raw.md -o /dev/fd/1 2>/dev/null; } > appended.jsonl
[ "$(head -1 appended.jsonl)" = first ] && [ "$(tail -n +2 appended.jsonl)" = "$(cat expect.jsonl)" ] ||
  fail "-o /dev/fd/1 did not continue the shell's output"
ln -s /proc/self/fd/2 errlink
for err in /dev/stderr errlink; do  # /dev/stderr itself only where it is the usual link (never clobber a file).
  [ "$err" = /dev/stderr ] && [ ! -L /dev/stderr ] && continue
  "$QBANK" normalize -q raw.md --rejected $err -o out.jsonl 2> err.txt || fail "--rejected $err"
  cmp -s out.jsonl expect.jsonl && cmp -s err.txt expect.rej || fail "--rejected $err wrote elsewhere"
  [ -L $err ] || fail "--rejected $err replaced the link"
done
"$QBANK" normalize raw.md --rejected /dev/fd/3 -o /dev/null 3> fd3.txt 2>/dev/null || fail "--rejected /dev/fd/3"
cmp -s fd3.txt expect.rej || fail "--rejected /dev/fd/3 did not reach descriptor 3"
[ -c /dev/null ] || fail "/dev/null was replaced"
"$QBANK" normalize raw.md -o >(cat > subst.jsonl) 2>/dev/null || fail "-o >(...)"
for i in $(seq 50); do cmp -s subst.jsonl expect.jsonl && break; sleep 0.1; done
cmp -s subst.jsonl expect.jsonl || fail "-o >(...) lost the records"
mkfifo fifo
cat fifo > from-fifo.jsonl & reader=$!
"$QBANK" normalize raw.md -o fifo 2>/dev/null || fail "-o FIFO"
wait $reader
[ -p fifo ] && cmp -s from-fifo.jsonl expect.jsonl || fail "-o FIFO was replaced or lost the records"
[ "$("$QBANK" export --to apkg bank.jsonl -o /dev/stdout 2>/dev/null | head -c 2)" = PK ] || fail "apkg to /dev/stdout"
no_temps "device outputs"

# '-' is stdout; a second stream there, and an empty path, are usage errors that write nothing.
[ "$("$QBANK" normalize raw.md -o - 2>/dev/null)" = "$(cat expect.jsonl)" ] || fail "-o - is stdout"
"$QBANK" normalize raw.md -o out2.jsonl --rejected - > rej-stdout.txt 2>/dev/null || fail "--rejected - with -o FILE"
cmp -s rej-stdout.txt expect.rej || fail "--rejected - did not write stdout"
rc_of() { "$QBANK" "$@" > stdout.txt 2> stderr.txt; echo $?; }
for args in "normalize raw.md --rejected -" "normalize raw.md -o - --rejected -" "dedup bank.jsonl --clusters -" \
            "normalize raw.md -o" "normalize raw.md --rejected" "dedup bank.jsonl --clusters" "filter bank.jsonl -o" \
            "export --to csv bank.jsonl -o" "tag bank.jsonl -o" "merge bank.jsonl -o"; do
  # shellcheck disable=SC2086
  case "$args" in *-) rc=$(rc_of $args) ;; *) rc=$(rc_of $args '') ;; esac
  [ "$rc" = 2 ] || fail "qbank $args ${args##*-[a-z]} '': exit $rc, expected 2"
  [ ! -s stdout.txt ] || fail "qbank $args: refused but wrote stdout"
  [ -s stderr.txt ] || fail "qbank $args: refused without a message"
done
no_temps "usage errors"

# Error paths: a failing run leaves neither the output nor a temporary file.
printf '{"id":' > broken.jsonl
"$QBANK" filter bank.jsonl broken.jsonl -o err-out.jsonl 2>/dev/null && fail "filter of a broken file succeeded"
"$QBANK" dedup bank.jsonl broken.jsonl -o err-out.jsonl --clusters err-c.jsonl 2>/dev/null && fail "dedup of a broken file"
"$QBANK" normalize raw.md missing.txt -o err-out.jsonl --rejected err-r.jsonl 2>/dev/null && fail "normalize of a missing file"
[ ! -e err-out.jsonl ] && [ ! -e err-c.jsonl ] && [ ! -e err-r.jsonl ] || fail "a failed run left an output"
no_temps "failed runs"

# Signals: a run killed while its temporary files exist leaves none of them (and no output).
killed_run() { # SIGNAL DESCRIPTION COMMAND...: starts the command, waits for a temporary file, kills it.
  local sig=$1 what=$2; shift 2
  "$@" 2>/dev/null & local pid=$!
  for i in $(seq 100); do
    [ -n "$(find "$tmp" -name '*.tmp-*' -o -name 'qbank-apkg*' | head -1)" ] && break
    sleep 0.05
  done
  [ -n "$(find "$tmp" -name '*.tmp-*' -o -name 'qbank-apkg*' | head -1)" ] || fail "$what: no temporary file seen"
  kill -"$sig" $pid
  wait $pid
  local rc=$?
  [ $rc -gt 128 ] || fail "$what: killed by SIG$sig but exited $rc"
  no_temps "$what killed by SIG$sig"
}
mkfifo stalled
for sig in INT TERM HUP; do
  # The input FIFO has no writer, so the run waits with its outputs open.
  killed_run $sig "normalize" "$QBANK" normalize stalled -o sig.jsonl --rejected sig-r.jsonl
  # The records output is a FIFO without a reader, so dedup waits after creating the clusters file.
  killed_run $sig "dedup" "$QBANK" dedup bank.jsonl -o stalled --clusters sig-c.jsonl
  # apkg to a FIFO builds its package in TMPDIR, then waits for a reader.
  TMPDIR=$tmp killed_run $sig "export apkg" "$QBANK" export --to apkg bank.jsonl -o stalled
  [ ! -e sig.jsonl ] && [ ! -e sig-c.jsonl ] && [ ! -e sig-r.jsonl ] || fail "a killed run left an output"
done

# A large run killed mid-way (the generator sits beside qbank when the benchmarks are built).
GEN=$(dirname "$QBANK")/qbank-gen
if [ -x "$GEN" ]; then
  "$GEN" raw 50000000 big.txt >/dev/null || fail "qbank-gen raw"
  killed_run INT "normalize of 50 MB" "$QBANK" normalize big.txt -o big.jsonl
  [ ! -e big.jsonl ] || fail "a killed normalize left its output"
  rm -f big.txt
fi
echo "safe outputs: ok"
