#!/usr/bin/env bash
# Every verb on bad paths: a missing file, a directory, an unreadable file, an output in a missing
# directory, -o naming an input (also through another spelling or a hard link). Each must exit with the
# documented code and a message naming the path, leave no partial output, and never touch an input or an
# existing output file.
set -u
QBANK=$1; SOURCE=$3
# shellcheck source=robust_common.bash
source "$(dirname "$0")/robust_common.bash"
valid="$tmp/valid.jsonl"
cp "$SOURCE/tests/cli/data/valid.jsonl" "$valid"
WRITERS=(normalize dedup filter merge tag export stats)  # validate has no -o

for verb in "${ALL_VERBS[@]}"; do
  # A missing file: data error naming it; an existing output file keeps its old content.
  echo OLD >"$tmp/keep.out"
  if [ "$verb" = validate ]; then run_verb validate "$tmp/no/such.jsonl"
  else run_verb "$verb" "$tmp/no/such.jsonl" -o "$tmp/keep.out"; fi
  expect_rc "missing/$verb" 1 && expect_err "missing/$verb" "$tmp/no/such.jsonl" "No such file"
  [ "$(cat "$tmp/keep.out")" = OLD ] || fail "missing/$verb: a failed run replaced the existing output"

  # A directory as input: usage error naming it.
  run_verb "$verb" "$tmp"
  expect_rc "directory/$verb" 2 && expect_err "directory/$verb" "$tmp: is a directory"

  # An unreadable file: data error naming it (root reads anything, so the case is skipped there).
  cp "$valid" "$tmp/locked.jsonl"
  chmod 000 "$tmp/locked.jsonl"
  if cat "$tmp/locked.jsonl" >/dev/null 2>&1; then
    [ "$verb" = normalize ] && echo "skip: unreadable file (running as $(id -un), chmod 000 does not block reads)"
  else
    run_verb "$verb" "$tmp/locked.jsonl"
    expect_rc "unreadable/$verb" 1 && expect_err "unreadable/$verb" "locked.jsonl" "Permission denied"
  fi
  chmod 644 "$tmp/locked.jsonl"
done

for verb in "${WRITERS[@]}"; do
  # An output path in a missing directory: data error naming the path; the directory is not created.
  run_verb "$verb" "$valid" -o "$tmp/missing-dir/sub/out"
  expect_rc "missing_output_dir/$verb" 1 && expect_err "missing_output_dir/$verb" "$tmp/missing-dir/sub/out"
  [ -e "$tmp/missing-dir" ] && fail "missing_output_dir/$verb: created the missing directory"

  # An output that is a directory: refused, nothing written inside it.
  mkdir -p "$tmp/outdir"
  run_verb "$verb" "$valid" -o "$tmp/outdir"
  expect_rc "output_is_directory/$verb" 1 2 && expect_err "output_is_directory/$verb" "$tmp/outdir"
  [ -z "$(ls -A "$tmp/outdir")" ] || fail "output_is_directory/$verb: wrote into the directory"

  # -o equal to an input, spelled the same, spelled differently, or a hard link: usage error, input intact.
  cp "$valid" "$tmp/in.jsonl"
  ln -f "$tmp/in.jsonl" "$tmp/link.jsonl"
  for spelling in "$tmp/in.jsonl" "$tmp/./in.jsonl" "$tmp/link.jsonl"; do
    run_verb "$verb" "$valid" "$tmp/in.jsonl" -o "$spelling"
    expect_rc "output_is_input/$verb ($spelling)" 2 && expect_err "output_is_input/$verb" "is also an input"
    cmp -s "$tmp/in.jsonl" "$valid" || { fail "output_is_input/$verb: the input changed"; cp "$valid" "$tmp/in.jsonl"; }
  done
  ls -A "$tmp" | grep -q 'tmp-' && fail "output_is_input/$verb: a temporary file was left"

  # A failed run (second input missing) leaves neither a new file nor a temporary one, and keeps an old one.
  run_verb "$verb" "$valid" "$tmp/absent.jsonl" -o "$tmp/new.out"
  expect_rc "late_failure/$verb" 1 && expect_no_output "late_failure/$verb" "$tmp/new.out"
  echo OLD >"$tmp/old.out"
  run_verb "$verb" "$valid" "$tmp/absent.jsonl" -o "$tmp/old.out"
  [ "$(cat "$tmp/old.out")" = OLD ] || fail "late_failure/$verb: the existing output was replaced or truncated"
  ls -A "$tmp" | grep -q 'tmp-' && fail "late_failure/$verb: a temporary file was left"

  # The same run to a fresh file succeeds and replaces an existing output atomically.
  run_verb "$verb" "$valid" -o "$tmp/old.out"
  expect_rc "ok/$verb" 0 && [ "$(cat "$tmp/old.out")" != OLD ] || fail "ok/$verb: -o did not replace the old file"
