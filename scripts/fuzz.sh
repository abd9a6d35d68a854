#!/usr/bin/env bash
# Fuzz one reader with AFL++ and SharpFuzz (see tests/BudgetPerformance.Fuzz/README.md). Not part of CI.
#
#   scripts/fuzz.sh TARGET [SECONDS]      e.g. scripts/fuzz.sh evaluation 600
#
# Publishes the harness to $FUZZ_WORK/out (default /tmp/bp-fuzz), instruments the two libraries and bpm with the SharpFuzz.CommandLine
# tool (local tool manifest), builds a seed corpus from docs/json/examples, the bad-document corpus of the JSON tests and the
# regression inputs, and runs afl-fuzz for SECONDS (default 600). Crashes land in $FUZZ_WORK/TARGET/findings/default/crashes.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
target=${1:?usage: scripts/fuzz.sh TARGET [SECONDS]}
seconds=${2:-600}
work=${FUZZ_WORK:-/tmp/bp-fuzz}
command -v afl-fuzz >/dev/null || { echo "afl-fuzz is missing: apt-get update && apt-get install -y afl++" >&2; exit 1; }

if [ ! -f "$work/out/.instrumented" ]; then
  rm -rf "$work/out"
  dotnet tool restore >/dev/null
  dotnet publish tests/BudgetPerformance.Fuzz -c Release -o "$work/out" >/dev/null
  for lib in BudgetPerformance.Domain BudgetPerformance.Scoring bpm; do
    dotnet tool run sharpfuzz "$work/out/$lib.dll"
  done
  touch "$work/out/.instrumented"
fi

seeds="$work/$target/seeds"
rm -rf "$seeds"; mkdir -p "$seeds"
case "$target" in
  indicator-framework) cp docs/json/examples/indicator-framework.json "$seeds/" ;;
  performance-target) cp docs/json/examples/performance-target.json "$seeds/" ;;
  evaluation) cp docs/json/examples/evaluation*.json "$seeds/" ;;
  portfolio|portfolio-stream) cp docs/json/examples/portfolio.json "$seeds/" ;;
  rule-set) cp docs/json/examples/rule-set.json "$seeds/"; cp src/BudgetPerformance.Json/Presets/*.json "$seeds/" ;;
  working-day-calendar) ;;
  cli) cp docs/json/examples/*.json "$seeds/"; cp src/BudgetPerformance.Json/Presets/*.json "$seeds/" ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac
cp tests/BudgetPerformance.Fuzz/Seeds/"$target"/* "$seeds/" 2>/dev/null || true
if [ "$target" != working-day-calendar ]; then
  for f in tests/BudgetPerformance.Json.Tests/Corpus/*.json; do cp "$f" "$seeds/corpus-$(basename "$f")"; done
fi
for f in tests/BudgetPerformance.Reliability.Tests/Regressions/"$target"/*; do
  case "$f" in *.expected) ;; *) [ -f "$f" ] && cp "$f" "$seeds/regression-$(basename "$f")" ;; esac
done

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
rm -rf "$work/$target/findings"; mkdir -p "$work/$target/findings"   # a fresh run each time: the figures are this run's
# -t: a reader must finish within 10 s per input (a hang is a bug); -m none: the .NET runtime reserves much virtual memory.
afl-fuzz -V "$seconds" -t 10000 -m none -i "$seeds" -o "$work/$target/findings" -x tests/BudgetPerformance.Fuzz/json.dict \
  -- dotnet "$work/out/BudgetPerformance.Fuzz.dll" "$target" afl || true
crashes=$(find "$work/$target/findings" -path '*crashes/id*' -type f | wc -l)
hangs=$(find "$work/$target/findings" -path '*hangs/id*' -type f | wc -l)
echo "fuzz $target: ${seconds}s, crashes $crashes, hangs $hangs (findings: $work/$target/findings)"
