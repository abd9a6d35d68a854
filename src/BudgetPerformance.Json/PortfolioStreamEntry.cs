using BudgetPerformance.Evaluations;

namespace BudgetPerformance.Json;

/// <summary>
/// One step of <see cref="JsonDocuments.ReadPortfolioEntriesAsync"/>: an evaluation of the portfolio that was read and
/// checked, or one that was refused with the report of its problems, or a problem of the document that ends the reading
/// (malformed or truncated JSON, a part too large, a problem outside the evaluations).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PortfolioStreamEntry
{
    internal PortfolioStreamEntry(Evaluation? evaluation, int? index, string? evaluationId, ValidationReport report, bool stopsReading)
    {
        Evaluation = evaluation;
        Index = index;
        EvaluationId = evaluationId;
        Report = report;
        StopsReading = stopsReading;
    }

    /// <summary>The evaluation, read, validated and checked against the portfolio; null when this entry is a refusal.</summary>
    public Evaluation? Evaluation { get; }

    /// <summary>Whether this entry is a refusal: <see cref="Evaluation"/> is null and <see cref="Report"/> says why.</summary>
    public bool IsRefused => Evaluation is null;

    /// <summary>The place of the evaluation in the <c>evaluations</c> array (from 0); null for a problem outside the array.</summary>
    public int? Index { get; }

    /// <summary>
    /// The evaluation's <c>id</c> as the document gives it, when one could be read (a text, cut to 64 characters), even
    /// for a refused evaluation; null when there is none.
    /// </summary>
    public string? EvaluationId { get; }

    /// <summary>The problems that refused this entry (every one found in that part); <see cref="ValidationReport.Valid"/> for an evaluation.</summary>
    public ValidationReport Report { get; }

    /// <summary>
    /// Whether the reading stopped here: the document could not be read past this point (malformed or truncated JSON,
    /// a part larger than the limit) or has a problem outside the evaluations. It is then the last entry.
    /// </summary>
    public bool StopsReading { get; }
}
