namespace BudgetPerformance.Json.Contracts;

internal sealed class GradeBandContract
{
    public required string Grade { get; init; }

    public required decimal Lower { get; init; }

    public required decimal Upper { get; init; }
}
