using System.Collections.Generic;

namespace BudgetPerformance.Json.Contracts;

internal sealed record StrategyContract
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required SourceContract Source { get; init; }

    public RoundingContract? Rounding { get; init; }

    public decimal? ZeroAtMultiple { get; init; }

    public string? Overshoot { get; init; }

    public decimal? AchievedFrom { get; init; }

    public decimal? PartlyFrom { get; init; }

    public bool? LowerEdgesInclusive { get; init; }

    public RoundingContract? EdgeRounding { get; init; }

    public List<StepContract>? Steps { get; init; }

    public List<DeviationBandContract>? Bands { get; init; }

    public bool? UpperEdgesInclusive { get; init; }

    public string? Side { get; init; }

    public decimal? Threshold { get; init; }

    public decimal? StepSize { get; init; }

    public decimal? PointsPerStep { get; init; }

    public string? Counting { get; init; }
}
