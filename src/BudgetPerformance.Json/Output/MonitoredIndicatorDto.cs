namespace BudgetPerformance.Json.Output;

internal sealed class MonitoredIndicatorDto
{
    public required string Code { get; init; }

    public decimal? Expected { get; init; }

    public decimal? Value { get; init; }

    public string? Colour { get; init; }
}
