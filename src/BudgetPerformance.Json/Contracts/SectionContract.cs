namespace BudgetPerformance.Json.Contracts;

internal sealed class SectionContract
{
    public required string Code { get; init; }

    public required string Name { get; init; }
}
