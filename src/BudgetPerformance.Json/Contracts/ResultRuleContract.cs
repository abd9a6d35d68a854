using System.Collections.Generic;

namespace BudgetPerformance.Json.Contracts;

internal sealed class ResultRuleContract
{
    public required string Id { get; init; }

    public required List<string> Grades { get; init; }

    public required List<string> Kinds { get; init; }

    public required int ConsecutiveYears { get; init; }

    public required string Action { get; init; }

    public decimal? CutRate { get; init; }

    public decimal? MaximumCutRate { get; init; }

    public required bool BlocksSimilarProject { get; init; }

    public required SourceContract Source { get; init; }
}
