using System.Collections.Generic;

namespace BudgetPerformance.Json.Contracts;

internal sealed class BudgetExecutionRulesContract
{
    public required decimal Points { get; init; }

    public RoundingContract? RatePercentRounding { get; init; }

    public required string ZeroBudget { get; init; }

    public required List<string> AppliesTo { get; init; }

    public List<BudgetPointsContract>? PointsByType { get; init; }

    public required SourceContract Source { get; init; }
}
