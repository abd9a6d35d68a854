using System.Collections.Generic;

namespace BudgetPerformance.Json.Output;

/// <summary><c>rule-set-comparison</c>: what <c>bpm compare --format json</c> writes.</summary>
internal sealed class ComparisonDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required RuleSetRef RuleSetA { get; init; }

    public required RuleSetRef RuleSetB { get; init; }

    public required long Evaluations { get; init; }

    public required IReadOnlyList<GradeChangeDto> Changes { get; init; }

    public decimal? TotalProposedA { get; init; }

    public decimal? TotalProposedB { get; init; }

    public decimal? BudgetEffect { get; init; }
}
