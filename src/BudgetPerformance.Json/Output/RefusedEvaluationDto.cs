using System.Collections.Generic;

namespace BudgetPerformance.Json.Output;

/// <summary>An evaluation that was not read (or a problem that ended the reading), in <c>refused</c> of a result document.</summary>
internal sealed class RefusedEvaluationDto
{
    /// <summary>Its place in the portfolio's <c>evaluations</c> (from 0); absent for a problem outside the array or a single evaluation document.</summary>
    public int? Index { get; init; }

    /// <summary>Its id when the document gives one.</summary>
    public string? EvaluationId { get; init; }

    /// <summary>Whether the reading stopped here: nothing after this point was read.</summary>
    public required bool StopsReading { get; init; }

    public required IReadOnlyList<ProblemDto> Problems { get; init; }
}
