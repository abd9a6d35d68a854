namespace BudgetPerformance.Json.Contracts;

internal sealed class BudgetPointsContract
{
    public required string Type { get; init; }

    public required decimal Points { get; init; }
}
