using BudgetPerformance.Rules;

namespace BudgetPerformance.Json.Reading;

/// <summary>The mapped families of a rule-set document.</summary>
internal sealed class RuleSetFamilies
{
    public IndicatorScoringRules? IndicatorScoring { get; init; }

    public BudgetExecutionRules? BudgetExecution { get; init; }

    public AggregationRules? Aggregation { get; init; }

    public WeightCheckRules? WeightCheck { get; init; }

    public ReCheckRules? ReCheck { get; init; }

    public ExAnteRules? ExAnte { get; init; }

    public ResultApplicationRules? ResultApplication { get; init; }

    public RectificationRules? Rectification { get; init; }

    public DistributionRules? Distribution { get; init; }

    public AdmissionRules? Admission { get; init; }

    public TargetReviewRules? TargetReview { get; init; }

    public MonitoringRules? Monitoring { get; init; }

    public RecordRequirementsRules? RecordRequirements { get; init; }
}
