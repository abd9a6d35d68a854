namespace BudgetPerformance.Json.Contracts;

internal sealed class GapContract
{
    public required decimal MaximumPoints { get; init; }

    public required SourceContract Source { get; init; }
}
