namespace BudgetPerformance.Json.Contracts;

// evaluation ------------------------------------------------------------------------------------------------------

internal sealed class PerformerContract
{
    public required string Role { get; init; }

    public required string Name { get; init; }
}
