namespace BudgetPerformance.Json.Contracts;

/// <summary>A class a document declares for its own level-1 or level-2 headings; its nodes name it by code.</summary>
internal sealed class ClassContract
{
    public required int Level { get; init; }

    public required string Code { get; init; }

    public required LocalizedNameContract Name { get; init; }

    public string? CountsAs { get; init; }
}
