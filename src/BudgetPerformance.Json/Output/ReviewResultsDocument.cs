using System.Collections.Generic;

namespace BudgetPerformance.Json.Output;

/// <summary><c>target-review-results</c>: what <c>bpm review --format json</c> writes.</summary>
internal sealed class ReviewResultsDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required RuleSetRef RuleSet { get; init; }

    public required IReadOnlyList<ReviewedTargetDto> Targets { get; init; }
}
