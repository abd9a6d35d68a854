using System.Collections.Generic;

namespace BudgetPerformance.Json.Contracts;

internal sealed class WeightCheckContract
{
    public required decimal MinimumOutputBenefitShare { get; init; }

    public required List<string> AppliesTo { get; init; }

    public required SourceContract Source { get; init; }
}
