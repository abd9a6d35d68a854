using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Scoring.Reconciliation;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Tests;

/// <summary>
/// Issue 17, item 10 (the open question "recorded-only score groups make the rows-do-not-add-up check skip"): a group's
/// score written on the form (a merged score cell) accounts for its members' rows in the add-up check. The agricultural
/// project of EXAMPLES.md §1 recomputes to 13.80, 10.00, 5.00, 9.47, 9.00, 12.60, 5.00, 7.00, 10.00 and a budget of 8.50.
/// </summary>
public class RecordedGroupReconciliationTests
{
    private static readonly Reconciler Reconciler = new(Rules.National());

    private static readonly decimal[] Computed = [13.80m, 10.00m, 5.00m, 9.47m, 9.00m, 12.60m, 5.00m, 7.00m, 10.00m];

    private static readonly IndicatorCode[] Members = [new("1.1.1"), new("1.1.2")];

    // Every row written on the form, except the rows at the given indexes (their score is in a merged cell).
    private static List<IndicatorRecord> Recorded(params int[] unwritten) =>
        Example.Records().Select((r, i) =>
        {
            decimal? score = unwritten.Contains(i) ? null : Computed[i];
            return r.State == RecordState.Measured
                ? IndicatorRecord.Measured(r.Code, r.Actual!.Value, recordedScore: score)
                : IndicatorRecord.Achieved(r.Code, r.Achievement!.Value, r.AssessorScore!.Value, recordedScore: score);
        }).ToList();

    private static ReconciliationReport Check(List<IndicatorRecord> records, IndicatorScoreGroup group, decimal total) =>
        Reconciler.Reconcile(Example.Evaluation(records, Example.Budget(recorded: 8.50m), recordedTotal: total, groups: [group]), 0m);

    [Fact]
    public void RowsDoNotAddUp_WithARecordedOnlyGroup_IsChecked()
    {
        // 1.1.1 and 1.1.2 share one score cell of 23.80 (13.80 + 10.00); with the other rows 58.07 and the budget 8.50 the
        // form's scores add up to 90.37, where its total says 99.37. The old code saw two rows without a score of their own
        // and skipped the check: it reported only that the total differs from the recomputation.
        var report = Check(Recorded(0, 1), new IndicatorScoreGroup("G1", Members, null, 23.80m), total: 99.37m);
        var d = report.Discrepancies.Single(x => x.Kind == DiscrepancyKind.RowsDoNotAddUp);
        Assert.Equal(("total", 99.37m, 90.37m), (d.At, d.Recorded!.Value, d.Computed!.Value));
        Assert.Equal("the recorded rows add up to 90.37, not to the recorded total 99.37", d.MessageEn);
    }

    [Fact]
    public void RowsDoNotAddUp_WithARecordedOnlyGroup_ThatAddsUp_IsClean()
    {
        // The merged cell 23.80 + the other rows 58.07 + the budget 8.50 = 90.37, the form's total.
        var report = Check(Recorded(0, 1), new IndicatorScoreGroup("G1", Members, null, 23.80m), total: 90.37m);
        Assert.True(report.IsClean, string.Join("; ", report.Discrepancies));
    }

    [Fact]
    public void RowsDoNotAddUp_AWrongMergedCell_IsBothAGroupScoreAndASum()
    {
        // The cell says 25 where the members give 23.80: the group is reported, and the rows (25 + 58.07 + 8.50 = 91.57) do
        // not add up to the form's 90.37.
        var report = Check(Recorded(0, 1), new IndicatorScoreGroup("G1", Members, null, 25m), total: 90.37m);
        Assert.Equal([DiscrepancyKind.GroupScore, DiscrepancyKind.RowsDoNotAddUp], report.Discrepancies.Select(d => d.Kind));
        Assert.Equal(91.57m, report.Discrepancies[1].Computed);
    }

    [Fact]
    public void RowsDoNotAddUp_AGroupOverRowsWithTheirOwnScores_IsASubtotalNotAddedTwice()
    {
        // Every member has its own score and the group repeats their sum: the rows 81.87 and the budget 8.50 make 90.37.
        // The old code added the group's 23.80 again (114.17) and reported rows that do not add up on a consistent form.
        var report = Check(Recorded(), new IndicatorScoreGroup("G1", Members, null, 23.80m), total: 90.37m);
        Assert.True(report.IsClean, string.Join("; ", report.Discrepancies));
    }

    [Fact]
    public void RowsDoNotAddUp_AGroupWithSomeMembersScored_CannotBePlaced_AndIsNotAddedUp()
    {
        // 1.1.1 carries 13.80 of its own, 1.1.2 none, and the group says 23.80: which cell covers what is unclear.
        var report = Check(Recorded(1), new IndicatorScoreGroup("G1", Members, null, 23.80m), total: 50m);
        Assert.DoesNotContain(report.Discrepancies, d => d.Kind == DiscrepancyKind.RowsDoNotAddUp);
    }

    [Fact]
    public void RowsDoNotAddUp_AnAssessedGroupWithoutAWrittenScore_LeavesTheRowsIncomplete()
    {
        // 1.1.1 and 1.1.2 are scored together by the assessor (24), but the form writes no score for the group: the written
        // rows (58.07 + 8.50) cannot add up to a total that includes it. The old code compared 66.57 with 90.57 and reported it.
        var records = Recorded();
        records[0] = IndicatorRecord.Grouped(Members[0]);
        records[1] = IndicatorRecord.Grouped(Members[1]);
        var report = Check(records, new IndicatorScoreGroup("G1", Members, 24m, null), total: 90.57m);
        Assert.DoesNotContain(report.Discrepancies, d => d.Kind == DiscrepancyKind.RowsDoNotAddUp);

        // Written on the form, the assessed group's score is its members' cell: 24 + 58.07 + 8.50 = 90.57.
        var written = Check(records, new IndicatorScoreGroup("G1", Members, 24m, 24m), total: 90.57m);
        Assert.True(written.IsClean, string.Join("; ", written.Discrepancies));
    }
}
