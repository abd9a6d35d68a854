using System.Collections.Generic;

namespace BudgetPerformance.Json.Output;

internal sealed class ScoringSummaryDto
{
    public required long Count { get; init; }

    public required long Complete { get; init; }

    public required long Incomplete { get; init; }

    public required long Invalid { get; init; }

    public required SortedDictionary<string, long> Grades { get; init; }

    public required SortedDictionary<string, long> Conclusions { get; init; }
}
