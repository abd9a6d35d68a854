namespace BudgetPerformance.Json.Output;

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
