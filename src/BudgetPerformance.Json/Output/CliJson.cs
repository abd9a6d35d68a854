using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetPerformance.Problems;
using BudgetPerformance.Scoring;

namespace BudgetPerformance.Json.Output;

// The JSON shapes of the CLI's own outputs (documented in docs/cli.md). Source-generated, deterministic: properties
// in declaration order, absent values omitted, decimals with their scale, enumerations as kebab-case strings.

internal sealed class RuleSetRef
{
    public required string Id { get; init; }

    public required int Version { get; init; }
}

internal sealed class SubjectDto
{
    public required string Type { get; init; }

    public required string Code { get; init; }
}

internal sealed class ScoredIndicatorDto
{
    public required string Code { get; init; }

    public required decimal Points { get; init; }

    public string? Strategy { get; init; }

    public decimal? Raw { get; init; }

    public decimal? Score { get; init; }

    public required IReadOnlyList<string> Flags { get; init; }

    public string? FormulaZh { get; init; }

    public string? FormulaEn { get; init; }
}

internal sealed class SubtotalDto
{
    public required string Code { get; init; }

    public required decimal Points { get; init; }

    public decimal? Score { get; init; }
}

internal sealed class BudgetBlockDto
{
    public required decimal Points { get; init; }

    public decimal? Rate { get; init; }

    public decimal? Score { get; init; }

    public required IReadOnlyList<string> Flags { get; init; }

    public string? FormulaZh { get; init; }

    public string? FormulaEn { get; init; }
}

internal sealed class ProblemDto
{
    public required string Code { get; init; }

    public required string Severity { get; init; }

    public string? Path { get; init; }

    public string? IndicatorCode { get; init; }

    public string? Element { get; init; }

    public string? Subject { get; init; }

    public required MessageDto Message { get; init; }

    public string? Source { get; init; }

    public static ProblemDto Of(Problem problem) => new()
    {
        Code = problem.Code,
        Severity = EnumText.Format(problem.Severity),
        Path = problem.Location.JsonPath,
        IndicatorCode = problem.Location.IndicatorCode,
        Element = problem.Location.Element,
        Subject = problem.Location.Subject,
        Message = new MessageDto { Zh = problem.MessageZh, En = problem.MessageEn },
        Source = problem.Source?.Reference,
    };
}

internal sealed class MessageDto
{
    public required string Zh { get; init; }

    public required string En { get; init; }
}

internal sealed class ExplanationDto
{
    public required string TotalZh { get; init; }

    public required string TotalEn { get; init; }

    public string? GradeZh { get; init; }

    public string? GradeEn { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}

internal sealed class ScoredEvaluationDto
{
    public required string EvaluationId { get; init; }

    public required string EvaluationType { get; init; }

    public required SubjectDto Subject { get; init; }

    public required string Outcome { get; init; }

    public decimal? RawTotal { get; init; }

    public decimal? Total { get; init; }

    public string? Grade { get; init; }

    public string? Conclusion { get; init; }

    public BudgetBlockDto? Budget { get; init; }

    public required IReadOnlyList<SubtotalDto> LevelOne { get; init; }

    public required IReadOnlyList<SubtotalDto> LevelTwo { get; init; }

    public required IReadOnlyList<ScoredIndicatorDto> Indicators { get; init; }

    public required IReadOnlyList<ProblemDto> Problems { get; init; }

    public ExplanationDto? Explanation { get; init; }
}

internal sealed class ScoringSummaryDto
{
    public required long Count { get; init; }

    public required long Complete { get; init; }

    public required long Incomplete { get; init; }

    public required long Invalid { get; init; }

    public required SortedDictionary<string, long> Grades { get; init; }

    public required SortedDictionary<string, long> Conclusions { get; init; }
}

/// <summary><c>scoring-results</c>: what <c>bpm score --format json</c> writes.</summary>
internal sealed class ScoringResultsDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required RuleSetRef RuleSet { get; init; }

    public required IReadOnlyList<ScoredEvaluationDto> Results { get; init; }

    public required ScoringSummaryDto Summary { get; init; }
}

internal sealed class DiscrepancyDto
{
    public required string Kind { get; init; }

    public required string At { get; init; }

    public decimal? Recorded { get; init; }

    public decimal? Computed { get; init; }

    public required string MessageZh { get; init; }

    public required string MessageEn { get; init; }
}

internal sealed class ReconciledEvaluationDto
{
    public required string EvaluationId { get; init; }

    public required bool Clean { get; init; }

    public decimal? Total { get; init; }

    public string? Grade { get; init; }

    public required IReadOnlyList<DiscrepancyDto> Discrepancies { get; init; }
}

/// <summary><c>reconciliation-results</c>: what <c>bpm reconcile --format json</c> writes.</summary>
internal sealed class ReconciliationResultsDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required RuleSetRef RuleSet { get; init; }

    public required decimal Tolerance { get; init; }

    public required IReadOnlyList<ReconciledEvaluationDto> Reports { get; init; }

    public required long Clean { get; init; }

    public required long WithDiscrepancies { get; init; }
}

internal sealed class FindingDto
{
    public required string Severity { get; init; }

    public string? Indicator { get; init; }

    public required string Code { get; init; }

    public required string MessageZh { get; init; }

    public required string MessageEn { get; init; }
}

