using System.Collections.Generic;

namespace BudgetPerformance.Json.Output;

internal sealed class ScoringSummaryDto
{
    public required long Count { get; init; }

    public required long Complete { get; init; }

    public required long Incomplete { get; init; }

    public required long Invalid { get; init; }

    /// <summary>How many entries were refused as invalid input (not scored), listed in <c>refused</c>.</summary>
    public required long Refused { get; init; }

    /// <summary>How many refusals are counted but not listed (beyond the cap); absent when none.</summary>
    public long? RefusedNotListed { get; init; }

    public required SortedDictionary<string, long> Grades { get; init; }

    public required SortedDictionary<string, long> Conclusions { get; init; }
}
