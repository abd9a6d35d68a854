using System.Collections.Generic;

namespace BudgetPerformance.Json.Output;

/// <summary><c>reconciliation-results</c>: what <c>bpm reconcile --format json</c> writes.</summary>
internal sealed class ReconciliationResultsDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required RuleSetRef RuleSet { get; init; }

    public required decimal Tolerance { get; init; }

    public required IReadOnlyList<ReconciledEvaluationDto> Reports { get; init; }

    /// <summary>The evaluations that were not reconciled because they are not valid input, with their problems.</summary>
    public required IReadOnlyList<RefusedEvaluationDto> Refused { get; init; }

    public required long Clean { get; init; }

    public required long WithDiscrepancies { get; init; }

    /// <summary>How many entries were refused (those listed in <see cref="Refused"/> and those beyond the list's cap).</summary>
    public required long RefusedCount { get; init; }

    /// <summary>How many refusals are counted but not listed (beyond the cap); absent when none.</summary>
    public long? RefusedNotListed { get; init; }
}
