namespace BudgetPerformance.Json.Contracts;

internal sealed class RoundingContract
{
    public required int Decimals { get; init; }

    public required string Mode { get; init; }
}
