namespace BudgetPerformance.Json.Output;

internal sealed class DisclosedSubjectContract
{
    public required string Type { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }
}
