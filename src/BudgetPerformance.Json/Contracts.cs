using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace BudgetPerformance.Json;

// The JSON contracts of schema version 1. They are internal data-transfer shapes: the public API reads and writes
// domain types, and the mapping (ContractMapping*.cs) is where every value is validated. Names are camelCase by the
// context's naming policy; enumerations are kebab-case strings (EnumText); decimals are JSON numbers.
// Adding a property here changes the checked-in schemas in docs/schemas/ (a test says so).

internal sealed class LocalizedNameContract
{
    public required string Zh { get; init; }

    public required string En { get; init; }
}

internal class NodeContract
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Class { get; init; }

    public required decimal Points { get; init; }
}

internal sealed class GroupContract : NodeContract
{
    [JsonPropertyOrder(2)]
    public required List<SubgroupContract> Children { get; init; }
}

internal sealed class SubgroupContract : NodeContract
{
    [JsonPropertyOrder(2)]
    public required List<IndicatorContract> Indicators { get; init; }
}

internal class IndicatorContract
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Direction { get; init; }

    public decimal? Target { get; init; }

    public string? Unit { get; init; }

    public required string ValueBasis { get; init; }

    public required decimal Points { get; init; }

    public string? Explanation { get; init; }

    public string? ScoringRule { get; init; }
}

// indicator-framework ---------------------------------------------------------------------------------------------

internal sealed class FrameworkDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required string Id { get; init; }

    public required LocalizedNameContract Title { get; init; }

    public required string Scope { get; init; }

    public required string Origin { get; init; }

    public string? Sector { get; init; }

    public required string Source { get; init; }

    public required string Weighting { get; init; }

    public required decimal BudgetExecutionPoints { get; init; }

    public required List<FrameworkGroupContract> Groups { get; init; }
}

internal sealed class FrameworkGroupContract : NodeContract
{
    [JsonPropertyOrder(1)]
    public required string Source { get; init; }

    [JsonPropertyOrder(1)]
    public required bool Verified { get; init; }

    [JsonPropertyOrder(2)]
    public required List<FrameworkSubgroupContract> Children { get; init; }
}

internal sealed class FrameworkSubgroupContract : NodeContract
{
    [JsonPropertyOrder(1)]
    public required string Source { get; init; }

    [JsonPropertyOrder(1)]
    public required bool Verified { get; init; }

    [JsonPropertyOrder(2)]
    public required List<FrameworkIndicatorContract> Indicators { get; init; }
}

internal sealed class FrameworkIndicatorContract : IndicatorContract
{
    [JsonPropertyOrder(1)]
    public required string Source { get; init; }

    [JsonPropertyOrder(1)]
    public required bool Verified { get; init; }
}

// performance-target ----------------------------------------------------------------------------------------------

internal sealed class SubjectRefContract
{
    public required string Type { get; init; }

    public required string Code { get; init; }
}

internal class PerformanceTargetContract
{
    public required SubjectRefContract Subject { get; init; }

    public required int Year { get; init; }

    public required string OverallGoal { get; init; }

    public required string AuthoredBy { get; init; }

    public required string Status { get; init; }

    public string? ReviewedBy { get; init; }

    public string? ReturnReason { get; init; }

    public required string Weighting { get; init; }

    public required List<GroupContract> Indicators { get; init; }
}

internal sealed class PerformanceTargetDocument : PerformanceTargetContract
{
    [JsonPropertyOrder(-1)]
    public required string Kind { get; init; }

    [JsonPropertyOrder(-1)]
    public required int SchemaVersion { get; init; }
}

// evaluation ------------------------------------------------------------------------------------------------------

internal sealed class PerformerContract
{
    public required string Role { get; init; }

    public required string Name { get; init; }
}

internal sealed class RecordContract
{
    public required string Code { get; init; }

    public required string State { get; init; }

    public decimal? Actual { get; init; }

    public string? Achievement { get; init; }

    public decimal? AssessorScore { get; init; }

    public string? Reason { get; init; }

    public string? Evidence { get; init; }

    public decimal? RecordedScore { get; init; }
}

internal sealed class FormRowContract
{
    public required string LevelOne { get; init; }

    public required string LevelTwo { get; init; }

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

internal sealed class BudgetExecutionContract
{
    public required decimal AdjustedBudget { get; init; }

