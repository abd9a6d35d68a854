using System.Collections.Generic;

namespace BudgetPerformance.Json.Output;

/// <summary><c>scoring-results</c>: what <c>bpm score --format json</c> writes.</summary>
internal sealed class ScoringResultsDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required RuleSetRef RuleSet { get; init; }

    public required IReadOnlyList<ScoredEvaluationDto> Results { get; init; }

    /// <summary>The evaluations that were not scored because they are not valid input, with their problems.</summary>
    public required IReadOnlyList<RefusedEvaluationDto> Refused { get; init; }

    public required ScoringSummaryDto Summary { get; init; }
}
