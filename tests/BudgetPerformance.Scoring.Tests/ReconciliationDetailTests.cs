using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring.Reconciliation;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Tests;

/// <summary>
/// Reconciliation (docs/rules/reconciliation.md) discrepancy by discrepancy: which are found, in what order, with which
/// values and messages, at the edges of the tolerance, the points and the grade bands. The agricultural project of
/// EXAMPLES.md §1 recomputes to 13.80, 10.00, 5.00, 9.47, 9.00, 12.60, 5.00, 7.00, 10.00 with a budget block of 8.50:
/// 90.37, 优.
/// </summary>
public class ReconciliationDetailTests
{
    private static readonly Reconciler Reconciler = new(Rules.National());

    private static readonly decimal[] Computed = [13.80m, 10.00m, 5.00m, 9.47m, 9.00m, 12.60m, 5.00m, 7.00m, 10.00m];

    private static List<IndicatorRecord> Recorded(params (int Index, decimal Score)[] changes)
    {
        var scores = Computed.ToArray();
        foreach (var (index, score) in changes)
        {
            scores[index] = score;
        }

        return Example.Records().Select((r, i) => r.State == RecordState.Measured
            ? IndicatorRecord.Measured(r.Code, r.Actual!.Value, recordedScore: scores[i])
            : IndicatorRecord.Achieved(r.Code, r.Achievement!.Value, r.AssessorScore!.Value, recordedScore: scores[i])).ToList();
    }

    private static ReconciliationReport Check(List<IndicatorRecord> records, decimal? budget = 8.50m, decimal? total = null, Grade? grade = null, decimal tolerance = 0m) =>
        Reconciler.Reconcile(Example.Evaluation(records, Example.Budget(recorded: budget), recordedTotal: total, recordedGrade: grade), tolerance);

    [Fact]
    public void Reconcile_RejectsBadArguments_WithTheParameterName()
    {
        Assert.Equal("evaluation", Assert.Throws<ArgumentNullException>(() => Reconciler.Reconcile(null!, 0m)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Reconciler.Reconcile(Example.Evaluation(), -0.01m)).ParamName);
    }

    [Fact]
    public void Report_NamesTheEvaluationAndTheTolerance_AndCarriesTheRecomputation()
    {
        var report = Check(Recorded(), total: 90.37m, grade: Grade.Excellent, tolerance: 0.005m);
        Assert.True(report.IsClean, string.Join("; ", report.Discrepancies));
        Assert.Equal("E-2019-P001", report.EvaluationId);
        Assert.Equal(0.005m, report.Tolerance);
        Assert.Equal(90.37m, report.Explanation.Result.Total);
    }

    [Fact]
    public void RowScore_GivesBothValuesAndTheFormula()
    {
        var d = Check(Recorded((0, 15m))).Discrepancies.Single();
        Assert.Equal(DiscrepancyKind.RowScore, d.Kind);
        Assert.Equal(("1.1.1", 15m, 13.80m), (d.At, d.Recorded!.Value, d.Computed!.Value));
        Assert.Equal("高标准农田建设面积：表上得分 15，按规则应为 实际完成值 4600 ÷ 目标值 5000 × 分值 15 = 13.80", d.MessageZh);
        Assert.Equal("高标准农田建设面积: recorded 15, the rule gives actual 4600 ÷ target 5000 × points 15 = 13.80", d.MessageEn);
        Assert.Equal("RowScore at 1.1.1: " + d.MessageEn, d.ToString());
    }

    [Theory]
    [InlineData("10", false)] // exactly the points: allowed
    [InlineData("10.01", true)]
    public void RowAbovePoints_IsFoundAboveTheIndicatorsPointsOnly(string recorded, bool above)
    {
        var score = decimal.Parse(recorded, System.Globalization.CultureInfo.InvariantCulture);
        var found = Check(Recorded((8, score))).Discrepancies;
        if (!above)
        {
            Assert.Empty(found);
            return;
        }

        Assert.Equal([DiscrepancyKind.RowAbovePoints, DiscrepancyKind.RowScore], found.Select(d => d.Kind));
        var d = found[0];
        Assert.Equal(("3.1.1", score, 10.00m), (d.At, d.Recorded!.Value, d.Computed!.Value));
        Assert.Equal("受益农户满意度：表上得分 10.01 超过分值 10", d.MessageZh);
        Assert.Equal("受益农户满意度: the recorded score 10.01 exceeds the points 10", d.MessageEn);
    }

