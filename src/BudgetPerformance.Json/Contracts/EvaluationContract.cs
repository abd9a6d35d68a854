using System.Collections.Generic;

namespace BudgetPerformance.Json.Contracts;

internal class EvaluationContract
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public required SubjectRefContract Subject { get; init; }

    public required PerformerContract Performer { get; init; }

    public required int CoveredYear { get; init; }

    public required int ConductedIn { get; init; }

    public required string Weighting { get; init; }

    public List<ClassContract>? Classes { get; init; }

    public List<GroupContract>? Indicators { get; init; }

    public List<RecordContract>? Records { get; init; }

    public List<FormRowContract>? Rows { get; init; }

    public BudgetExecutionContract? BudgetExecution { get; init; }

    public OnSiteVisitContract? OnSiteVisit { get; init; }

    public decimal? RecordedTotal { get; init; }

    public string? RecordedGrade { get; init; }

    public List<ScoreGroupContract>? ScoreGroups { get; init; }
}
