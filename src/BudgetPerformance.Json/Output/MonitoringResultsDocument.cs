using System.Collections.Generic;

namespace BudgetPerformance.Json.Output;

/// <summary><c>monitoring-snapshots</c>: what <c>bpm monitor --format json</c> writes.</summary>
internal sealed class MonitoringResultsDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required RuleSetRef RuleSet { get; init; }

    public required string AsOf { get; init; }

    public required IReadOnlyList<SnapshotDto> Snapshots { get; init; }
}
