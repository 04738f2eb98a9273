#!/usr/bin/env bash
# The manual page qbank.1 the build writes beside bin/: it renders without groff warnings and lists every verb
# and every option that --help lists, with the help footers; the install rules put it in man1.
set -u
QBANK=$1; SOURCE=$3
fail() { echo "FAIL: $*"; exit 1; }
page="$(dirname "$QBANK")/../man/qbank.1"
[ -f "$page" ] || fail "the build wrote no $page (target qbank-man)"
cmp -s "$page" <("$QBANK" --man) || fail "$page differs from qbank --man (stale page)"
warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
[ -z "$warnings" ] || fail "groff warns: $warnings"
text=$(MANWIDTH=200 man -l "$page" 2>/dev/null) || fail "man cannot render $page"
for verb in $("$QBANK" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NF>1 {print $1}'); do
  echo "$text" | grep -q "^   $verb\$" || fail "no section for $verb"
  for opt in $("$QBANK" help "$verb" | grep -oE '^ +(-[a-zA-Z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+'); do
    echo "$text" | grep -qE -- "^ +(-[a-zA-Z], )?$opt( |\$)" || fail "$verb: $opt is not in the page"
  done
done
echo "$text" | grep -qF "qbank tag --add sql --match '(?i)\\bjoin\\b' bank.jsonl" || fail "examples lost their backslashes"
grep -q 'qbank.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1' "$SOURCE/cmake/QbankInstall.cmake" || fail "qbank.1 is not installed"
echo "ok: qbank.1"
