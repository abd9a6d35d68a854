using System.Collections.Generic;

namespace BudgetPerformance.Json.Contracts;

internal sealed class ClassRequirementContract
{
    public required List<string> AnyOf { get; init; }

    public required SourceContract Source { get; init; }
}