done

# A full disk on stdout: every verb says the write failed and exits 1, validate too (its violations would be
# lost while its exit code still looked like "some found").
printf '{"id":"q1","text":"What?","sources":[]}\n' >"$tmp/invalid.jsonl"
for verb in "${ALL_VERBS[@]}"; do
  file=$valid
  [ "$verb" = validate ] && file=$tmp/invalid.jsonl
  [ "$verb" = normalize ] && { printf 'What is a socket?\n' >"$tmp/full.txt"; file=$tmp/full.txt; }
  # shellcheck disable=SC2086  # VERB_ARGS holds several words on purpose.
  timeout -k 5 "$RUN_TIMEOUT" "$QBANK" ${VERB_ARGS[$verb]} "$file" >/dev/full 2>"$tmp/err" </dev/null
  rc=$?
  expect_rc "full_stdout/$verb" 1 && expect_err "full_stdout/$verb" "write failed"
done
for args in "--help" "--version" "help dedup" "filter --help" "--completion bash"; do
  # shellcheck disable=SC2086  # args holds several words on purpose.
  timeout -k 5 "$RUN_TIMEOUT" "$QBANK" $args >/dev/full 2>"$tmp/err" </dev/null
  rc=$?
  expect_rc "full_stdout/$args" 1 && expect_err "full_stdout/$args" "stdout: write failed"
done

# A missing second input on a streaming verb that has already written records must not leave a file.
run_verb filter "$valid" "$valid" "$tmp/absent.jsonl" -o "$tmp/stream.out"
expect_rc "late_failure/stream" 1 && expect_no_output "late_failure/stream" "$tmp/stream.out"

# Side outputs (--rejected, --clusters) may not name an input, the --against bank or -o either.
cp "$valid" "$tmp/in.jsonl"
printf 'What is a socket?\n' >"$tmp/raw.txt"
cp "$tmp/raw.txt" "$tmp/raw.orig"
for args in "normalize $tmp/raw.txt --rejected $tmp/raw.txt" "normalize $tmp/raw.txt --rejected $tmp/./raw.txt -o $tmp/n.out" \
            "normalize $tmp/raw.txt --rejected $tmp/n.out -o $tmp/n.out" "dedup $tmp/in.jsonl --clusters $tmp/in.jsonl" \
            "dedup $tmp/in.jsonl --clusters $tmp/d.out -o $tmp/d.out" \
            "dedup $valid --against $tmp/in.jsonl --clusters $tmp/in.jsonl"; do
  # shellcheck disable=SC2086  # args holds several words on purpose.
  run $args
  expect_rc "side_output ($args)" 2 && expect_err "side_output ($args)" "choose another path"
  cmp -s "$tmp/raw.txt" "$tmp/raw.orig" || { fail "side_output ($args): an input changed"; cp "$tmp/raw.orig" "$tmp/raw.txt"; }
  cmp -s "$tmp/in.jsonl" "$valid" || { fail "side_output ($args): an input changed"; cp "$valid" "$tmp/in.jsonl"; }
  [ -e "$tmp/n.out" ] || [ -e "$tmp/d.out" ] && fail "side_output ($args): wrote an output"
done

finish test_robust_files
