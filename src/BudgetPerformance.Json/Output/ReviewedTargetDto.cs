using System.Collections.Generic;

namespace BudgetPerformance.Json.Output;

internal sealed class ReviewedTargetDto
{
    public required SubjectDto Subject { get; init; }

    public required decimal RequestedAmount { get; init; }

    public required bool Passed { get; init; }

    public decimal? Score { get; init; }

    public string? Grade { get; init; }

    public required IReadOnlyList<FindingDto> Findings { get; init; }
}
