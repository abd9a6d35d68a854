namespace BudgetPerformance.Json.Contracts;

internal sealed class CheckpointContract
{
    public required int Month { get; init; }

    public required decimal MinimumExecution { get; init; }
}
