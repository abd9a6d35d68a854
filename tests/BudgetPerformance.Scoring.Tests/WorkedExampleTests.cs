using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Scoring.Tests;

/// <summary>EXAMPLES.md §1, to the cent.</summary>
public class WorkedExampleTests
{
    [Fact]
    public void Score_NationalDefaults_ReproducesEveryRowSubtotalTotalAndGrade()
    {
        var result = new EvaluationScorer(Rules.National()).Score(Example.Evaluation());
        Assert.Equal(ScoringOutcome.Complete, result.Outcome);
        Assert.Equal(
            new[] { 13.80m, 10.00m, 5.00m, 9.47m, 9.00m, 12.60m, 5.00m, 7.00m, 10.00m },
            result.Indicators.Select(s => s.Score!.Value));
        Assert.Equal(new[] { 47.27m, 24.60m, 10.00m }, result.LevelOne.Select(s => s.Score!.Value));
        Assert.Equal(81.87m, result.LevelOne.Sum(s => s.Score!.Value));
        Assert.Equal(8.50m, result.Budget!.Value.Score);
        Assert.Equal(0.85m, result.Budget!.Value.Rate!.Value.Value);
        Assert.Equal(90.37m, result.Total);
        Assert.Equal(Grade.Excellent, result.Grade);
        Assert.Equal(90m, result.Band!.Value.Lower);
        Assert.True((result.Indicators[1].Flags & ScoreFlags.Capped) != 0);
        Assert.Equal(9.473684210526315789473684211m, result.Indicators[3].Raw);
    }

    [Fact]
    public void Score_ReverseRatio_Gives9Point09AndTotal90Point46()
    {
        var result = new EvaluationScorer(Rules.National(reverse: "reverse-ratio")).Score(Example.Evaluation());
        Assert.Equal(9.09m, Example.ScoreOf(result, "1.4.1"));
        Assert.Equal(90.46m, result.Total);
        Assert.Equal(Grade.Excellent, result.Grade);
    }

    [Fact]
    public void Score_ReverseRatioWithoutCap_GivesOverCompletionScoresAndTotal92Point29()
    {
        var result = new EvaluationScorer(Rules.National(reverse: "reverse-ratio", cap: false)).Score(Example.Evaluation());
        Assert.Equal(11.25m, Example.ScoreOf(result, "1.1.2"));
        Assert.Equal(5.25m, Example.ScoreOf(result, "2.2.1"));
        Assert.Equal(10.33m, Example.ScoreOf(result, "3.1.1"));
        Assert.Equal(9.09m, Example.ScoreOf(result, "1.4.1"));
        Assert.Equal(92.29m, result.Total);
    }

    [Fact]
    public void Score_AssessorScoreOutsidePartlyAchievedBand_IsAnInputErrorWithTheIndicator()
    {
        var result = new EvaluationScorer(Rules.National()).Score(Example.Evaluation(Example.Records(AchievementLevel.PartlyAchieved, 8.5m)));
        Assert.Equal(ScoringOutcome.Invalid, result.Outcome);
        Assert.Null(result.Total);
        Assert.Null(result.Grade);
        var issue = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.OutOfBand, issue.Code);
        Assert.Equal("2.3.1", issue.Location.IndicatorCode);
        Assert.Contains("[6, 8)", issue.MessageEn, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Score_AssessorScore8Point5Achieved_IsValid()
    {
        var result = new EvaluationScorer(Rules.National()).Score(Example.Evaluation(Example.Records(AchievementLevel.Achieved, 8.5m)));
        Assert.Equal(ScoringOutcome.Complete, result.Outcome);
        Assert.Equal(8.50m, Example.ScoreOf(result, "2.3.1"));
        Assert.Equal(91.87m, result.Total);
    }

    [Fact]
    public void Explain_WritesTheFormulaWithTheNumbers()
    {
        var explanation = new EvaluationScorer(Rules.National()).Explain(Example.Evaluation());
        Assert.Equal("实际完成值 4600 ÷ 目标值 5000 × 分值 15 = 13.80", explanation.Indicators[0].FormulaZh);
        Assert.Equal("actual 4600 ÷ target 5000 × points 15 = 13.80", explanation.Indicators[0].FormulaEn);
        Assert.Equal("实际完成值 1350 ÷ 目标值 1200 × 分值 10，超过分值封顶为 10 = 10.00", explanation.Indicators[1].FormulaZh);
        Assert.Equal("分值 10 × (1 − (实际完成值 3300 − 目标值 3000) ÷ 目标值 3000) = 9.00", explanation.Indicators[4].FormulaZh);
        Assert.Equal("评价人打分 7，在“部分达成年度指标并具有一定效果”区间 [6, 8) 内 = 7.00", explanation.Indicators[7].FormulaZh);
        Assert.Equal("执行率 850000 ÷ 1000000 = 0.85 × 分值 10 = 8.50", explanation.BudgetZh);
        Assert.Equal("产出指标 47.27 + 效益指标 24.60 + 满意度指标 10.00 + 预算执行 8.50 = 90.37，按 2 位小数四舍五入 = 90.37", explanation.TotalZh);
        Assert.Equal("90.37 ∈ [90, 100] → 优", explanation.GradeZh);
        Assert.Equal("national-2020", explanation.RuleSetId);
        Assert.Contains(explanation.Sources, s => s.Reference == "财预〔2020〕10号");
        Assert.Equal(new EvaluationScorer(Rules.National()).Score(Example.Evaluation()).Total, explanation.Result.Total);
    }
}
