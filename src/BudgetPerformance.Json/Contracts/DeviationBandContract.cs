namespace BudgetPerformance.Json.Contracts;

internal sealed class DeviationBandContract
{
    public required decimal MaximumDeviation { get; init; }

    public required decimal ShareOfPoints { get; init; }
}
