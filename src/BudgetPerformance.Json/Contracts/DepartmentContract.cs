namespace BudgetPerformance.Json.Contracts;

// portfolio -------------------------------------------------------------------------------------------------------

internal sealed class DepartmentContract
{
    public required string Code { get; init; }

    public required string Name { get; init; }
}
