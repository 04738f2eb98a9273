#!/usr/bin/env bash
# normalize reads a large input from standard input piece by piece as it reads the same file: the records
# (file name aside), rejected lines and errors are those of the file, for CSV, Markdown and JSON Lines, and
# invalid UTF-8 late in the input names its line.
set -u
QBANK=$1
# shellcheck source=robust_common.bash
source "$(dirname "$0")/robust_common.bash"

python3 - "$tmp" <<'PY'
import sys
tmp = sys.argv[1]
with open(tmp + "/big.csv", "w", encoding="utf-8") as f:
    f.write("Pergunta,Resposta,Tema\n")
    for i in range(60000):
        f.write(f'Como funciona o passo {i}?,"Lê a linha {i}, depois\nescreve ""fim"".",Parte {i // 5000}\n')
with open(tmp + "/big.md", "w", encoding="utf-8") as f:
    f.write("# Perguntas\n\n")
    for i in range(60000):
        if i % 1000 == 0:
            f.write(f"\n## Secção {i // 1000}\n\n")
        f.write(f"{i % 1000 + 1}. O que faz o comando {i}?\n   Ele mostra o estado {i}.\n")
with open(tmp + "/big.jsonl", "w", encoding="utf-8") as f:
    for i in range(90000):
        f.write('{"pergunta": "Qual é o valor %d?", "resposta": "É %d."}\n' % (i, i))
PY

for name in big.csv big.md big.jsonl; do
  run_verb normalize "$tmp/$name" -o "$tmp/file.jsonl" --rejected "$tmp/file.rej"
  expect_rc "$name/file" 0 || continue
  RUN_TIMEOUT=120 timeout 120 "$QBANK" normalize - -o "$tmp/stdin.jsonl" --rejected "$tmp/stdin.rej" \
    <"$tmp/$name" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  [ "$rc" = 0 ] || { fail "$name/stdin: exit $rc"; continue; }
  [ "$(wc -l <"$tmp/file.jsonl")" -gt 50000 ] || fail "$name: too few records from the file"
  strip() { sed -E 's/"file":"[^"]*"//g' "$1"; }
  cmp -s <(strip "$tmp/file.jsonl") <(strip "$tmp/stdin.jsonl") || fail "$name: stdin records differ from the file's"
  cmp -s <(strip "$tmp/file.rej") <(strip "$tmp/stdin.rej") || fail "$name: stdin rejected lines differ from the file's"
done

# Invalid UTF-8 near the end of standard input: a data error naming its line, no output file.
{ cat "$tmp/big.md"; printf 'Qual \xff falha?\n'; } >"$tmp/bad.md"
line=$(wc -l <"$tmp/bad.md")
timeout 120 "$QBANK" normalize - -o "$tmp/bad.jsonl" <"$tmp/bad.md" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" = 1 ] || fail "bad.md/stdin: exit $rc, expected 1"
grep -q -- "-:$line: invalid UTF-8" "$tmp/err" || fail "bad.md/stdin: no '-:$line: invalid UTF-8' on stderr: $(head -c 300 "$tmp/err")"
[ ! -e "$tmp/bad.jsonl" ] || fail "bad.md/stdin: an output file was left behind"

[ "$failures" = 0 ] && echo "ok: stdin read in pieces as the file" || exit 1
