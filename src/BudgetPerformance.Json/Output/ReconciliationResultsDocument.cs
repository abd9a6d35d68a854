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

    public required long Clean { get; init; }

    public required long WithDiscrepancies { get; init; }
}