internal sealed class ReviewedTargetDto
{
    public required SubjectDto Subject { get; init; }

    public required decimal RequestedAmount { get; init; }

    public required bool Passed { get; init; }

    public decimal? Score { get; init; }

    public string? Grade { get; init; }

    public required IReadOnlyList<FindingDto> Findings { get; init; }
}

/// <summary><c>target-review-results</c>: what <c>bpm review --format json</c> writes.</summary>
internal sealed class ReviewResultsDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required RuleSetRef RuleSet { get; init; }

    public required IReadOnlyList<ReviewedTargetDto> Targets { get; init; }
}

internal sealed class MonitoredIndicatorDto
{
    public required string Code { get; init; }

    public decimal? Expected { get; init; }

    public decimal? Value { get; init; }

    public string? Colour { get; init; }
}

internal sealed class SnapshotDto
{
    public required string EvaluationId { get; init; }

    public required SubjectDto Subject { get; init; }

    public required string AsOf { get; init; }

    public decimal? ExecutionRate { get; init; }

    public decimal? ExecutionValue { get; init; }

    public string? ExecutionColour { get; init; }

    public string? TargetColour { get; init; }

    public decimal? GapPoints { get; init; }

    public required IReadOnlyList<string> Situations { get; init; }

    public required string Action { get; init; }

    public string? RespondBy { get; init; }

    public required IReadOnlyList<MonitoredIndicatorDto> Indicators { get; init; }

    public required IReadOnlyList<string> ReasonsZh { get; init; }

    public required IReadOnlyList<string> ReasonsEn { get; init; }
}

/// <summary><c>monitoring-snapshots</c>: what <c>bpm monitor --format json</c> writes.</summary>
internal sealed class MonitoringResultsDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required RuleSetRef RuleSet { get; init; }

    public required string AsOf { get; init; }

    public required IReadOnlyList<SnapshotDto> Snapshots { get; init; }
}

internal sealed class ProposalDto
{
    public required SubjectDto Subject { get; init; }

    public required string Name { get; init; }

    public required string EvaluationId { get; init; }

    public required string Grade { get; init; }

    public required decimal Request { get; init; }

    public decimal? Proposed { get; init; }

    public decimal? Difference { get; init; }

    public required string Action { get; init; }

    public required string Rule { get; init; }

    public required bool NeedsDecision { get; init; }

    public required string ReasonZh { get; init; }

    public required string ReasonEn { get; init; }
}

/// <summary><c>budget-proposals</c>: what <c>bpm propose --format json</c> writes.</summary>
internal sealed class ProposalResultsDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required RuleSetRef RuleSet { get; init; }

    public required IReadOnlyList<ProposalDto> Proposals { get; init; }

    public required decimal TotalRequest { get; init; }

    public required decimal TotalProposed { get; init; }

    public required decimal TotalDifference { get; init; }
}

internal sealed class GradeChangeDto
{
    public required string EvaluationId { get; init; }

    public required SubjectDto Subject { get; init; }

    public decimal? TotalA { get; init; }

    public string? GradeA { get; init; }

    public decimal? TotalB { get; init; }

    public string? GradeB { get; init; }

    public decimal? ProposedA { get; init; }

    public decimal? ProposedB { get; init; }
}

/// <summary><c>rule-set-comparison</c>: what <c>bpm compare --format json</c> writes.</summary>
internal sealed class ComparisonDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required RuleSetRef RuleSetA { get; init; }

    public required RuleSetRef RuleSetB { get; init; }

    public required long Evaluations { get; init; }

    public required IReadOnlyList<GradeChangeDto> Changes { get; init; }

    public decimal? TotalProposedA { get; init; }

    public decimal? TotalProposedB { get; init; }

    public decimal? BudgetEffect { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true)]
[JsonSerializable(typeof(ScoringResultsDocument))]
[JsonSerializable(typeof(ReconciliationResultsDocument))]
[JsonSerializable(typeof(ReviewResultsDocument))]
[JsonSerializable(typeof(MonitoringResultsDocument))]
[JsonSerializable(typeof(ProposalResultsDocument))]
[JsonSerializable(typeof(ComparisonDocument))]
[JsonSerializable(typeof(Dictionary<string, decimal>))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
}

/// <summary>Writing and reading the CLI's JSON: UTF-8, two-space indentation, <c>\n</c>, a final newline, readable Chinese.</summary>
internal static class CliJson
{
    public const int SchemaVersion = 1;

    public static JsonWriterOptions WriterOptions { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    public static CliJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    });

    public static string Write<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static T Read<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.Deserialize(json, typeInfo) ?? throw new JsonException("The document is null.");

    /// <summary>Kebab-case text of an enumeration value: <c>SelfEvaluation</c> → <c>self-evaluation</c>.</summary>
    public static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumText.Format(value);

    /// <summary>The names of the set flags, in ascending order of value.</summary>
    public static IReadOnlyList<string> Flags(ScoreFlags flags) =>
        Enum.GetValues<ScoreFlags>().Where(f => f != ScoreFlags.None && (flags & f) == f).Select(f => Kebab(f)).ToArray();

    public static SubjectDto Subject(SubjectRef subject) => new() { Type = Kebab(subject.Type), Code = subject.Code };

    public static RuleSetRef Ref(Rules.RuleSet ruleSet) => new() { Id = ruleSet.Id, Version = ruleSet.Version };
}
