using System.Collections.Generic;

namespace BudgetPerformance.Json.Contracts;

internal sealed class GradingContract
{
    public required List<GradeBandContract> Bands { get; init; }

    public required RoundingContract TotalRounding { get; init; }

    public required SourceContract Source { get; init; }
}
