namespace BudgetPerformance.Json.Contracts;

// performance-target ----------------------------------------------------------------------------------------------

internal sealed class SubjectRefContract
{
    public required string Type { get; init; }

    public required string Code { get; init; }
}
