namespace BudgetPerformance.Json.Contracts;

internal sealed class StepContract
{
    public required decimal MinimumCompletion { get; init; }

    public required decimal ShareOfPoints { get; init; }
}
