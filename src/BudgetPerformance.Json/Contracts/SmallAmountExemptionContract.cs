using System.Collections.Generic;

namespace BudgetPerformance.Json.Contracts;

internal sealed class SmallAmountExemptionContract
{
    public required decimal Below { get; init; }

    public required List<string> Exempted { get; init; }

    public required SourceContract Source { get; init; }
}