    public required decimal Spent { get; init; }

    public decimal? RecordedScore { get; init; }
}

internal sealed class OnSiteVisitContract
{
    [JsonConverter(typeof(IsoLocalDateConverter))]
    public required LocalDate Date { get; init; }

    public string? Notes { get; init; }
}

internal class EvaluationContract
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public required SubjectRefContract Subject { get; init; }

    public required PerformerContract Performer { get; init; }

    public required int CoveredYear { get; init; }

    public required int ConductedIn { get; init; }

    public required string Weighting { get; init; }

    public List<GroupContract>? Indicators { get; init; }

    public List<RecordContract>? Records { get; init; }

    public List<FormRowContract>? Rows { get; init; }

    public BudgetExecutionContract? BudgetExecution { get; init; }

    public OnSiteVisitContract? OnSiteVisit { get; init; }

    public decimal? RecordedTotal { get; init; }

    public string? RecordedGrade { get; init; }

    public List<ScoreGroupContract>? ScoreGroups { get; init; }
}

internal sealed class ScoreGroupContract
{
    public required string Id { get; init; }

    public required List<string> Members { get; init; }

    public decimal? AssessorScore { get; init; }

    public decimal? RecordedScore { get; init; }
}

internal sealed class EvaluationDocument : EvaluationContract
{
    [JsonPropertyOrder(-1)]
    public required string Kind { get; init; }

    [JsonPropertyOrder(-1)]
    public required int SchemaVersion { get; init; }
}

// portfolio -------------------------------------------------------------------------------------------------------

internal sealed class DepartmentContract
{
    public required string Code { get; init; }

    public required string Name { get; init; }
}

internal sealed class UnitContract
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string DepartmentCode { get; init; }
}

internal sealed class SectionContract
{
    public required string Code { get; init; }

    public required string Name { get; init; }
}

internal sealed class SpendingItemContract
{
    public required string Type { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string DepartmentCode { get; init; }

    public string? UnitCode { get; init; }

    public required string Sector { get; init; }

    public required string ProjectKind { get; init; }

    public required bool IsNewMajor { get; init; }

    public required decimal Budget { get; init; }
}

internal sealed class PortfolioDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required int Year { get; init; }

    public required List<DepartmentContract> Departments { get; init; }

    public required List<UnitContract> Units { get; init; }

    public required List<SectionContract> Sections { get; init; }

    public required List<SpendingItemContract> SpendingItems { get; init; }

    public required List<PerformanceTargetContract> Targets { get; init; }

    public required List<EvaluationContract> Evaluations { get; init; }
}

// working-day-calendar ---------------------------------------------------------------------------------------------

internal sealed class CalendarDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required string Id { get; init; }

    public required LocalizedNameContract Title { get; init; }

    public required string Source { get; init; }

    public required bool Verified { get; init; }

    public required CalendarCoverageContract Covers { get; init; }

    public required List<CalendarDayContract> Holidays { get; init; }

    public required List<CalendarDayContract> WorkingDays { get; init; }
}

internal sealed class CalendarCoverageContract
{
    [JsonConverter(typeof(IsoLocalDateConverter))]
    public required LocalDate From { get; init; }

    [JsonConverter(typeof(IsoLocalDateConverter))]
    public required LocalDate To { get; init; }
}

internal sealed class CalendarDayContract
{
    [JsonConverter(typeof(IsoLocalDateConverter))]
    public required LocalDate Date { get; init; }

    public required string Name { get; init; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    WriteIndented = true)]
[JsonSerializable(typeof(FrameworkDocument))]
[JsonSerializable(typeof(PerformanceTargetDocument))]
[JsonSerializable(typeof(EvaluationDocument))]
[JsonSerializable(typeof(EvaluationContract))]
[JsonSerializable(typeof(PortfolioDocument))]
[JsonSerializable(typeof(RuleSetDocument))]
[JsonSerializable(typeof(CalendarDocument))]
[JsonSerializable(typeof(List<DepartmentContract>))]
[JsonSerializable(typeof(List<UnitContract>))]
[JsonSerializable(typeof(List<SectionContract>))]
[JsonSerializable(typeof(List<SpendingItemContract>))]
[JsonSerializable(typeof(List<PerformanceTargetContract>))]
internal sealed partial class ContractContext : JsonSerializerContext;
