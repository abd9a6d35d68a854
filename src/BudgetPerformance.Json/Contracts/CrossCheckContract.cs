namespace BudgetPerformance.Json.Contracts;

internal sealed class CrossCheckContract
{
    public required decimal MaximumClaimExcess { get; init; }

    public required decimal MaximumUnspentShare { get; init; }

    public required SourceContract Source { get; init; }
}
