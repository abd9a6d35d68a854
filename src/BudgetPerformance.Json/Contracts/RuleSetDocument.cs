using System.Collections.Generic;
using System.Text.Json.Serialization;
using BudgetPerformance.Json.Reading;
using NodaTime;

namespace BudgetPerformance.Json.Contracts;

// The rule-set document (schema version 1): the envelope and the grading family. Further rule families are added
// here as optional properties (and mapped in RuleSetMapping.cs); unknown properties are rejected like everywhere.

internal sealed class RuleSetDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required string Id { get; init; }

    public required int Version { get; init; }

    [JsonConverter(typeof(IsoLocalDateConverter))]
    public required LocalDate EffectiveFrom { get; init; }

    [JsonConverter(typeof(IsoLocalDateConverter))]
    public required LocalDate EffectiveTo { get; init; }

    public required LocalizedNameContract Title { get; init; }

    public required List<SourceContract> Sources { get; init; }

    public required GradingContract Grading { get; init; }

    public IndicatorScoringContract? IndicatorScoring { get; init; }

    public BudgetExecutionRulesContract? BudgetExecution { get; init; }

    public AggregationContract? Aggregation { get; init; }

    public WeightCheckContract? WeightCheck { get; init; }

    public ReCheckContract? ReCheck { get; init; }

    public ExAnteContract? ExAnte { get; init; }

    public ResultApplicationContract? ResultApplication { get; init; }

    public RectificationContract? Rectification { get; init; }

    public DistributionContract? Distribution { get; init; }

    public AdmissionContract? Admission { get; init; }

    public TargetReviewContract? TargetReview { get; init; }

    public MonitoringContract? Monitoring { get; init; }

    public RecordRequirementsContract? RecordRequirements { get; init; }
}
