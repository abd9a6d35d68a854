namespace BudgetPerformance.Json.Contracts;

internal sealed class RectificationContract
{
    public required string Consequence { get; init; }

    public decimal? FurtherCutRate { get; init; }

    public required SourceContract Source { get; init; }
}
