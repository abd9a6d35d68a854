#!/usr/bin/env bash
# Scale check (not in CI: too slow for two cores). Writes a portfolio of N self-evaluations (default 1,000,000) with
# `bpm sample --evaluations N`, then runs `bpm score FILE --format json` over it — the portfolio is streamed, one
# evaluation at a time — while /usr/bin/time -v measures the peak resident memory. Goal: under 300 MB.
# Usage: bash benchmarks/scale-check.sh [N]    (needs about 5.6 GB of disk for 1,000,000 evaluations)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000000}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/BudgetPerformance.Cli -c Release -v quiet -nologo > /dev/null
bpm=src/BudgetPerformance.Cli/bin/Release/net10.0/bpm.dll
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet "$bpm" sample --evaluations "$n" --out "$work/portfolio.json" > /dev/null
echo "portfolio: $(du -h "$work/portfolio.json" | cut -f1) for $n evaluations"
log="$work/time.log"
/usr/bin/time -v dotnet "$bpm" score "$work/portfolio.json" --rules national-2020 --format json > "$work/scores.json" 2> "$log" || true
grep -E 'Maximum resident set size|Elapsed \(wall clock\)|Exit status' "$log"
scored=$(grep -c '"evaluationId"' "$work/scores.json" || true)
echo "scored: $scored"
rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): \([0-9]*\).*/\1/p' "$log")
rss_mb=$((rss_kb / 1024))
echo "peak RSS: ${rss_mb} MB for ${n} evaluations (goal: under 300 MB)"
[ "$rss_mb" -lt 300 ]
