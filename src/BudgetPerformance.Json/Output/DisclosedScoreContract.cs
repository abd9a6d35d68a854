namespace BudgetPerformance.Json.Output;

internal sealed class DisclosedScoreContract
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required decimal Points { get; init; }

    public decimal? Actual { get; init; }

    public decimal? Score { get; init; }
}
