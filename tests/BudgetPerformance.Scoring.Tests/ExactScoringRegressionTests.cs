using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Json;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring.Reconciliation;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Tests;

/// <summary>
/// Issue 17, "Exact on every input", items 1–4: each bullet of its "Why" as a test that fails on the code before the fix.
/// Every expected value is worked by hand in the comment next to it.
/// </summary>
public class ExactScoringRegressionTests
{
    private static readonly AggregationRules NoRequiredTotal = new(NotApplicablePolicy.Rescale, MissingDataPolicy.Incomplete, TotalMode.SumOfRounded, null, Rules.Deployed);

    private static IndicatorScore One(RuleSet rules, LevelThreeIndicator indicator, IndicatorRecord record, out ScoringResult result)
    {
        result = new EvaluationScorer(rules).Score(Example.Single(indicator, record));
        return result.Indicators[0];
    }

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    // 1. Equality never earns more than its points.

    [Fact]
    public void Equality_AboveTarget_UnderTheUncappedPreset_EarnsItsPointsAndNoMore()
    {
        // example-uncapped-1dp lets positive indicators exceed their points; = 2, actual 3.49, 21 points: 21 × 3.49 ÷ 2 = 36.645
        // (36.6 at one decimal) before the fix. Hitting more than an exact target is never a bonus: 21.0, capped.
        var rules = RuleSetPresets.Get("example-uncapped-1dp").WithAggregation(NoRequiredTotal);
        var score = One(rules, Example.Q("x", "指标", Direction.EqualTo, 2m, "个", 21m), IndicatorRecord.Measured(new IndicatorCode("x"), 3.49m), out var result);
        Assert.Equal(ScoringOutcome.Complete, result.Outcome);
        Assert.Equal("21.0", Text(score.Score));
        Assert.Equal(21m, score.Raw);
        Assert.True((score.Flags & ScoreFlags.Capped) != 0, score.Flags.ToString());
    }

    [Theory]
    [InlineData("1.99", "20.9")] // below the target, proportional: 21 × 1.99 ÷ 2 = 20.895 → 20.9
    [InlineData("2", "21.0")]    // on the target: full points
    [InlineData("2.01", "21.0")] // just above: 21.105 before the fix, capped at 21
    public void Equality_AroundTheTarget_UnderTheUncappedPreset(string actual, string expected)
    {
        var rules = RuleSetPresets.Get("example-uncapped-1dp").WithAggregation(NoRequiredTotal);
        var score = One(rules, Example.Q("x", "指标", Direction.EqualTo, 2m, "个", 21m), IndicatorRecord.Measured(new IndicatorCode("x"), decimal.Parse(actual, CultureInfo.InvariantCulture)), out _);
        Assert.Equal(expected, Text(score.Score));
    }

    [Fact]
    public void Proportional_AboveTarget_UnderTheUncappedPreset_StillEarnsTheBonus()
    {
        // The other side: the cap switch still governs positive indicators. >= 2, actual 3.49, 21 points: 36.645 → 36.6.
        var rules = RuleSetPresets.Get("example-uncapped-1dp").WithAggregation(NoRequiredTotal);
        var score = One(rules, Example.Q("x", "指标", Direction.AtLeast, 2m, "个", 21m), IndicatorRecord.Measured(new IndicatorCode("x"), 3.49m), out _);
        Assert.Equal("36.6", Text(score.Score));
        Assert.Equal(ScoreFlags.None, score.Flags & ScoreFlags.Capped);
    }

    // 2. Exact arithmetic where the answer is a tie.

    [Theory]
    [InlineData("14", "18.05", "7", "4.98")]     // 7 × (28 − 18.05) ÷ 14 = 69.65 ÷ 14 = 4.975 exactly → 4.98 (dividing first: 4.97499… → 4.97)
    [InlineData("140", "180.5", "7", "4.98")]    // the same fraction, ten times larger: 7 × 99.5 ÷ 140 = 4.975
    [InlineData("6", "6.13", "3", "2.94")]       // RULES.md: 3 × (12 − 6.13) ÷ 6 = 17.61 ÷ 6 = 2.935 → 2.94
    [InlineData("14", "18.0499", "7", "4.98")]   // 7 × 9.9501 ÷ 14 = 4.97505 → 4.98 (just below the actual of the tie)
    [InlineData("14", "18.0501", "7", "4.97")]   // 7 × 9.9499 ÷ 14 = 4.97495 → 4.97 (just above it)
    public void ReverseLinear_ExactMidpoint_RoundsAsTheRuleSays(string target, string actual, string points, string expected)
    {
        static decimal P(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);
        var score = One(Rules.National(requiredTotal: null), Example.Q("x", "指标", Direction.AtMost, P(target), "元", P(points)), IndicatorRecord.Measured(new IndicatorCode("x"), P(actual)), out _);
        Assert.Equal(expected, Text(score.Score));
    }

