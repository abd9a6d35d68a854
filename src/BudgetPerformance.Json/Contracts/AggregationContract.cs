namespace BudgetPerformance.Json.Contracts;

internal sealed class AggregationContract
{
    public required string NotApplicable { get; init; }

    public required string MissingData { get; init; }

    public required string TotalMode { get; init; }

    public decimal? RequiredTotalPoints { get; init; }

    public required SourceContract Source { get; init; }
}
