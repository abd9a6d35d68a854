#!/usr/bin/env bash
# Scale check (not in CI: too slow for two cores). Generates N self-evaluations (default 1,000,000) and scores them
# streaming through EvaluationScorer.ScoreAll, one at a time, keeping nothing; /usr/bin/time -v reports the peak
# resident memory. Goal: under 300 MB. Usage: bash benchmarks/scale-check.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000000}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build benchmarks/BudgetPerformance.Benchmarks -c Release -v quiet -nologo > /dev/null
dll=benchmarks/BudgetPerformance.Benchmarks/bin/Release/net10.0/BudgetPerformance.Benchmarks.dll
log=$(mktemp)
/usr/bin/time -v dotnet "$dll" scale "$n" 2> "$log"
grep -E 'Maximum resident set size|Elapsed \(wall clock\)|Exit status' "$log"
rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): \([0-9]*\).*/\1/p' "$log")
rm -f "$log"
rss_mb=$((rss_kb / 1024))
echo "peak RSS: ${rss_mb} MB for ${n} evaluations (goal: under 300 MB)"
[ "$rss_mb" -lt 300 ]