    [Fact]
    public void RescaledPoints_TruncatingRuleSet_FullPointsAreTheRescaledPoints()
    {
        // 19 + 5 + 76 points, the 5-point indicator does not apply: the others are rescaled by 100 ÷ 95, the 19-point one to
        // 19 × 100 ÷ 95 = 20 points and the 76-point one to 80; both are met, so they earn exactly 20 and 80, 100 in all.
        // Multiplying by the factor 1.0526… first gave 19.999…9, truncated to 19.99.
        var tree = new IndicatorTree(IndicatorWeighting.Weighted,
        [
            new LevelOneIndicator(new IndicatorCode("1"), "产出", IndicatorClass.Output, 100m,
            [
                new LevelTwoIndicator(new IndicatorCode("1.1"), "数量", IndicatorClass.Quantity, 100m,
                [Example.Q("a", "甲", Direction.AtLeast, 100m, "个", 19m), Example.Q("b", "乙", Direction.AtLeast, 100m, "个", 5m), Example.Q("c", "丙", Direction.AtLeast, 100m, "个", 76m)]),
            ]),
        ]);
        var evaluation = new Evaluation("R", EvaluationType.FinanceEvaluation, Example.Project, new Performer(PerformerRole.FinanceBureau, "县财政局"), new FiscalYear(2019), new FiscalYear(2020), tree,
            [IndicatorRecord.Measured(new IndicatorCode("a"), 100m), IndicatorRecord.NotApplicable(new IndicatorCode("b"), "未实施"), IndicatorRecord.Measured(new IndicatorCode("c"), 100m)],
            onSiteVisit: new OnSiteVisit(new NodaTime.LocalDate(2020, 5, 6)));
        var rules = Rules.National(indicatorRounding: new Rounding(2, RoundingMode.Down), totalRounding: new Rounding(2, RoundingMode.Down));
        var result = new EvaluationScorer(rules).Score(evaluation);
        Assert.Equal(ScoringOutcome.Complete, result.Outcome);
        Assert.Equal("20.00", Text(result.Indicators[0].Score));
        Assert.Equal(20m, result.Indicators[0].Points);
        Assert.Equal("80.00", Text(result.Indicators[2].Score));
        Assert.Equal("100.00", Text(result.Total));
    }

    // 3. Judged scores are the evaluator's.

    private static RuleSet WholePointsRoundingUp(Rounding? judgementRounding = null)
    {
        var strategies = Rules.Strategies().Select(s => s is JudgementStrategy j ? new JudgementStrategy(j.Id, j.Source, judgementRounding) : s).ToList();
        return Rules.National(requiredTotal: null).WithIndicatorScoring(new IndicatorScoringRules(strategies, Rules.Defaults(), true, null, true, NegativeActualPolicy.Reject, new Rounding(0, RoundingMode.Up)));
    }

    [Fact]
    public void Judged_MoreDecimalsThanThePrecision_KeepsTheScoreAndRaisesAWarning()
    {
        // A rule set rounding up to whole points: the evaluator's 4.1 was stored as 5. It stays 4.1, and the row is flagged.
        var score = One(WholePointsRoundingUp(), Example.Q("x", "综合", Direction.AtLeast, 1m, "项", 6m), IndicatorRecord.Judged(new IndicatorCode("x"), 4.1m), out var result);
        Assert.Equal(4.1m, score.Score);
        Assert.Equal(4.1m, score.Raw);
        Assert.Equal("judgement", score.StrategyId);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("assessor-score-precision", problem.Code);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal("x", problem.Location.IndicatorCode);
        Assert.Equal(ScoringOutcome.Complete, result.Outcome);
        Assert.Equal(4.1m, result.Total);
    }

    [Fact]
    public void Judged_AtThePrecision_IsKeptWithoutAnIssue()
    {
        // The other side of the edge: a whole 4 is at the precision and raises nothing.
        var score = One(WholePointsRoundingUp(), Example.Q("x", "综合", Direction.AtLeast, 1m, "项", 6m), IndicatorRecord.Judged(new IndicatorCode("x"), 4m), out var result);
        Assert.Equal("4", Text(score.Score));
        Assert.Empty(result.Problems);
        Assert.Equal("judgement", score.StrategyId);
    }

    [Fact]
    public void Judged_UnderAStrategyWithItsOwnRounding_IsCheckedAgainstTheStrategysPrecision()
    {
        // The judgement strategy keeps 2 decimals while the rule set rounds up to whole points: 4.1 is within the strategy's
        // precision (shown as 4.10), no issue; 4.125 is not.
        var rules = WholePointsRoundingUp(Rules.Two);
        var kept = One(rules, Example.Q("x", "综合", Direction.AtLeast, 1m, "项", 6m), IndicatorRecord.Judged(new IndicatorCode("x"), 4.1m), out var result);
        Assert.Equal("4.10", Text(kept.Score));
        Assert.Empty(result.Problems);
        var finer = One(rules, Example.Q("x", "综合", Direction.AtLeast, 1m, "项", 6m), IndicatorRecord.Judged(new IndicatorCode("x"), 4.125m), out var finerResult);
        Assert.Equal(4.125m, finer.Score);
        Assert.Equal("assessor-score-precision", Assert.Single(finerResult.Problems).Code);
    }

