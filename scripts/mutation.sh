#!/usr/bin/env bash
# Mutation testing with Stryker.NET (dotnet-stryker 5.1.0 from the local tool manifest, .config/dotnet-tools.json).
#
#   scripts/mutation.sh scoring [GLOB...]   mutate BudgetPerformance.Scoring
#   scripts/mutation.sh domain  [GLOB...]   mutate BudgetPerformance.Domain
#
# GLOBs (optional) limit the files mutated, e.g. '**/IndicatorCalculator.cs'; without them every file is mutated.
# The run happens in a copy of the work tree under ${STRYKER_WORK:-/tmp/bp-stryker} so that it never touches this tree's
# bin/ and obj/ and can run in the background while you build; the reports are copied back to StrykerOutput/ (ignored by git).
# Not part of CI: a full run takes hours on two cores. Record the scores in docs/quality.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
target=${1:-scoring}; shift || true
work=${STRYKER_WORK:-/tmp/bp-stryker}/$target
rm -rf "$work"; mkdir -p "$work"
git ls-files -z --cached --others --exclude-standard | xargs -0 -I{} cp --parents {} "$work"/
cp stryker-config.json "$work"/ 2>/dev/null || true
dotnet tool restore >/dev/null
cd "$work"
case "$target" in
  # In solution context Stryker runs every test project of the solution that references the mutated project.
  scoring) args=(--project BudgetPerformance.Scoring.csproj) ;;
  domain) args=(--project BudgetPerformance.Domain.csproj) ;;
  *) echo "usage: $0 scoring|domain [GLOB...]" >&2; exit 2 ;;
esac
for glob in "$@"; do args+=(--mutate "$glob"); done
status=0
dotnet tool run dotnet-stryker -- --config-file stryker-config.json "${args[@]}" || status=$?
mkdir -p "$root/StrykerOutput/$target"
cp -r StrykerOutput/. "$root/StrykerOutput/$target/" 2>/dev/null || true
exit $status
