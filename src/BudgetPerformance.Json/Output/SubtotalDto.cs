namespace BudgetPerformance.Json.Output;

internal sealed class SubtotalDto
{
    public required string Code { get; init; }

    public required decimal Points { get; init; }

    public decimal? Score { get; init; }
}
