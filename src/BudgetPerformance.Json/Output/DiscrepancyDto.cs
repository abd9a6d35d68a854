namespace BudgetPerformance.Json.Output;

internal sealed class DiscrepancyDto
{
    public required string Kind { get; init; }

    public required string At { get; init; }

    public decimal? Recorded { get; init; }

    public decimal? Computed { get; init; }

    public required string MessageZh { get; init; }

    public required string MessageEn { get; init; }
}
