using System.Collections.Generic;

namespace BudgetPerformance.Json.Output;

internal sealed class DisclosedEvaluationContract
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public required DisclosedSubjectContract Subject { get; init; }

    public DisclosedDepartmentContract? Department { get; init; }

    public required string PerformerRole { get; init; }

    public required int CoveredYear { get; init; }

    public required decimal Amount { get; init; }

    public decimal? Total { get; init; }

    public string? Grade { get; init; }

    public required List<DisclosedScoreContract> Scores { get; init; }

    public required List<string> Findings { get; init; }
}
