namespace BudgetPerformance.Json.Contracts;

internal class NodeContract
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Class { get; init; }

    public required decimal Points { get; init; }
}
