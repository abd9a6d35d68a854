namespace BudgetPerformance.Json.Contracts;

internal class IndicatorContract
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Direction { get; init; }

    public decimal? Target { get; init; }

    public string? Unit { get; init; }

    public required string ValueBasis { get; init; }

    public required decimal Points { get; init; }

    public string? Explanation { get; init; }

    public string? ScoringRule { get; init; }
}
