using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace BudgetPerformance.Json;

// The rule families of a rule-set document beyond grading (schema version 1). Every family is optional; a rule set
// carries the families it needs. Strategies are one flat shape discriminated by "kind": the mapping rejects a
// parameter that does not belong to the kind.

internal sealed class IndicatorScoringContract
{
    public required List<StrategyContract> Strategies { get; init; }

    public required DefaultsContract Defaults { get; init; }

    public required bool CapAtPoints { get; init; }

    public OverCompletionContract? OverCompletion { get; init; }

    public required bool StrictEqualityEarnsFull { get; init; }

    public required string NegativeActuals { get; init; }

    public required RoundingContract IndicatorRounding { get; init; }
}

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

internal sealed class StepContract
{
    public required decimal MinimumCompletion { get; init; }

    public required decimal ShareOfPoints { get; init; }
}

internal sealed class DeviationBandContract
{
    public required decimal MaximumDeviation { get; init; }

    public required decimal ShareOfPoints { get; init; }
}

internal sealed class OverCompletionContract
{
    public required decimal FlagAbove { get; init; }

    public required decimal DeductShare { get; init; }

    public required SourceContract Source { get; init; }
}

internal sealed class BudgetExecutionRulesContract
{
    public required decimal Points { get; init; }

    public RoundingContract? RatePercentRounding { get; init; }

    public required string ZeroBudget { get; init; }

    public required List<string> AppliesTo { get; init; }

    public required SourceContract Source { get; init; }
}

internal sealed class AggregationContract
{
    public required string NotApplicable { get; init; }

    public required string MissingData { get; init; }

    public required string TotalMode { get; init; }

    public decimal? RequiredTotalPoints { get; init; }

    public required SourceContract Source { get; init; }
}

internal sealed class WeightCheckContract
{
    public required decimal MinimumOutputBenefitShare { get; init; }

    public required List<string> AppliesTo { get; init; }

    public required SourceContract Source { get; init; }
}

internal sealed class ReCheckContract
{
    public required decimal SelfWeight { get; init; }

    public required decimal ReCheckWeight { get; init; }

    public required SourceContract Source { get; init; }
}

internal sealed class ExAnteContract
{
    public required decimal SupportFrom { get; init; }

    public required decimal AdjustFrom { get; init; }

    public required SourceContract Source { get; init; }
}

internal sealed class ResultApplicationContract
{
    public required List<ResultRuleContract> Rules { get; init; }

    public required RoundingContract MoneyRounding { get; init; }

    public decimal? RewardShare { get; init; }
}

internal sealed class ResultRuleContract
{
    public required string Id { get; init; }

    public required List<string> Grades { get; init; }

    public required List<string> Kinds { get; init; }

    public required int ConsecutiveYears { get; init; }

    public required string Action { get; init; }

    public decimal? CutRate { get; init; }

    public decimal? MaximumCutRate { get; init; }

    public required bool BlocksSimilarProject { get; init; }

    public required SourceContract Source { get; init; }
}

internal sealed class RectificationContract
{
    public required string Consequence { get; init; }

    public decimal? FurtherCutRate { get; init; }

    public required SourceContract Source { get; init; }
}

internal sealed class DistributionContract
{
    public required List<string> TopGrades { get; init; }

    public decimal? MaximumTopShare { get; init; }

    public required List<string> BottomGrades { get; init; }

    public decimal? MinimumBottomShare { get; init; }

    public required SourceContract Source { get; init; }
}

internal sealed class AdmissionContract
{
    public required List<AdmissionCheckContract> Checks { get; init; }

    public SmallAmountExemptionContract? SmallAmountExemption { get; init; }
}

internal sealed class AdmissionCheckContract
{
    public required string Check { get; init; }

    public required SourceContract Source { get; init; }
}

internal sealed class SmallAmountExemptionContract
{
    public required decimal Below { get; init; }

    public required List<string> Exempted { get; init; }

    public required SourceContract Source { get; init; }
}

internal sealed class TargetReviewContract
{
    public required List<ClassRequirementContract> RequiredClasses { get; init; }

    public required decimal SatisfactionMinimum { get; init; }

    public required bool WeightsRequired { get; init; }

    public decimal? RequiredTotalPoints { get; init; }

    public required List<ExpenditureStandardContract> ExpenditureStandards { get; init; }

    public ReviewGradingContract? Grading { get; init; }

    public required SourceContract Source { get; init; }
}

internal sealed class ClassRequirementContract
{
    public required List<string> AnyOf { get; init; }

    public required SourceContract Source { get; init; }
}

internal sealed class ExpenditureStandardContract
{
    public required string IndicatorName { get; init; }

    public required string Unit { get; init; }

    public required decimal Maximum { get; init; }

    public required SourceContract Source { get; init; }
}

internal sealed class ReviewGradingContract
{
    public required decimal ErrorDeduction { get; init; }

    public required decimal WarningDeduction { get; init; }

    public required decimal AdviceDeduction { get; init; }

    public required List<GradeBandContract> Bands { get; init; }

    public required SourceContract Source { get; init; }
}

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

internal sealed class ColourBandsContract
{
    public required decimal YellowFrom { get; init; }

    public required decimal GreenFrom { get; init; }

    public decimal? BlueFrom { get; init; }

    public required SourceContract Source { get; init; }
}

internal sealed class CheckpointsContract
{
    public required List<CheckpointContract> Checkpoints { get; init; }

    public required SourceContract Source { get; init; }
}

internal sealed class CheckpointContract
{
    public required int Month { get; init; }

    public required decimal MinimumExecution { get; init; }
}

internal sealed class GapContract
{
    public required decimal MaximumPoints { get; init; }

    public required SourceContract Source { get; init; }
}

internal sealed class ResponseContract
{
    public required int WorkingDays { get; init; }

    public required bool AutomaticSuspension { get; init; }

    public required SourceContract Source { get; init; }
}

internal sealed class CrossCheckContract
{
    public required decimal MaximumClaimExcess { get; init; }

    public required decimal MaximumUnspentShare { get; init; }

    public required SourceContract Source { get; init; }
}

internal sealed class DefaultsContract
{
    [JsonPropertyName(">=")]
    public required string AtLeast { get; init; }

    [JsonPropertyName(">")]
    public required string GreaterThan { get; init; }

    [JsonPropertyName("=")]
    public required string EqualTo { get; init; }

    [JsonPropertyName("<=")]
    public required string AtMost { get; init; }

    [JsonPropertyName("<")]
    public required string LessThan { get; init; }

    [JsonPropertyName("qualitative")]
    public required string Qualitative { get; init; }
}

internal sealed class ActionsContract
{
    [JsonPropertyName("on-track")]
    public required string OnTrack { get; init; }

    [JsonPropertyName("deviation")]
    public required string Deviation { get; init; }

    [JsonPropertyName("serious-deviation")]
    public required string SeriousDeviation { get; init; }

    [JsonPropertyName("some-indicators-impossible")]
    public required string SomeIndicatorsImpossible { get; init; }

    [JsonPropertyName("all-indicators-impossible")]
    public required string AllIndicatorsImpossible { get; init; }
}
