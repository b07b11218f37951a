#!/usr/bin/env bash
# Benchmark: launch of `cpecwatch run` to its ready line, and five seed files dropped into the inbox to five
# stored rows. Each round uses a new data folder; prints every round and the median.
# Usage: bench/seeds-end-to-end.sh [rounds]   (builds the jar first if needed)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-5}"
seeds="$here/testkit/src/main/resources/seeds"
"$here/cpecwatch" --version > /dev/null

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }

starts=(); drops=()
for round in $(seq 1 "$rounds"); do
  work="$(mktemp -d)"
  mkdir -p "$work/inbox"
  t0=$(now)
  (cd "$work" && exec java -jar "$here/app/target/cpecwatch.jar" run > out.log 2> err.log) &
  pid=$!
  until grep -q '^ready in' "$work/out.log" 2>/dev/null; do sleep 0.05; done
  t1=$(now)
  for f in "$seeds"/*.txt; do cp "$f" "$work/inbox/.$(basename "$f").part"; mv "$work/inbox/.$(basename "$f").part" "$work/inbox/$(basename "$f")"; done
  t2=$(now)
  until [ "$(grep -c '^stored' "$work/out.log" 2>/dev/null)" -ge 5 ]; do sleep 0.05; done
  t3=$(now)
  kill -TERM "$pid"; wait "$pid" || true
  start=$(echo "$t1 - $t0" | bc); drop=$(echo "$t3 - $t2" | bc)
  starts+=("$start"); drops+=("$drop")
  printf 'round %d: launch to ready %.2f s, 5 seeds to 5 stored rows %.2f s\n' "$round" "$start" "$drop"
  rm -rf "$work"
done
printf 'median of %d: launch to ready %s s, 5 seeds to 5 stored rows %s s (1 s of it is the inbox minimum file age)\n' \
  "$rounds" "$(printf '%s\n' "${starts[@]}" | median)" "$(printf '%s\n' "${drops[@]}" | median)"