    [Fact]
    public void OutOfBand_GivesTheAssessorsScore_AndNoRecomputation()
    {
        var records = Recorded();
        records[7] = IndicatorRecord.Achieved(new IndicatorCode("2.3.1"), AchievementLevel.PartlyAchieved, 8.5m, recordedScore: 8.5m);
        var report = Check(records, total: 91.87m);
        var d = Assert.Single(report.Discrepancies); // the result is invalid: no total to compare, and no "cannot be recomputed"
        Assert.Equal(DiscrepancyKind.OutOfBand, d.Kind);
        Assert.Equal(("2.3.1", 8.5m), (d.At, d.Recorded!.Value));
        Assert.Null(d.Computed);
        Assert.Equal("耕地质量改善：评价人打分 8.5 不在所选档次的分值区间内", d.MessageZh);
        Assert.Equal("耕地质量改善: the assessor's score 8.5 lies outside the band of the chosen level (The assessor's score 8.5 of 2.3.1 lies outside [6, 8), the band of PartlyAchieved.)", d.MessageEn);
    }

    [Fact]
    public void NotScorable_IsReportedForARecordedRowThatCannotBeRecomputed_WithTheIssue()
    {
        var records = Recorded();
        records[0] = IndicatorRecord.Measured(new IndicatorCode("1.1.1"), -5m, recordedScore: 0m);
        var d = Check(records).Discrepancies.Single();
        Assert.Equal(DiscrepancyKind.NotScorable, d.Kind);
        Assert.Equal(("1.1.1", 0m), (d.At, d.Recorded!.Value));
        Assert.Null(d.Computed);
        Assert.Equal("高标准农田建设面积：无法重新计分（negative-actual）", d.MessageZh);
        Assert.Equal("高标准农田建设面积: cannot be recomputed (negative-actual at 1.1.1: The actual value -5 of 1.1.1 is negative.)", d.MessageEn);
    }

    [Fact]
    public void RowsDoNotAddUp_ComparesTheRecordedRowsAndBudgetWithTheRecordedTotal()
    {
        // Rows 82.87 + budget 8.50 = 91.37 recorded as 90.37: the sum is off, the total itself is right.
        var report = Check(Recorded((0, 14.80m)), total: 90.37m);
        Assert.Equal([DiscrepancyKind.RowScore, DiscrepancyKind.RowsDoNotAddUp], report.Discrepancies.Select(d => d.Kind));
        var d = report.Discrepancies[1];
        Assert.Equal(("total", 90.37m, 91.37m), (d.At, d.Recorded!.Value, d.Computed!.Value));
        Assert.Equal("表上各行得分合计 91.37，与表上总分 90.37 不符", d.MessageZh);
        Assert.Equal("the recorded rows add up to 91.37, not to the recorded total 90.37", d.MessageEn);

        // Within the tolerance, inclusive, it is a match (and so is the row).
        Assert.Empty(Check(Recorded((0, 14.80m)), total: 90.37m, tolerance: 1m).Discrepancies);
    }

    [Fact]
    public void RowsDoNotAddUp_IsOnlyCheckedWhenEveryScoredRowHasARecordedScore()
    {
        var records = Recorded();
        records[3] = IndicatorRecord.Measured(new IndicatorCode("1.3.1"), 90m); // no score written on the form
        // The written rows add up to 80.90 with the budget, far from the 90.37 on the form: not compared, the form is incomplete.
        var partial = Check(records, total: 90.37m).Discrepancies;
        Assert.DoesNotContain(partial, d => d.Kind == DiscrepancyKind.RowsDoNotAddUp);
        Assert.Empty(partial);

        // A row that does not apply needs no recorded score: the other rows (rescaled) are still added up.
        var dropped = Recorded();
        dropped[2] = IndicatorRecord.NotApplicable(new IndicatorCode("1.2.1"), "本年度未验收");
        var sum = Computed.Where((_, i) => i != 2).Sum() + 8.50m;
        var found = Check(dropped, total: sum + 1m).Discrepancies.Single(x => x.Kind == DiscrepancyKind.RowsDoNotAddUp);
        Assert.Equal(sum, found.Computed);
    }

