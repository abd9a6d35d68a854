using System.Collections.Generic;

namespace BudgetPerformance.Json.Output;

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