    [Fact]
    public void Judged_AbovePoints_IsAnErrorNamingTheStrategy()
    {
        var score = One(Rules.National(requiredTotal: null), Example.Q("x", "综合", Direction.AtLeast, 1m, "项", 6m), IndicatorRecord.Judged(new IndicatorCode("x"), 6.01m), out var result);
        Assert.Null(score.Score);
        Assert.Equal("judgement", score.StrategyId);
        Assert.Equal(ProblemCodes.JudgementOutOfRange, Assert.Single(result.Problems).Code);
        Assert.Equal(ScoringOutcome.Invalid, result.Outcome);
    }

    [Fact]
    public void Achieved_MoreDecimalsThanThePrecision_KeepsTheAssessorsScore()
    {
        // Qualitative scores are the evaluator's too: 7.125 for "partly achieved" of 10 points lies in [6, 8) and is kept,
        // not rounded to 7.13; the qualitative-bands strategy keeps 2 decimals, so the row is flagged.
        var indicator = LevelThreeIndicator.Qualitative(new IndicatorCode("x"), "指标", 10m, ValueBasis.Other, "说明");
        var score = One(Rules.National(requiredTotal: null), indicator, IndicatorRecord.Achieved(new IndicatorCode("x"), AchievementLevel.PartlyAchieved, 7.125m), out var result);
        Assert.Equal(7.125m, score.Score);
        Assert.Equal("qualitative-bands", score.StrategyId);
        Assert.Equal("assessor-score-precision", Assert.Single(result.Problems).Code);
        Assert.Equal(ScoringOutcome.Complete, result.Outcome);
    }

    // 4. Reconciliation asks the scorer's cap decision.

    private static List<IndicatorRecord> RecordedAs(IReadOnlyList<IndicatorScore> scores) =>
        Example.Records().Select((r, i) => r.State == RecordState.Measured
            ? IndicatorRecord.Measured(r.Code, r.Actual!.Value, recordedScore: scores[i].Score)
            : IndicatorRecord.Achieved(r.Code, r.Achievement!.Value, r.AssessorScore!.Value, recordedScore: scores[i].Score)).ToList();

    [Fact]
    public void Reconcile_UncappedRuleSet_ARowAboveItsPointsByTheRule_IsNoDiscrepancy()
    {
        // Without the cap, 新增灌溉面积 (≥ 1200, actual 1350, 10 points) earns 11.25 and 受益农户满意度 (≥ 90, actual 93) 10.33; a form
        // that records exactly what scoring gives is clean.
        var rules = Rules.National(cap: false);
        var computed = new EvaluationScorer(rules).Score(Example.Evaluation());
        Assert.Equal(11.25m, Example.ScoreOf(computed, "1.1.2"));
        var report = new Reconciler(rules).Reconcile(Example.Evaluation(RecordedAs(computed.Indicators), Example.Budget(recorded: 8.50m), recordedTotal: computed.Total, recordedGrade: computed.Grade), 0m);
        Assert.True(report.IsClean, string.Join("; ", report.Discrepancies.Select(d => d.Kind + " " + d.At)));
    }

    [Fact]
    public void Reconcile_UncappedRuleSet_AnEqualityRowAboveItsPoints_IsStillAboveItsPoints()
    {
        // The cap switch does not reach = indicators: 工程验收合格率 (= 100, 5 points) recorded at 5.10 is above its points.
        var rules = Rules.National(cap: false);
        var computed = new EvaluationScorer(rules).Score(Example.Evaluation());
        var records = RecordedAs(computed.Indicators);
        records[2] = IndicatorRecord.Measured(new IndicatorCode("1.2.1"), 102m, recordedScore: 5.10m);
        var report = new Reconciler(rules).Reconcile(Example.Evaluation(records), 0m);
        var above = report.Discrepancies.Single(d => d.Kind == DiscrepancyKind.RowAbovePoints);
        Assert.Equal("1.2.1", above.At);
        Assert.Equal(5.00m, above.Computed);
    }

    [Fact]
    public void Reconcile_CappedRuleSet_TheSameFormsRowAboveItsPoints_IsReported()
    {
        // The other side: under the national cap the uncapped form's 11.25 is above the 10 points.
        var uncapped = new EvaluationScorer(Rules.National(cap: false)).Score(Example.Evaluation());
        var report = new Reconciler(Rules.National()).Reconcile(Example.Evaluation(RecordedAs(uncapped.Indicators)), 0m);
        Assert.Contains(report.Discrepancies, d => d.Kind == DiscrepancyKind.RowAbovePoints && d.At == "1.1.2");
    }
}
