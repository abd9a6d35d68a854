using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Scoring;

namespace BudgetPerformance.Json.Output;

/// <summary>Maps library results to the CLI's JSON shapes.</summary>
internal static class ScoringMapping
{
    /// <summary>
    /// One scored evaluation. Rescaled points (the indicators', the subtotals' and the block's) are written at
    /// <paramref name="pointsRounding"/>, the rule set's indicator precision, with the factor as <c>rescale</c>
    /// (available ÷ remaining); the scores were computed from the exact values.
    /// </summary>
    public static ScoredEvaluationDto ToDto(Evaluation evaluation, ScoringResult result, ScoringExplanation? explanation, Rounding pointsRounding)
    {
        var rescaled = result.PointsAvailable is not null;
        decimal Points(decimal points) => rescaled ? pointsRounding.Apply(points) : points;
        var budget = result.Budget is { } b
            ? new BudgetBlockDto
            {
                Points = Points(b.Points),
                Rate = b.Rate?.Value,
                Score = b.Score,
                Flags = CliJson.Flags(b.Flags),
                FormulaZh = explanation?.BudgetZh,
                FormulaEn = explanation?.BudgetEn,
            }
            : null;
        return new ScoredEvaluationDto
        {
            EvaluationId = result.EvaluationId,
            EvaluationType = CliJson.Kebab(result.EvaluationType),
            Subject = CliJson.Subject(evaluation.Subject),
            Outcome = CliJson.Kebab(result.Outcome),
            RawTotal = result.RawTotal,
            Total = result.Total,
            Grade = result.Grade is { } g ? CliJson.Kebab(g) : null,
            Conclusion = result.Conclusion is { } c ? CliJson.Kebab(c) : null,
            Rescale = rescaled ? new RescaleDto { Available = result.PointsAvailable!.Value, Remaining = result.PointsRemaining!.Value } : null,
            Budget = budget,
            LevelOne = result.LevelOne.Select(s => new SubtotalDto { Code = s.Code, Points = Points(s.Points), Score = s.Score }).ToArray(),
            LevelTwo = result.LevelTwo.Select(s => new SubtotalDto { Code = s.Code, Points = Points(s.Points), Score = s.Score }).ToArray(),
            Indicators = result.Indicators.Select((s, i) => new ScoredIndicatorDto
            {
                Code = s.Code.ToString(),
                Points = (s.Flags & ScoreFlags.Rescaled) != 0 ? pointsRounding.Apply(s.Points) : s.Points,
                Strategy = s.StrategyId,
                Raw = s.Raw,
                Score = s.Score,
                Flags = CliJson.Flags(s.Flags),
                FormulaZh = explanation?.Indicators[i].FormulaZh,
                FormulaEn = explanation?.Indicators[i].FormulaEn,
            }).ToArray(),
            Problems = result.Problems.Select(ProblemDto.Of).ToArray(),
            Explanation = explanation is null
                ? null
                : new ExplanationDto
                {
                    RescaleZh = explanation.RescaleZh,
                    RescaleEn = explanation.RescaleEn,
                    TotalZh = explanation.TotalZh,
                    TotalEn = explanation.TotalEn,
                    GradeZh = explanation.GradeZh,
                    GradeEn = explanation.GradeEn,
                    Sources = explanation.Sources.Select(s => s.Reference).ToArray(),
                },
        };
    }
}
