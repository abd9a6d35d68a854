using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Scoring;

namespace BudgetPerformance.Json.Output;

/// <summary>Maps library results to the CLI's JSON shapes.</summary>
internal static class ScoringMapping
{
    public static ScoredEvaluationDto ToDto(Evaluation evaluation, ScoringResult result, ScoringExplanation? explanation)
    {
        var budget = result.Budget is { } b
            ? new BudgetBlockDto
            {
                Points = b.Points,
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
            Budget = budget,
            LevelOne = result.LevelOne.Select(s => new SubtotalDto { Code = s.Code, Points = s.Points, Score = s.Score }).ToArray(),
            LevelTwo = result.LevelTwo.Select(s => new SubtotalDto { Code = s.Code, Points = s.Points, Score = s.Score }).ToArray(),
            Indicators = result.Indicators.Select((s, i) => new ScoredIndicatorDto
            {
                Code = s.Code.ToString(),
                Points = s.Points,
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
                    TotalZh = explanation.TotalZh,
                    TotalEn = explanation.TotalEn,
                    GradeZh = explanation.GradeZh,
                    GradeEn = explanation.GradeEn,
                    Sources = explanation.Sources.Select(s => s.Reference).ToArray(),
                },
        };
    }
}
