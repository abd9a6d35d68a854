#!/usr/bin/env bash
# Mutation testing with Stryker.NET (dotnet-stryker 5.1.0 from the local tool manifest, .config/dotnet-tools.json).
#
#   scripts/mutation.sh scoring [GLOB...]   mutate BudgetPerformance.Scoring
#   scripts/mutation.sh domain  [GLOB...]   mutate BudgetPerformance.Domain
#   scripts/mutation.sh json    [GLOB...]   mutate BudgetPerformance.Json
#
# GLOBs (optional) limit the files mutated, e.g. '**/IndicatorCalculator.cs'; without them every file is mutated.
# STRYKER_CONCURRENCY (default 2) sets how many test runners work at once.
# STRYKER_TEST_FILTER (a VSTest filter) chooses the tests; by default the 100,000-evaluation memory test is left out.
# STRYKER_TEST_PROJECTS (e.g. "Domain.Tests Json.Tests") replaces the list of test projects below. Fewer projects make
# a run faster (every test run starts one test host per project that has a covering test) and the score a lower bound:
# a mutant that only a left-out project would kill counts as a survivor.
#
# Stryker runs in the source project's context with the in-process test projects only (below). The Cli and Reliability
# tests start processes, which per-test coverage cannot see, so with them every mutant would run them for seconds each;
# what they prove is proved again in-process by the projects listed. A mutant only they would kill shows as a survivor.
#
# The run happens in a copy of the work tree under ${STRYKER_WORK:-/tmp/bp-stryker} so that it never touches this
# tree's bin/ and obj/; the reports are copied back to StrykerOutput/TARGET/ (ignored by git). Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
target=${1:-scoring}; shift || true
case "$target" in
  scoring) project=BudgetPerformance.Scoring; tests=(Scoring.Tests Lifecycle.Tests Specifications.Tests) ;;
  domain) project=BudgetPerformance.Domain; tests=(Domain.Tests Json.Tests Scoring.Tests Lifecycle.Tests Specifications.Tests) ;;
  json) project=BudgetPerformance.Json; tests=(Json.Tests Scoring.Tests Lifecycle.Tests Specifications.Tests) ;;
  *) echo "usage: $0 scoring|domain|json [GLOB...]" >&2; exit 2 ;;
esac
if [ -n "${STRYKER_TEST_PROJECTS:-}" ]; then read -r -a tests <<< "$STRYKER_TEST_PROJECTS"; fi
work=${STRYKER_WORK:-/tmp/bp-stryker}/$target
rm -rf "$work"; mkdir -p "$work"
git ls-files -z --cached --others --exclude-standard | xargs -0 -I{} cp --parents {} "$work"/
dotnet tool restore >/dev/null
args=(--config-file "$work/stryker-config.json" --concurrency "${STRYKER_CONCURRENCY:-2}")
for t in "${tests[@]}"; do args+=(--test-project "$work/tests/BudgetPerformance.$t/BudgetPerformance.$t.csproj"); done
for glob in "$@"; do args+=(--mutate "$glob"); done
# The streaming reader's 100,000-evaluation memory test (about 10 s) checks peak memory, not a value; run for every
# mutant on the evaluation read path it made a Domain run take hours. STRYKER_TEST_FILTER='' runs every test.
filter=${STRYKER_TEST_FILTER-FullyQualifiedName!~PeakMemoryStaysBounded}
[ -z "$filter" ] || args+=(--test-case-filter "$filter")
cd "$work/src/$project"
status=0
dotnet tool run dotnet-stryker -- "${args[@]}" || status=$?
mkdir -p "$root/StrykerOutput/$target"
cp -r StrykerOutput/. "$root/StrykerOutput/$target/" 2>/dev/null || true
exit $status
