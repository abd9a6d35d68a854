using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace BudgetPerformance.Json.Output;

// The JSON contract of the disclosure document (kind "disclosure", schema version 1), written only: it is a publication,
// never read back into the domain. camelCase names, kebab-case enumeration texts, decimals as JSON numbers with their scale.
// Adding a property here changes docs/schemas/disclosure.schema.json (a test says so).

internal sealed class DisclosureDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required int Year { get; init; }

    public required List<DisclosedTargetContract> Targets { get; init; }

    public required List<DisclosedEvaluationContract> Evaluations { get; init; }
}

internal sealed class DisclosedSubjectContract
{
    public required string Type { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }
}

internal sealed class DisclosedDepartmentContract
{
    public required string Code { get; init; }

    public required string Name { get; init; }
}

internal sealed class DisclosedTargetContract
{
    public required DisclosedSubjectContract Subject { get; init; }

    public DisclosedDepartmentContract? Department { get; init; }

    public required decimal Amount { get; init; }

    public required string OverallGoal { get; init; }

    public required List<DisclosedIndicatorContract> Indicators { get; init; }
}

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

internal sealed class DisclosedEvaluationContract
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public required DisclosedSubjectContract Subject { get; init; }

    public DisclosedDepartmentContract? Department { get; init; }

    public required string PerformerRole { get; init; }

    public required int CoveredYear { get; init; }

    public required decimal Amount { get; init; }

    public decimal? Total { get; init; }

    public string? Grade { get; init; }

    public required List<DisclosedScoreContract> Scores { get; init; }

    public required List<string> Findings { get; init; }
}

internal sealed class DisclosedScoreContract
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required decimal Points { get; init; }

    public decimal? Actual { get; init; }

    public decimal? Score { get; init; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    WriteIndented = true)]
[JsonSerializable(typeof(DisclosureDocument))]
internal sealed partial class DisclosureContext : JsonSerializerContext;
