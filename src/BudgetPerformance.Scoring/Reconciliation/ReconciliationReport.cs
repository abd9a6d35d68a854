using System.Collections.Generic;

namespace BudgetPerformance.Scoring.Reconciliation;

/// <summary>The reconciliation of one evaluation's published form.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReconciliationReport
{
    internal ReconciliationReport(string evaluationId, decimal tolerance, ScoringExplanation explanation, IReadOnlyList<Discrepancy> discrepancies)
    {
        EvaluationId = evaluationId;
        Tolerance = tolerance;
        Explanation = explanation;
        Discrepancies = discrepancies;
    }

    /// <summary>The evaluation's id.</summary>
    public string EvaluationId { get; }

    /// <summary>The tolerance used (a difference of at most this much is a match, inclusive).</summary>
    public decimal Tolerance { get; }

    /// <summary>The recomputation, explained.</summary>
    public ScoringExplanation Explanation { get; }

    /// <summary>Every mismatch found, rows first, then groups, budget, sums, total and grade.</summary>
    public IReadOnlyList<Discrepancy> Discrepancies { get; }

    /// <summary>Whether nothing mismatched.</summary>
    public bool IsClean => Discrepancies.Count == 0;
}
