using System.Collections.Generic;

namespace BudgetPerformance.Json.Contracts;

internal sealed class ScoreGroupContract
{
    public required string Id { get; init; }

    public required List<string> Members { get; init; }

    public decimal? AssessorScore { get; init; }

    public decimal? RecordedScore { get; init; }
}
