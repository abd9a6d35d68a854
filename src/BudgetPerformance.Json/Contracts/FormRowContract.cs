namespace BudgetPerformance.Json.Contracts;

internal sealed class FormRowContract
{
    public required string LevelOne { get; init; }

    public string? LevelTwo { get; init; }

    public required string LevelThree { get; init; }

    public required string Direction { get; init; }

    public decimal? Target { get; init; }

    public string? Unit { get; init; }

    public required decimal Points { get; init; }

    public decimal? Actual { get; init; }

    public string? Achievement { get; init; }

    public decimal? RecordedScore { get; init; }

    public string? LevelOneClass { get; init; }

    public string? LevelTwoClass { get; init; }

    public decimal? LevelOnePoints { get; init; }

    public decimal? LevelTwoPoints { get; init; }
}
