namespace BudgetPerformance.Json.Output;

internal sealed class DisclosedIndicatorContract
{
    public required string Code { get; init; }

    public required string LevelOne { get; init; }

    public required string LevelTwo { get; init; }

    public required string Name { get; init; }

    public required string Direction { get; init; }

    public decimal? Target { get; init; }

    public string? Unit { get; init; }

    public required decimal Points { get; init; }
}
