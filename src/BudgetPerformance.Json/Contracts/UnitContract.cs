namespace BudgetPerformance.Json.Contracts;

internal sealed class UnitContract
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string DepartmentCode { get; init; }
}
