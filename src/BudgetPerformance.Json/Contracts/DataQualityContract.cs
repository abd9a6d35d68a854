namespace BudgetPerformance.Json.Contracts;

internal sealed class DataQualityContract
{
    public required string ZeroTarget { get; init; }

    public required string ZeroReverseActual { get; init; }

    public required SourceContract Source { get; init; }
}