    [Fact]
    public void Total_GivesTheRecordedTotalAndHowTheRulesFormTheirs()
    {
        var report = Check(Recorded(), total: 91m, tolerance: 0.5m);
        var d = report.Discrepancies.Single(x => x.Kind == DiscrepancyKind.Total);
        Assert.Equal(("total", 91m, 90.37m), (d.At, d.Recorded!.Value, d.Computed!.Value));
        Assert.Equal("表上总分 91，按规则应为 " + report.Explanation.TotalZh, d.MessageZh);
        Assert.Equal("recorded total 91, the rule gives " + report.Explanation.TotalEn, d.MessageEn);
        Assert.EndsWith("= 90.37，按 2 位小数四舍五入 = 90.37", d.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain(Check(Recorded(), total: 90.87m, tolerance: 0.5m).Discrepancies, x => x.Kind == DiscrepancyKind.Total);
    }

    [Fact]
    public void Grade_DifferentFromTheRecomputedGrade_GivesTheBandThatDecides()
    {
        var d = Check(Recorded(), grade: Grade.Good).Discrepancies.Single();
        Assert.Equal(DiscrepancyKind.Grade, d.Kind);
        Assert.Equal("grade", d.At);
        Assert.Null(d.Recorded);
        Assert.Null(d.Computed);
        Assert.Equal("表上等级 良，按规则应为 90.37 ∈ [90, 100] → 优", d.MessageZh);
        Assert.Equal("recorded grade Good, the rule gives 90.37 ∈ [90, 100] → Excellent", d.MessageEn);
    }

    [Theory]
    [InlineData("85", Grade.Excellent, "Good")] // the right grade for the recomputation, the wrong one for the form's own total
    [InlineData("89.994", Grade.Excellent, "Good")]
    [InlineData("89.995", Grade.Good, "Excellent")] // the form's total is rounded first: 90.00
    [InlineData("100", Grade.Good, "Excellent")]
    public void Grade_ThatDoesNotMatchTheRecordedTotal_IsFound_EvenWhenTheRecomputationAgrees(string total, Grade recomputedOrRecorded, string expected)
    {
        var t = decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture);
        var records = Recorded();
        if (recomputedOrRecorded != Grade.Excellent)
        {
            // Make the recomputation incomplete, so that only the recorded total can contradict the recorded grade.
            records[3] = IndicatorRecord.NoData(new IndicatorCode("1.3.1"));
        }

        var report = Check(records, total: t, grade: recomputedOrRecorded);
        var d = report.Discrepancies.Single(x => x.Kind == DiscrepancyKind.Grade);
        Assert.Equal(("grade", t), (d.At, d.Recorded!.Value));
        Assert.Null(d.Computed);
        var recorded = recomputedOrRecorded.GetDisplayName();
        Assert.Equal($"the recorded grade {recorded.English} does not match the recorded total {total} (that is {expected})", d.MessageEn);
        Assert.StartsWith($"表上等级 {recorded.Chinese} 与表上总分 {total} 不符（应为 ", d.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("89.994", Grade.Good)]
    [InlineData("89.995", Grade.Excellent)]
    [InlineData("100.5", Grade.Poor)] // above 100: no grade to compare with
    public void Grade_ThatMatchesTheRecordedTotal_IsNotFound_WhenNothingCanBeRecomputed(string total, Grade recorded)
    {
        var records = Recorded();
        records[3] = IndicatorRecord.NoData(new IndicatorCode("1.3.1"));
        var report = Check(records, total: decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture), grade: recorded);
        Assert.DoesNotContain(report.Discrepancies, d => d.Kind == DiscrepancyKind.Grade);
    }

