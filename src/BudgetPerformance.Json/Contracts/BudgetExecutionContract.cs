namespace BudgetPerformance.Json.Contracts;

internal sealed class BudgetExecutionContract
{
    public required decimal AdjustedBudget { get; init; }

    public required decimal Spent { get; init; }

    public decimal? RecordedScore { get; init; }
}
