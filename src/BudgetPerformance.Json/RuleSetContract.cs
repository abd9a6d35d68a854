using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace BudgetPerformance.Json;

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
}

internal sealed class SourceContract
{
    public required string Reference { get; init; }

    public required string Kind { get; init; }

    public string? Note { get; init; }
}

internal sealed class GradingContract
{
    public required List<GradeBandContract> Bands { get; init; }

    public required RoundingContract TotalRounding { get; init; }

    public required SourceContract Source { get; init; }
}

internal sealed class GradeBandContract
{
    public required string Grade { get; init; }

    public required decimal Lower { get; init; }

    public required decimal Upper { get; init; }
}

internal sealed class RoundingContract
{
    public required int Decimals { get; init; }

    public required string Mode { get; init; }
}
