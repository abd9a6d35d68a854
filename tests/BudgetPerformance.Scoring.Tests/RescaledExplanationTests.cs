using System.Linq;
using System.Text.RegularExpressions;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Tests;

/// <summary>
/// Issue 17, item 10 (the open question "explanations can show 27–28-digit rescaled points and hide the rescale factor"):
/// rescaled points are shown at the rule set's precision with the factor named (available ÷ remaining), while the score is
/// computed from the exact value. The agricultural project of EXAMPLES.md §1 with 工程验收合格率 (5 points) not applicable:
/// the other 95 points are rescaled by 100 ÷ 95.
/// </summary>
public class RescaledExplanationTests
{
    private static ScoringExplanation Explain(Rounding? indicatorRounding = null)
    {
        var records = Example.Records();
        records[2] = IndicatorRecord.NotApplicable(new IndicatorCode("1.2.1"), "本年度未验收");
        return new EvaluationScorer(Rules.National(indicatorRounding: indicatorRounding)).Explain(Example.Evaluation(records));
    }

    [Fact]
    public void Formula_OfARescaledIndicator_ShowsThePointsAtThePrecisionAndNamesTheFactor()
    {
        // 15 × 100 ÷ 95 = 15.789473684…; the old formula read "× points 15.789473684210526315789473684 = 14.53".
        var x = Explain().Indicators[0];
        Assert.Equal("actual 4600 ÷ target 5000 × points 15.79 (15 × 100 ÷ 95) = 14.53", x.FormulaEn);
        Assert.Equal("实际完成值 4600 ÷ 目标值 5000 × 分值 15.79（15 × 100 ÷ 95） = 14.53", x.FormulaZh);
        Assert.Equal(15.79m, x.PointsShown);
    }

    [Fact]
    public void Points_OfARescaledIndicator_StayExactInTheComputation()
    {
        // 4600 ÷ 5000 × 15 × 100 ÷ 95 = 14.526315… → 14.53, from the exact points, not from the 15.79 shown.
        var explanation = Explain();
        var x = explanation.Indicators[0];
        Assert.Equal(15m * 100m / 95m, x.Points);
        Assert.Equal(15m * 100m / 95m, explanation.Result.Indicators[0].Points);
        Assert.Equal(14.53m, x.Score);
        Assert.Equal((100m, 95m), (explanation.Result.PointsAvailable!.Value, explanation.Result.PointsRemaining!.Value));
    }

    [Fact]
    public void Formula_OfACappedRescaledIndicator_CapsAtThePointsShown()
    {
        // 1350 ÷ 1200 × 10.526… = 11.84 capped at 10 × 100 ÷ 95 = 10.526… → 10.53.
        Assert.Equal("actual 1350 ÷ target 1200 × points 10.53 (10 × 100 ÷ 95), capped at the points 10.53 = 10.53", Explain().Indicators[1].FormulaEn);
    }

    [Fact]
    public void Formula_OfARescaledAssessorScore_NamesTheFactor()
    {
        // The assessor's 7 (in [6, 8)) × 100 ÷ 95 = 7.368… → 7.37; the old formula showed "= 7.37" with no factor at all.
        var x = Explain().Indicators[7];
        Assert.EndsWith("the band of 'Partly achieved, with some effect', rescaled by 100 ÷ 95 = 7.37", x.FormulaEn, System.StringComparison.Ordinal);
        Assert.EndsWith("，按 100 ÷ 95 折算 = 7.37", x.FormulaZh, System.StringComparison.Ordinal);
        Assert.Equal(10.53m, x.PointsShown);
    }

    [Fact]
    public void Budget_AndTheRescaling_AreExplainedWithTheFactor()
    {
        var explanation = Explain();
        Assert.Equal("rate 850000 ÷ 1000000 = 0.85 × points 10.53 (10 × 100 ÷ 95) = 8.95", explanation.BudgetEn);
        Assert.Equal("items that do not apply are dropped: the other points are rescaled by 100 ÷ 95 (points available ÷ points remaining; shown at 2 decimals, computed exactly)", explanation.RescaleEn);
        Assert.Contains("可得分值 100 ÷ 剩余分值 95", explanation.RescaleZh, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_ShowsNoLongDecimal_Anywhere()
    {
        var explanation = Explain();
        var texts = explanation.Indicators.SelectMany(x => new[] { x.FormulaZh, x.FormulaEn })
            .Concat([explanation.BudgetZh!, explanation.BudgetEn!, explanation.TotalZh, explanation.TotalEn]);
        var long_ = new Regex(@"\d\.\d{5,}", RegexOptions.None, System.TimeSpan.FromSeconds(1));
        Assert.All(texts, t => Assert.False(long_.IsMatch(t), t));
    }

    [Fact]
    public void PointsShown_FollowTheRuleSetsPrecisionAndMode()
    {
        // One decimal, truncating: 15.789… shown as 15.7; the score 14.526… truncated to 14.5.
        var x = Explain(new Rounding(1, RoundingMode.Down)).Indicators[0];
        Assert.Equal(15.7m, x.PointsShown);
        Assert.Equal("actual 4600 ÷ target 5000 × points 15.7 (15 × 100 ÷ 95) = 14.5", x.FormulaEn);
    }

    [Fact]
    public void Reconcile_ARowAboveItsRescaledPoints_SaysThePointsAtThePrecision()
    {
        // 1.1.1 may carry 15 × 100 ÷ 95 = 15.789… points; a form writing 16 is above them. The old message read "exceeds the
        // points 15.789473684210526315789473684".
        var records = Example.Records();
        records[0] = IndicatorRecord.Measured(new IndicatorCode("1.1.1"), 4600m, recordedScore: 16m);
        records[2] = IndicatorRecord.NotApplicable(new IndicatorCode("1.2.1"), "本年度未验收");
        var report = new Reconciliation.Reconciler(Rules.National()).Reconcile(Example.Evaluation(records), 0m);
        var d = report.Discrepancies.Single(x => x.Kind == Reconciliation.DiscrepancyKind.RowAbovePoints);
        Assert.Equal("高标准农田建设面积: the recorded score 16 exceeds the points 15.79", d.MessageEn);
        Assert.Equal("高标准农田建设面积：表上得分 16 超过分值 15.79", d.MessageZh);
    }

    [Fact]
    public void Explanation_WithoutRescaling_ShowsTheOwnPointsAndNoFactor()
    {
        var explanation = new EvaluationScorer(Rules.National()).Explain(Example.Evaluation());
        Assert.Null(explanation.RescaleEn);
        Assert.Null(explanation.Result.PointsAvailable);
        Assert.Equal(15m, explanation.Indicators[0].PointsShown);
        Assert.Equal("actual 4600 ÷ target 5000 × points 15 = 13.80", explanation.Indicators[0].FormulaEn);
    }
}
