using System.Collections.Generic;

namespace BudgetPerformance.Json.Contracts;

internal sealed class RecordRequirementsContract
{
    public required List<string> BudgetExecution { get; init; }

    public required List<string> OnSiteVisit { get; init; }

    public required SourceContract Source { get; init; }
}
