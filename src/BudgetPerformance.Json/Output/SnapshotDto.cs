using System.Collections.Generic;

namespace BudgetPerformance.Json.Output;

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
