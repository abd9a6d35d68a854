namespace BudgetPerformance.Json.Output;

internal sealed class GradeChangeDto
{
    public required string EvaluationId { get; init; }

    public required SubjectDto Subject { get; init; }

    public decimal? TotalA { get; init; }

    public string? GradeA { get; init; }

    public decimal? TotalB { get; init; }

    public string? GradeB { get; init; }

    public decimal? ProposedA { get; init; }

    public decimal? ProposedB { get; init; }
}
