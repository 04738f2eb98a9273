#!/usr/bin/env bash
# Completion scripts for bash, zsh and fish: each shell runs the script and completes verbs, options and the
# values of --to, --format, --lang and --by; a shell that is not installed fails the test (scripts/setup).
set -u
QBANK=$1
fail() { echo "FAIL: $*"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for sh in bash zsh fish; do
  command -v $sh >/dev/null || fail "$sh is not installed (run scripts/setup)"
  "$QBANK" --completion $sh > "$tmp/qbank.$sh" || fail "--completion $sh exited $?"
  $sh -n "$tmp/qbank.$sh" || fail "the $sh script does not parse"
done
"$QBANK" --completion tcsh 2>"$tmp/err"; rc=$?
[ $rc = 2 ] || fail "--completion tcsh: rc $rc"
grep -qF "qbank: error: --completion supports: bash, zsh, fish (not 'tcsh')" "$tmp/err" || fail "tcsh message: $(cat "$tmp/err")"

# Each function prints the candidates for a command line whose last word is being completed.
bash_complete() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _qbank; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$tmp/qbank.bash" "$@" | sort | tr '\n' ' '
}
zsh_complete() {
  zsh -c 'compdef() { :; }; compadd() { [[ $1 == -- ]] && shift; printf "%s\n" "$@"; }; _files() { :; }
          source "$1"; shift; words=("$@"); CURRENT=$#; _qbank' _ "$tmp/qbank.zsh" "$@" \
    | grep -- "^${@: -1}" | sort | tr '\n' ' '
}
fish_complete() {
  fish -c 'source $argv[1]; complete -C "$argv[2]"' "$tmp/qbank.fish" "$*" | cut -f1 | sort | tr '\n' ' '
}
check() {  # check SHELL EXPECTED WORD...
  local sh=$1 want=$2; shift 2
  local got; got=$(${sh}_complete "$@")
  [ "$got" = "$want" ] || fail "$sh: qbank ${*}: got '$got', want '$want'"
}
for sh in bash zsh fish; do
  check $sh "normalize " qbank normal
  check $sh "markdown moodle-xml " qbank export --to m
  check $sh "csv " qbank export --to cs
  check $sh "gift " qbank normalize --format gi
  check $sh "ru " qbank filter --lang ru
  check $sh "words " qbank sort --by wo
  check $sh "--has-answer --has-code " qbank filter --has
  check $sh "filter " qbank help fil
  check $sh "sample " qbank sam
  check $sh "--review " qbank dedup --rev
  check $sh "--seed --size " qbank sample --s
done
echo "ok: completion for bash, zsh and fish"
