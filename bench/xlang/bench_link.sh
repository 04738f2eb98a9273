#!/usr/bin/env bash
# Times qbank dedup with and without --link-languages on a generated bank and prints wall, CPU and peak RSS
# (fastest of QBANK_BENCH_REPEAT runs, default 3), and whether the merges are unchanged by linking.
# Usage: bench/xlang/bench_link.sh [BUILD_DIR] [RECORDS]   (defaults: build, 1000000)
set -eu
build=${1:-build}
n=${2:-1000000}
repeat=${QBANK_BENCH_REPEAT:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$build/bin/qbank-gen" records "$n" "$tmp/c.jsonl" "$tmp/t.tsv" >/dev/null
run() {  # label, args...: prints the fastest "wall cpu rss" of the repeats
  local label=$1 best=""
  shift
  for _ in $(seq "$repeat"); do
    /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$build/bin/qbank" dedup "$@" "$tmp/c.jsonl" -o "$tmp/$label.jsonl" 2>/dev/null
    read -r wall user sys rss <"$tmp/time"
    cpu=$(echo "$user + $sys" | bc)
    if [ -z "$best" ] || [ "$(echo "$wall < ${best%% *}" | bc)" = 1 ]; then best="$wall $cpu $((rss / 1024))"; fi
  done
  echo "$label $best"
}
plain=$(run plain)
linked=$(run linked --link-languages)
echo "case wall_s cpu_s peak_rss_mb"
echo "$plain"
echo "$linked"
read -r _ pw pc _ <<<"$plain"
read -r _ lw lc _ <<<"$linked"
echo "linking adds $(echo "scale=1; 100 * ($lw - $pw) / $pw" | bc)% wall, $(echo "scale=1; 100 * ($lc - $pc) / $pc" | bc)% CPU"
sed 's/,"translations":\[[^]]*\]//' "$tmp/linked.jsonl" | cmp -s - "$tmp/plain.jsonl" && echo "merges and ids unchanged by linking" \
  || echo "OUTPUT DIFFERS beyond translations"
