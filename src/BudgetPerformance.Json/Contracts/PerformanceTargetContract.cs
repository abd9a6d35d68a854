using System.Collections.Generic;

namespace BudgetPerformance.Json.Contracts;

internal class PerformanceTargetContract
{
    public required SubjectRefContract Subject { get; init; }

    public required int Year { get; init; }

    public required string OverallGoal { get; init; }

    public required string AuthoredBy { get; init; }

    public required string Status { get; init; }

    public string? ReviewedBy { get; init; }

    public string? ReturnReason { get; init; }

    public required string Weighting { get; init; }

    public List<ClassContract>? Classes { get; init; }

    public required List<GroupContract> Indicators { get; init; }
}
