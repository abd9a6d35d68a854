#!/usr/bin/env bash
# Fuzz every reader one after another for SECONDS each (default 600, the issue's minimum) and print the table that
# docs/quality.md records: duration, executions, executions per second, corpus size, edges, crashes and hangs.
#
#   scripts/fuzz-all.sh [SECONDS] [TARGET...]
#
# Rebuilds and re-instruments the harness first, so the run fuzzes the code of this tree. Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}; shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(indicator-framework performance-target evaluation portfolio portfolio-stream rule-set working-day-calendar cli)
work=${FUZZ_WORK:-/tmp/bp-fuzz}
rm -f "$work/out/.instrumented"
for t in "${targets[@]}"; do
  bash scripts/fuzz.sh "$t" "$seconds"
done
echo
echo "| target | duration | executions | exec/s | corpus | edges | crashes | hangs |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for t in "${targets[@]}"; do
  stats="$work/$t/findings/default/fuzzer_stats"
  get() { sed -n "s/^$1 *: *//p" "$stats"; }
  crashes=$(find "$work/$t/findings" -path '*crashes/id*' -type f | wc -l)
  hangs=$(find "$work/$t/findings" -path '*hangs/id*' -type f | wc -l)
  printf '| %s | %s s | %s | %s | %s | %s | %s | %s |\n' "$t" "$(get run_time)" "$(get execs_done)" "$(get execs_per_sec)" \
    "$(get corpus_count)" "$(get edges_found)" "$crashes" "$hangs"
done
