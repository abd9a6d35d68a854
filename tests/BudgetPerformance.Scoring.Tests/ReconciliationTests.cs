using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Scoring.Reconciliation;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Tests;

public class ReconciliationTests
{
    private static readonly Reconciler Reconciler = new(Rules.National());

    private static System.Collections.Generic.List<IndicatorRecord> RecordedAsComputed()
    {
        var recorded = new[] { 13.80m, 10.00m, 5.00m, 9.47m, 9.00m, 12.60m, 5.00m, 7.00m, 10.00m };
        return Example.Records().Select((r, i) => r.State == RecordState.Measured
            ? IndicatorRecord.Measured(r.Code, r.Actual!.Value, recordedScore: recorded[i])
            : IndicatorRecord.Achieved(r.Code, r.Achievement!.Value, r.AssessorScore!.Value, recordedScore: recorded[i])).ToList();
    }

    [Fact]
    public void Reconcile_FormThatFollowsTheRules_IsClean()
    {
        var report = Reconciler.Reconcile(Example.Evaluation(RecordedAsComputed(), Example.Budget(recorded: 8.50m), recordedTotal: 90.37m, recordedGrade: Grade.Excellent), 0m);
        Assert.True(report.IsClean, string.Join("; ", report.Discrepancies));
    }

    [Fact]
    public void Reconcile_InflatedRow_ReportsBothValuesAndTheRule()
    {
        var records = RecordedAsComputed();
        records[0] = IndicatorRecord.Measured(new IndicatorCode("1.1.1"), 4600m, recordedScore: 15m);
        var report = Reconciler.Reconcile(Example.Evaluation(records, Example.Budget(recorded: 8.50m), recordedTotal: 91.57m, recordedGrade: Grade.Excellent), 0.01m);
        var row = report.Discrepancies.Single(d => d.Kind == DiscrepancyKind.RowScore);
        Assert.Equal("1.1.1", row.At);
        Assert.Equal(15m, row.Recorded);
        Assert.Equal(13.80m, row.Computed);
        Assert.Contains("实际完成值 4600 ÷ 目标值 5000 × 分值 15 = 13.80", row.MessageZh, System.StringComparison.Ordinal);
        var total = report.Discrepancies.Single(d => d.Kind == DiscrepancyKind.Total);
        Assert.Equal(91.57m, total.Recorded);
        Assert.Equal(90.37m, total.Computed);
        Assert.DoesNotContain(report.Discrepancies, d => d.Kind == DiscrepancyKind.RowsDoNotAddUp);
    }

    [Fact]
    public void Reconcile_DifferenceWithinTolerance_IsAMatch_InclusiveEdge()
    {
        var records = RecordedAsComputed();
        records[3] = IndicatorRecord.Measured(new IndicatorCode("1.3.1"), 90m, recordedScore: 9.48m);
        Assert.DoesNotContain(Reconciler.Reconcile(Example.Evaluation(records), 0.01m).Discrepancies, d => d.Kind == DiscrepancyKind.RowScore);
        Assert.Contains(Reconciler.Reconcile(Example.Evaluation(records), 0.009m).Discrepancies, d => d.Kind == DiscrepancyKind.RowScore);
    }

    [Fact]
    public void Reconcile_RowsThatDoNotAddUp_AndAGradeThatDoesNotMatch()
    {
        var report = Reconciler.Reconcile(Example.Evaluation(RecordedAsComputed(), Example.Budget(recorded: 8.50m), recordedTotal: 89.37m, recordedGrade: Grade.Excellent), 0m);
        var sum = report.Discrepancies.Single(d => d.Kind == DiscrepancyKind.RowsDoNotAddUp);
        Assert.Equal(90.37m, sum.Computed);
        Assert.Contains(report.Discrepancies, d => d.Kind == DiscrepancyKind.Total);
        var grade = Reconciler.Reconcile(Example.Evaluation(RecordedAsComputed(), recordedGrade: Grade.Good), 0m).Discrepancies.Single();
        Assert.Equal(DiscrepancyKind.Grade, grade.Kind);
        Assert.Contains("优", grade.MessageZh, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Reconcile_QualitativeScoreOutsideItsBand_AndRowAboveItsPoints()
    {
        var records = RecordedAsComputed();
        records[7] = IndicatorRecord.Achieved(new IndicatorCode("2.3.1"), AchievementLevel.PartlyAchieved, 8.5m, recordedScore: 8.5m);
        records[8] = IndicatorRecord.Measured(new IndicatorCode("3.1.1"), 93m, recordedScore: 11m);
        var report = Reconciler.Reconcile(Example.Evaluation(records), 0m);
        Assert.Equal("2.3.1", report.Discrepancies.Single(d => d.Kind == DiscrepancyKind.OutOfBand).At);
        var above = report.Discrepancies.Single(d => d.Kind == DiscrepancyKind.RowAbovePoints);
        Assert.Equal("3.1.1", above.At);
        Assert.Equal(11m, above.Recorded);
    }

    [Fact]
    public void Reconcile_RecordedGroupScore_IsComparedWithTheSumOfItsMembers()
    {
        var group = new IndicatorScoreGroup("G1", [new IndicatorCode("1.1.1"), new IndicatorCode("1.1.2")], null, 25m);
        var report = Reconciler.Reconcile(Example.Evaluation(Example.Records(), groups: [group]), 0m);
        var d = report.Discrepancies.Single(x => x.Kind == DiscrepancyKind.GroupScore);
        Assert.Equal(25m, d.Recorded);
        Assert.Equal(23.80m, d.Computed);
    }

    [Fact]
    public void Reconcile_WrongBudgetScore_IsReportedWithTheRate()
    {
        var d = Reconciler.Reconcile(Example.Evaluation(budget: Example.Budget(recorded: 10m)), 0m).Discrepancies.Single();
        Assert.Equal(DiscrepancyKind.BudgetScore, d.Kind);
        Assert.Contains("执行率 850000 ÷ 1000000 = 0.85", d.MessageZh, System.StringComparison.Ordinal);
    }
}
