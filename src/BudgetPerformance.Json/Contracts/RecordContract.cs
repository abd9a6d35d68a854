namespace BudgetPerformance.Json.Contracts;

internal sealed class RecordContract
{
    public required string Code { get; init; }

    public required string State { get; init; }

    public decimal? Actual { get; init; }

    public string? Achievement { get; init; }

    public decimal? AssessorScore { get; init; }

    public string? Reason { get; init; }

    public string? Evidence { get; init; }

    public decimal? RecordedScore { get; init; }
}
