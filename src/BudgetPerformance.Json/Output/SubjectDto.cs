namespace BudgetPerformance.Json.Output;

internal sealed class SubjectDto
{
    public required string Type { get; init; }

    public required string Code { get; init; }
}
