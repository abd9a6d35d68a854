using System.Collections.Generic;

namespace BudgetPerformance.Json.Output;

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

    public RescaleDto? Rescale { get; init; }

    public BudgetBlockDto? Budget { get; init; }

    public required IReadOnlyList<SubtotalDto> LevelOne { get; init; }

    public required IReadOnlyList<SubtotalDto> LevelTwo { get; init; }

    public required IReadOnlyList<ScoredIndicatorDto> Indicators { get; init; }

    public required IReadOnlyList<ProblemDto> Problems { get; init; }

    public ExplanationDto? Explanation { get; init; }
}
