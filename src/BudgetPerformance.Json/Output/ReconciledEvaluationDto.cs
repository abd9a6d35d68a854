using System.Collections.Generic;

namespace BudgetPerformance.Json.Output;

internal sealed class ReconciledEvaluationDto
{
    public required string EvaluationId { get; init; }

    public required bool Clean { get; init; }

    public decimal? Total { get; init; }

    public string? Grade { get; init; }

    public required IReadOnlyList<DiscrepancyDto> Discrepancies { get; init; }
}
