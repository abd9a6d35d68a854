namespace BudgetPerformance.Json.Output;

internal sealed class DisclosedDepartmentContract
{
    public required string Code { get; init; }

    public required string Name { get; init; }
}
