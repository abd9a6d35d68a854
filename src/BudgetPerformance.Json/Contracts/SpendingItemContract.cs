namespace BudgetPerformance.Json.Contracts;

internal sealed class SpendingItemContract
{
    public required string Type { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string DepartmentCode { get; init; }

    public string? UnitCode { get; init; }

    public required string Sector { get; init; }

    public required string ProjectKind { get; init; }

    public required bool IsNewMajor { get; init; }

    public required decimal Budget { get; init; }
}