    [Fact]
    public void GroupAndBudgetScores_AreComparedAndCountTowardsTheRecordedSum()
    {
        var group = new IndicatorScoreGroup("G1", [new IndicatorCode("1.1.1"), new IndicatorCode("1.1.2")], null, 25m);
        var report = Reconciler.Reconcile(Example.Evaluation(Recorded(), Example.Budget(recorded: 10m), recordedTotal: 90.37m + 1.5m, groups: [group]), 0m);
        Assert.Equal([DiscrepancyKind.GroupScore, DiscrepancyKind.BudgetScore, DiscrepancyKind.Total], report.Discrepancies.Select(d => d.Kind));

        var g = report.Discrepancies[0];
        Assert.Equal(("G1", 25m, 23.80m), (g.At, g.Recorded!.Value, g.Computed!.Value));
        Assert.Equal("合并打分 G1：表上得分 25，按规则应为 23.80", g.MessageZh);
        Assert.Equal("group G1: recorded 25, the rule gives 23.80", g.MessageEn);

        var b = report.Discrepancies[1];
        Assert.Equal(("budget", 10m, 8.50m), (b.At, b.Recorded!.Value, b.Computed!.Value));
        Assert.Equal("预算执行：表上得分 10，按规则应为 执行率 850000 ÷ 1000000 = 0.85 × 分值 10 = 8.50", b.MessageZh);
        Assert.Equal("budget execution: recorded 10, the rule gives rate 850000 ÷ 1000000 = 0.85 × points 10 = 8.50", b.MessageEn);

        // The rows (81.87) and the budget (10) add up to the recorded total: no RowsDoNotAddUp. The group's members have
        // scores of their own, so its 25 is their subtotal, compared above but not added to the sum a second time.
        Assert.DoesNotContain(report.Discrepancies, d => d.Kind == DiscrepancyKind.RowsDoNotAddUp);
    }

    [Fact]
    public void ReCheck_RejectsNullArguments_WithTheParameterName()
    {
        var rules = Rules.National();
        var combiner = new ReCheckCombiner(rules);
        var result = new EvaluationScorer(rules).Score(Example.Evaluation());
        Assert.Equal("self", Assert.Throws<ArgumentNullException>(() => combiner.Combine(null!, result)).ParamName);
        Assert.Equal("reCheck", Assert.Throws<ArgumentNullException>(() => combiner.Combine(result, null!)).ParamName);
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => new ReCheckCombiner(null!)).ParamName);
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => ReCheckCombiner.FindProblems(null!)).ParamName);

        var records = Example.Records();
        records[0] = IndicatorRecord.NoData(new IndicatorCode("1.1.1"));
        var incomplete = new EvaluationScorer(rules).Score(Example.Evaluation(records));
        var self = Assert.Throws<ArgumentException>(() => combiner.Combine(incomplete, result));
        Assert.Equal(("self", "The self-evaluation result is not complete. (Parameter 'self')"), (self.ParamName, self.Message));
        var reCheck = Assert.Throws<ArgumentException>(() => combiner.Combine(result, incomplete));
        Assert.Equal(("reCheck", "The re-check result is not complete. (Parameter 'reCheck')"), (reCheck.ParamName, reCheck.Message));
    }

    [Fact]
    public void ReCheck_RuleSetWithoutTheFamily_IsRefusedWithOneProblem_BeforeAnyWork()
    {
        var rules = Rules.National();
        var noFamily = rules.WithReCheck(null);
        var problem = Assert.Single(ReCheckCombiner.FindProblems(noFamily));
        Assert.Equal((ProblemCodes.RuleFamilyMissing, "ruleSet"), (problem.Code, problem.Location.Element));
        Assert.Equal($"The rule set {noFamily} lacks rules that Reconciliation needs: Re-check.", problem.MessageEn);
        Assert.Equal($"规则集 {noFamily} 缺少核对所需的规则：抽查复核。", problem.MessageZh);
        var refused = Assert.Throws<DomainInvariantException>(() => new ReCheckCombiner(noFamily));
        Assert.Equal(("ruleSet", problem), (refused.ParamName, refused.Problem));
        Assert.Empty(ReCheckCombiner.FindProblems(rules));
        Assert.Equal([RuleFamily.ReCheck], ReCheckCombiner.RequiredFamilies);
        Assert.Equal(LifecycleStage.Reconciliation, ReCheckCombiner.Stage);
        Assert.Same(rules, new ReCheckCombiner(rules).RuleSet);
    }

    [Fact]
    public void Reconciler_NeedsWhatScoringNeeds()
    {
        var rules = Rules.National();
        Assert.Equal(EvaluationScorer.RequiredFamilies, Reconciler.RequiredFamilies);
        Assert.Equal(LifecycleStage.Reconciliation, Reconciler.Stage);
        var problem = Assert.Single(Reconciler.FindProblems(rules.WithAggregation(null).WithIndicatorScoring(null)));
        Assert.Equal("规则集 national-2020 v1 缺少核对所需的规则：指标计分、汇总。", problem.MessageZh);
        Assert.Equal("ruleSet", Assert.Throws<DomainInvariantException>(() => new Reconciler(rules.WithAggregation(null))).ParamName);
        Assert.Same(rules, new Reconciler(rules).RuleSet);
    }
}
