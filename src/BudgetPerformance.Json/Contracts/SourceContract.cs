namespace BudgetPerformance.Json.Contracts;

internal sealed class SourceContract
{
    public required string Reference { get; init; }

    public required string Kind { get; init; }

    public string? Note { get; init; }
}
