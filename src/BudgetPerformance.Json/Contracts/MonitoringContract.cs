namespace BudgetPerformance.Json.Contracts;

internal sealed class MonitoringContract
{
    public required string TimeProgress { get; init; }

    public required RoundingContract ProgressRounding { get; init; }

    public ColourBandsContract? ExecutionBands { get; init; }

    public ColourBandsContract? IndicatorBands { get; init; }

    public CheckpointsContract? Checkpoints { get; init; }

    public GapContract? Gap { get; init; }

    public ResponseContract? Response { get; init; }

    public required ActionsContract Actions { get; init; }

    public required SourceContract ActionsSource { get; init; }

    public CrossCheckContract? CrossCheck { get; init; }

    public required SourceContract Source { get; init; }
}
