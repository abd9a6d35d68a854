using System.Collections.Generic;

namespace BudgetPerformance.Json.Contracts;

internal sealed class DistributionContract
{
    public required List<string> TopGrades { get; init; }

    public decimal? MaximumTopShare { get; init; }

    public required List<string> BottomGrades { get; init; }

    public decimal? MinimumBottomShare { get; init; }

    public required SourceContract Source { get; init; }
}
