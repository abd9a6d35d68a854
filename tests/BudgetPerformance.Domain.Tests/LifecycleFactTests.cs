using System;
using System.Linq;
using BudgetPerformance.Admission;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Monitoring;
using BudgetPerformance.Problems;
using BudgetPerformance.Rectification;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Tests;

/// <summary>
/// Rectification notices (docs/rules/rectification.md), the target review workflow, ex-ante outcomes, admission
/// requests and monitoring facts: their state changes, their dates at the edges and their argument checks.
/// </summary>
public class LifecycleFactTests
{
    private static readonly SubjectRef P001 = new(SubjectType.Project, "P001");
    private static readonly LocalDate Issued = new(2021, 3, 1);
    private static readonly LocalDate Deadline = new(2021, 6, 30);

    private static RectificationNotice Notice() => new("N1", P001, "E-2020-01", "物业服务合同未按绩效付费", "县政务服务中心", Issued, Deadline);

    private static PerformanceTarget Draft(int year = 2021) => new(P001, new FiscalYear(year), "建设高标准农田", Samples.AgricultureTree(), "U01");

    private static SpendingItem Item(string code = "P001") =>
        new(SubjectType.Project, code, "高标准农田建设", "D01", "U01", Sector.Agriculture, ProjectKind.OneOff, true, Money.FromYuan(1_000_000m));

    [Fact]
    public void Notice_StatusOn_WorkedExampleWithoutReport()
    {
        // docs/rules/rectification.md: the deadline itself is still in time.
        var notice = Notice();

        Assert.Equal(RectificationState.Issued, notice.StatusOn(Issued.PlusDays(-1)));
        Assert.Equal(RectificationState.Issued, notice.StatusOn(Issued));
        Assert.Equal(RectificationState.Issued, notice.StatusOn(new LocalDate(2021, 6, 30)));
        Assert.Equal(RectificationState.Overdue, notice.StatusOn(new LocalDate(2021, 7, 1)));
    }

    [Fact]
    public void Notice_StatusOn_WorkedExampleReportedInTimeVerifiedLate()
    {
        var notice = Notice().Report(new LocalDate(2021, 6, 1)).Verify(new LocalDate(2021, 7, 15));

        Assert.Equal(RectificationState.Issued, notice.StatusOn(new LocalDate(2021, 5, 31)));
        Assert.Equal(RectificationState.Reported, notice.StatusOn(new LocalDate(2021, 6, 1)));
        Assert.Equal(RectificationState.Reported, notice.StatusOn(new LocalDate(2021, 6, 30)));
        Assert.Equal(RectificationState.Overdue, notice.StatusOn(new LocalDate(2021, 7, 14)));
        Assert.Equal(RectificationState.Verified, notice.StatusOn(new LocalDate(2021, 7, 15)));
        Assert.Equal(RectificationState.Verified, notice.StatusOn(new LocalDate(2022, 1, 1)));
    }

    [Fact]
    public void Notice_StatusOn_VerifiedInTime_IsNeverOverdue()
    {
        var notice = Notice().Report(new LocalDate(2021, 6, 1)).Verify(new LocalDate(2021, 6, 20));

        Assert.Equal(RectificationState.Reported, notice.StatusOn(new LocalDate(2021, 6, 19)));
        Assert.Equal(RectificationState.Verified, notice.StatusOn(new LocalDate(2021, 6, 20)));
        Assert.Equal(RectificationState.Verified, notice.StatusOn(new LocalDate(2021, 7, 1)));
    }

    [Fact]
    public void Notice_Report_KeepsTheNoticeAndRecordsTheDate()
    {
        var notice = Notice();
        var reported = notice.Report(Issued);

        Assert.Equal(RectificationState.Issued, notice.State);
        Assert.Null(notice.ReportedOn);
        Assert.Equal(RectificationState.Reported, reported.State);
        Assert.Equal(Issued, reported.ReportedOn);
        Assert.Null(reported.VerifiedOn);
        Assert.Equal(
            ("N1", P001, "E-2020-01", "物业服务合同未按绩效付费", "县政务服务中心", Issued, Deadline),
            (reported.Id, reported.Subject, reported.EvaluationId, reported.Finding, reported.Owner, reported.IssuedOn, reported.Deadline));

        var verified = reported.Verify(new LocalDate(2021, 4, 2));
        Assert.Equal(RectificationState.Verified, verified.State);
        Assert.Equal((Issued, new LocalDate(2021, 4, 2)), (verified.ReportedOn!.Value, verified.VerifiedOn!.Value));
        Assert.Equal(("N1", "E-2020-01", Deadline), (verified.Id, verified.EvaluationId, verified.Deadline));
    }

    [Fact]
    public void Notice_StateChangesOutOfOrder_AreInvalidOperations()
    {
        Assert.Equal("A Issued notice cannot be verified; it must be reported first.",
            Assert.Throws<InvalidOperationException>(() => Notice().Verify(Deadline)).Message);
        var verified = Notice().Report(Issued).Verify(Issued);
        Assert.Equal("A Verified notice cannot be verified; it must be reported first.",
            Assert.Throws<InvalidOperationException>(() => verified.Verify(Deadline)).Message);
        Assert.Equal("A Verified notice cannot be reported.", Assert.Throws<InvalidOperationException>(() => verified.Report(Deadline)).Message);
    }

    [Fact]
    public void Notice_DateMessages()
    {
        Assert.StartsWith("A report cannot precede the notice.",
            Assert.Throws<ArgumentOutOfRangeException>(() => Notice().Report(Issued.PlusDays(-1))).Message, StringComparison.Ordinal);
        Assert.StartsWith("A verification cannot precede the report.",
            Assert.Throws<ArgumentOutOfRangeException>(() => Notice().Report(Deadline).Verify(Deadline.PlusDays(-1))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Notice_Constructor_ChecksEveryArgument()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new RectificationNotice(" ", P001, "E1", "f", "o", Issued, Deadline)).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentException>(() => new RectificationNotice("N1", default, "E1", "f", "o", Issued, Deadline)).ParamName);
        Assert.Equal("evaluationId", Assert.Throws<ArgumentException>(() => new RectificationNotice("N1", P001, "", "f", "o", Issued, Deadline)).ParamName);
        Assert.Equal("finding", Assert.Throws<ArgumentNullException>(() => new RectificationNotice("N1", P001, "E1", null!, "o", Issued, Deadline)).ParamName);
        Assert.Equal("owner", Assert.Throws<ArgumentException>(() => new RectificationNotice("N1", P001, "E1", "f", "\t", Issued, Deadline)).ParamName);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RectificationNotice("N1", P001, "E1", "f", "o", Issued, Issued.PlusDays(-1)));
        Assert.Equal("deadline", e.ParamName);
        Assert.StartsWith("The deadline cannot be before the date of issue.", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("The subject must be a created SubjectRef.",
            Assert.Throws<ArgumentException>(() => new RectificationNotice("N1", default, "E1", "f", "o", Issued, Deadline)).Message, StringComparison.Ordinal);

        var sameDay = new RectificationNotice("N1", P001, "E1", "f", "o", Issued, Issued);
        Assert.Equal(Issued, sameDay.Deadline);
        Assert.Equal(RectificationState.Overdue, sameDay.StatusOn(Issued.PlusDays(1)));
    }

    [Fact]
    public void Target_Workflow_DraftSubmitReturnResubmitApprove()
    {
        var draft = Draft();
        Assert.Equal((TargetStatus.Draft, (string?)null, (string?)null), (draft.Status, draft.ReviewedBy, draft.ReturnReason));
        Assert.Equal(("建设高标准农田", "U01", new FiscalYear(2021), P001), (draft.OverallGoal, draft.AuthoredBy, draft.Year, draft.Subject));

        var submitted = draft.Submit();
        Assert.Equal((TargetStatus.Submitted, (string?)null, (string?)null), (submitted.Status, submitted.ReviewedBy, submitted.ReturnReason));
        Assert.Same(draft.Indicators, submitted.Indicators);

        var returned = submitted.Return("S-AGR", "缺少时效指标");
        Assert.Equal((TargetStatus.Returned, "S-AGR", "缺少时效指标"), (returned.Status, returned.ReviewedBy, returned.ReturnReason));
        Assert.Equal(("建设高标准农田", "U01"), (returned.OverallGoal, returned.AuthoredBy));

        // Resubmitting clears the reviewer and the reason of the earlier review.
        var again = returned.Submit();
        Assert.Equal((TargetStatus.Submitted, (string?)null, (string?)null), (again.Status, again.ReviewedBy, again.ReturnReason));

        var approved = again.Approve("S-AGR");
        Assert.Equal((TargetStatus.Approved, "S-AGR", (string?)null), (approved.Status, approved.ReviewedBy, approved.ReturnReason));
        Assert.Equal((P001, new FiscalYear(2021)), (approved.Subject, approved.Year));
    }

    [Fact]
    public void Target_InvalidTransitions_NameTheStatus()
    {
        Assert.Equal("A Submitted target cannot be submitted.", Assert.Throws<InvalidOperationException>(() => Draft().Submit().Submit()).Message);
        Assert.Equal("A Approved target cannot be submitted.", Assert.Throws<InvalidOperationException>(() => Draft().Submit().Approve("S").Submit()).Message);
        Assert.Equal("A Draft target cannot be approved; only a submitted one.", Assert.Throws<InvalidOperationException>(() => Draft().Approve("S")).Message);
        Assert.Equal("A Returned target cannot be approved; only a submitted one.", Assert.Throws<InvalidOperationException>(() => Draft().Submit().Return("S", "r").Approve("S")).Message);
        Assert.Equal("A Draft target cannot be returned; only a submitted one.", Assert.Throws<InvalidOperationException>(() => Draft().Return("S", "r")).Message);
        Assert.Equal("A Approved target cannot be returned; only a submitted one.", Assert.Throws<InvalidOperationException>(() => Draft().Submit().Approve("S").Return("S", "r")).Message);
    }

    [Fact]
    public void Target_ReviewArguments_AreCheckedBeforeTheStatus()
    {
        var draft = Draft();

        Assert.Equal("reviewer", Assert.Throws<ArgumentException>(() => draft.Approve(" ")).ParamName);
        Assert.Equal("reviewer", Assert.Throws<ArgumentNullException>(() => draft.Return(null!, "r")).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => draft.Submit().Return("S", "")).ParamName);
        Assert.Equal("overallGoal", Assert.Throws<ArgumentException>(() => new PerformanceTarget(P001, new FiscalYear(2021), " ", Samples.AgricultureTree(), "U01")).ParamName);
        Assert.Equal("indicators", Assert.Throws<ArgumentNullException>(() => new PerformanceTarget(P001, new FiscalYear(2021), "g", null!, "U01")).ParamName);
        Assert.Equal("authoredBy", Assert.Throws<ArgumentException>(() => new PerformanceTarget(P001, new FiscalYear(2021), "g", Samples.AgricultureTree(), "")).ParamName);
    }

    [Fact]
    public void Target_Restore_EveryStatusWithItsReviewerAndReason()
    {
        var tree = Samples.AgricultureTree();
        var y = new FiscalYear(2021);

        var draft = PerformanceTarget.Restore(P001, y, "g", tree, "U01", TargetStatus.Draft, null, null);
        Assert.Equal((TargetStatus.Draft, (string?)null, (string?)null), (draft.Status, draft.ReviewedBy, draft.ReturnReason));
        var submitted = PerformanceTarget.Restore(P001, y, "g", tree, "U01", TargetStatus.Submitted, null, null);
        Assert.Equal(TargetStatus.Submitted, submitted.Status);
        var approved = PerformanceTarget.Restore(P001, y, "g", tree, "U01", TargetStatus.Approved, "S-AGR", null);
        Assert.Equal((TargetStatus.Approved, "S-AGR", (string?)null), (approved.Status, approved.ReviewedBy, approved.ReturnReason));
        var returned = PerformanceTarget.Restore(P001, y, "g", tree, "U01", TargetStatus.Returned, "S-AGR", "缺少时效指标");
        Assert.Equal((TargetStatus.Returned, "S-AGR", "缺少时效指标"), (returned.Status, returned.ReviewedBy, returned.ReturnReason));
        Assert.Equal(("g", "U01", y), (returned.OverallGoal, returned.AuthoredBy, returned.Year));
    }

    [Fact]
    public void Target_Restore_ReasonMustMatchTheStatus()
    {
        var tree = Samples.AgricultureTree();
        var y = new FiscalYear(2021);

        var missing = Assert.Throws<ArgumentException>(() => PerformanceTarget.Restore(P001, y, "g", tree, "U01", TargetStatus.Returned, "S", " "));
        Assert.Equal("returnReason", missing.ParamName);
        Assert.StartsWith("A returned target carries its reason.", missing.Message, StringComparison.Ordinal);
        var extra = Assert.Throws<ArgumentException>(() => PerformanceTarget.Restore(P001, y, "g", tree, "U01", TargetStatus.Approved, "S", "r"));
        Assert.Equal("returnReason", extra.ParamName);
        Assert.StartsWith("Only a returned target has a return reason.", extra.Message, StringComparison.Ordinal);
        Assert.Equal("returnReason", Assert.Throws<ArgumentException>(() => PerformanceTarget.Restore(P001, y, "g", tree, "U01", TargetStatus.Draft, null, "")).ParamName);
        Assert.StartsWith("An approved or returned target names its reviewer.",
            Assert.Throws<ArgumentException>(() => PerformanceTarget.Restore(P001, y, "g", tree, "U01", TargetStatus.Approved, "", null)).Message, StringComparison.Ordinal);
        Assert.StartsWith("A target not yet reviewed has no reviewer.",
            Assert.Throws<ArgumentException>(() => PerformanceTarget.Restore(P001, y, "g", tree, "U01", TargetStatus.Submitted, "S", null)).Message, StringComparison.Ordinal);
        Assert.Equal("status", Assert.Throws<ArgumentOutOfRangeException>(() => PerformanceTarget.Restore(P001, y, "g", tree, "U01", (TargetStatus)4, null, null)).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentException>(() => PerformanceTarget.Restore(default, y, "g", tree, "U01", TargetStatus.Draft, null, null)).ParamName);
    }

    [Fact]
    public void ExAnteOutcome_ScoreEdgesAndAdjustments()
    {
        Assert.Equal(0m, new ExAnteOutcome(P001, Issued, ExAnteConclusion.DoNotSupport, 0m).Score);
        Assert.Equal(100m, new ExAnteOutcome(P001, Issued, ExAnteConclusion.Support, 100m).Score);
        Assert.Null(new ExAnteOutcome(P001, Issued, ExAnteConclusion.Support).Score);
        Assert.Equal("score", Assert.Throws<ArgumentOutOfRangeException>(() => new ExAnteOutcome(P001, Issued, ExAnteConclusion.Support, -0.01m)).ParamName);
        Assert.StartsWith("The score must lie in [0, 100].",
            Assert.Throws<ArgumentOutOfRangeException>(() => new ExAnteOutcome(P001, Issued, ExAnteConclusion.Support, 100.01m)).Message, StringComparison.Ordinal);

        var adjusted = new ExAnteOutcome(P001, Issued, ExAnteConclusion.SupportAfterAdjustment, 75m, ["压缩建设规模", "补充绩效指标"]);
        Assert.Equal(["压缩建设规模", "补充绩效指标"], adjusted.Adjustments);
        Assert.Equal((P001, ExAnteConclusion.SupportAfterAdjustment), (adjusted.Subject, adjusted.Conclusion));
        Assert.Empty(new ExAnteOutcome(P001, Issued, ExAnteConclusion.SupportAfterAdjustment).Adjustments);
        Assert.Empty(new ExAnteOutcome(P001, Issued, ExAnteConclusion.Support, null, []).Adjustments);

        var wrong = Assert.Throws<ArgumentException>(() => new ExAnteOutcome(P001, Issued, ExAnteConclusion.Support, null, ["压缩建设规模"]));
        Assert.Equal("adjustments", wrong.ParamName);
        Assert.StartsWith("Adjustments are only asked for with the conclusion 'support after adjustment'.", wrong.Message, StringComparison.Ordinal);
        Assert.Equal("adjustments", Assert.Throws<ArgumentException>(() => new ExAnteOutcome(P001, Issued, ExAnteConclusion.SupportAfterAdjustment, null, ["ok", " "])).ParamName);
        Assert.Equal("conclusion", Assert.Throws<ArgumentOutOfRangeException>(() => new ExAnteOutcome(P001, Issued, (ExAnteConclusion)3)).ParamName);
    }

    [Fact]
    public void AdmissionRequest_TargetMustBeOfTheItemAndTheYear()
    {
        var item = Item();
        var y = new FiscalYear(2021);
        var outcome = new ExAnteOutcome(P001, Issued, ExAnteConclusion.Support);

        var request = new AdmissionRequest(item, y, Money.Zero, Draft(), outcome);
        Assert.Equal((item, y, Money.Zero), (request.Item, request.Year, request.Amount));
        Assert.Same(outcome, request.ExAnte);
        Assert.Equal(P001, request.Target!.Subject);

        var otherYear = Assert.Throws<ArgumentException>(() => new AdmissionRequest(item, y, Money.Zero, Draft(2022), null));
        Assert.Equal("target", otherYear.ParamName);
        Assert.StartsWith("The target is for Project:P001 in 2022, not Project:P001 in 2021.", otherYear.Message, StringComparison.Ordinal);
        var otherItem = Assert.Throws<ArgumentException>(() => new AdmissionRequest(Item("P002"), y, Money.Zero, Draft(), null));
        Assert.Equal("target", otherItem.ParamName);
        Assert.StartsWith("The ex-ante assessment is of Project:P001, not Project:P002.",
            Assert.Throws<ArgumentException>(() => new AdmissionRequest(Item("P002"), y, Money.Zero, null, outcome)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The requested amount must not be negative.",
            Assert.Throws<ArgumentOutOfRangeException>(() => new AdmissionRequest(item, y, Money.FromYuan(-0.01m), null, null)).Message, StringComparison.Ordinal);
        Assert.Equal("item", Assert.Throws<ArgumentNullException>(() => new AdmissionRequest(null!, y, Money.Zero, null, null)).ParamName);
    }

    [Fact]
    public void IndicatorProgress_ReasonsWithoutRepeatsInOrder_AndStates()
    {
        var code = new IndicatorCode("1.1.1");
        var measured = IndicatorProgress.Measured(code, 2300m, Likelihood.Possible, [DeviationReason.Funding, DeviationReason.Staff, DeviationReason.Funding], "资金未到位");

        Assert.Equal((ProgressState.Measured, (decimal?)2300m, (AchievementLevel?)null, (Likelihood?)Likelihood.Possible, "资金未到位"),
            (measured.State, measured.Actual, measured.Achievement, measured.Likelihood, measured.Note));
        Assert.Equal([DeviationReason.Funding, DeviationReason.Staff], measured.DeviationReasons);
        Assert.Equal(code, measured.Code);

        var achieved = IndicatorProgress.Achieved(new IndicatorCode("2.3.1"), AchievementLevel.PartlyAchieved);
        Assert.Equal((ProgressState.Achievement, (decimal?)null, (AchievementLevel?)AchievementLevel.PartlyAchieved, (Likelihood?)null),
            (achieved.State, achieved.Actual, achieved.Achievement, achieved.Likelihood));
        Assert.Empty(achieved.DeviationReasons);

        var none = IndicatorProgress.NoData(code, Likelihood.Impossible, [DeviationReason.Other]);
        Assert.Equal((ProgressState.NoData, (decimal?)null, (AchievementLevel?)null, (Likelihood?)Likelihood.Impossible), (none.State, none.Actual, none.Achievement, none.Likelihood));
        Assert.Equal([DeviationReason.Other], none.DeviationReasons);
    }

    [Fact]
    public void IndicatorProgress_UndefinedValues_NameTheParameter()
    {
        var code = new IndicatorCode("1.1.1");

        Assert.Equal("likelihood", Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorProgress.Measured(code, 1m, (Likelihood)3)).ParamName);
        Assert.Equal("reasons", Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorProgress.Measured(code, 1m, null, [DeviationReason.Funding, (DeviationReason)5])).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorProgress.Achieved(code, (AchievementLevel)3)).ParamName);
        Assert.StartsWith("The code must be a created IndicatorCode.", Assert.Throws<ArgumentException>(() => IndicatorProgress.Measured(default, 1m)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MonitoringRecord_AsOf_MustLieInTheFiscalYearBothEndsInclusive()
    {
        var target = Draft();
        var budget = new BudgetExecution(Money.FromYuan(100m), Money.FromYuan(40m));

        Assert.Equal(new LocalDate(2021, 1, 1), new MonitoringRecord(target, new LocalDate(2021, 1, 1), budget, []).AsOf);
        Assert.Equal(new LocalDate(2021, 12, 31), new MonitoringRecord(target, new LocalDate(2021, 12, 31), budget, []).AsOf);
        var before = Assert.Throws<ArgumentOutOfRangeException>(() => new MonitoringRecord(target, new LocalDate(2020, 12, 31), budget, []));
        Assert.Equal("asOf", before.ParamName);
        Assert.StartsWith("The date 2020-12-31 must lie in the fiscal year 2021.", before.Message, StringComparison.Ordinal);
        Assert.Equal("asOf", Assert.Throws<ArgumentOutOfRangeException>(() => new MonitoringRecord(target, new LocalDate(2022, 1, 1), budget, [])).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => new MonitoringRecord(null!, new LocalDate(2021, 6, 30), budget, [])).ParamName);
        Assert.Equal("budget", Assert.Throws<ArgumentNullException>(() => new MonitoringRecord(target, new LocalDate(2021, 6, 30), null!, [])).ParamName);
    }

    [Fact]
    public void MonitoringRecord_ProgressOf_GivenEntriesAndNoDataForTheRest()
    {
        var target = Draft();
        var budget = new BudgetExecution(Money.FromYuan(100m), Money.FromYuan(40m));
        var given = IndicatorProgress.Measured(new IndicatorCode("1.1.2"), 600m);
        var judged = IndicatorProgress.Achieved(new IndicatorCode("2.3.1"), AchievementLevel.Achieved);
        var record = new MonitoringRecord(target, new LocalDate(2021, 7, 31), budget, [judged, given]);

        Assert.Same(given, record.ProgressOf(new IndicatorCode("1.1.2")));
        Assert.Same(judged, record.ProgressOf(new IndicatorCode("2.3.1")));
        Assert.Equal(ProgressState.NoData, record.ProgressOf(new IndicatorCode("1.1.1")).State);
        Assert.Equal(new IndicatorCode("1.1.1"), record.ProgressOf(new IndicatorCode("1.1.1")).Code);
        Assert.Equal(9, record.Progress.Count);
        Assert.Same(given, record.Progress[1]);
        Assert.Same(judged, record.Progress[7]);
        Assert.Equal(7, record.Progress.Count(p => p.State == ProgressState.NoData));
        Assert.Same(target, record.Target);
        Assert.Same(budget, record.Budget);

        var unknown = Assert.Throws<ArgumentException>(() => record.ProgressOf(new IndicatorCode("1.1")));
        Assert.Equal("code", unknown.ParamName);
        Assert.StartsWith("The target has no level-3 indicator 1.1.", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MonitoringRecord_MeasuredValueForAQualitativeIndicator_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => new MonitoringRecord(Draft(), new LocalDate(2021, 6, 30), new BudgetExecution(Money.Zero, Money.Zero),
            [IndicatorProgress.Measured(new IndicatorCode("2.3.1"), 1m)]));

        Assert.Equal("progress", e.ParamName);
        Assert.StartsWith("Indicator 2.3.1 is qualitative: record an achievement level, not an actual value.", e.Message, StringComparison.Ordinal);
        Assert.Equal(ProgressState.NoData, new MonitoringRecord(Draft(), new LocalDate(2021, 6, 30), new BudgetExecution(Money.Zero, Money.Zero),
            [IndicatorProgress.NoData(new IndicatorCode("2.3.1"))]).Progress[7].State);
    }

    [Fact]
    public void MonitoringRecord_FindProblems_ListsEveryProblem_InBothLanguages_AndTheConstructorAgrees()
    {
        var target = Draft();
        var budget = new BudgetExecution(Money.FromYuan(100m), Money.FromYuan(40m));
        IndicatorProgress[] entries =
        [
            IndicatorProgress.Measured(new IndicatorCode("9.9.9"), 1m),
            IndicatorProgress.Measured(new IndicatorCode("2.3.1"), 1m),
            IndicatorProgress.Achieved(new IndicatorCode("1.1.2"), AchievementLevel.Achieved),
            IndicatorProgress.NoData(new IndicatorCode("1.1.1")),
            IndicatorProgress.NoData(new IndicatorCode("1.1.1")),
        ];

        var problems = MonitoringRecord.FindProblems(target, new LocalDate(2022, 1, 1), entries);

        Assert.Equal(
            [
                (ProblemCodes.InvalidValue, (string?)null, "asOf", "监控日期 2022-01-01 不在 2021 年度内。", "The date 2022-01-01 must lie in the fiscal year 2021."),
                (ProblemCodes.RecordMismatch, "9.9.9", "progress", "绩效目标中没有三级指标 9.9.9。", "The target has no level-3 indicator 9.9.9."),
                (ProblemCodes.RecordMismatch, "2.3.1", "progress", "指标 2.3.1 为定性指标：请记录完成档次，而非实际值。", "Indicator 2.3.1 is qualitative: record an achievement level, not an actual value."),
                (ProblemCodes.RecordMismatch, "1.1.2", "progress", "指标 1.1.2 为定量指标：请记录实际值，而非完成档次。", "Indicator 1.1.2 is quantitative: record an actual value, not an achievement level."),
                (ProblemCodes.RecordMismatch, "1.1.1", "progress", "指标 1.1.1 有多条进度记录。", "Indicator 1.1.1 has more than one progress entry."),
            ],
            problems.Select(p => (p.Code, p.Location.IndicatorCode, p.Location.Element, p.MessageZh, p.MessageEn)));

        Assert.Empty(MonitoringRecord.FindProblems(target, new LocalDate(2021, 12, 31), entries[3..4]));
        Assert.Empty(MonitoringRecord.FindProblems(target, new LocalDate(2021, 1, 1), []));
        for (var k = 0; k < entries.Length - 1; k++)
        {
            // One entry at a time (the last two together): the constructor refuses exactly what FindProblems lists.
            IndicatorProgress[] some = k == 3 ? entries[3..] : [entries[k]];
            var expected = Assert.Single(MonitoringRecord.FindProblems(target, new LocalDate(2021, 6, 30), some));
            var e = Assert.Throws<ArgumentException>(() => new MonitoringRecord(target, new LocalDate(2021, 6, 30), budget, some));
            Assert.Equal(("progress", expected.MessageEn), (e.ParamName, e.Message[..expected.MessageEn.Length]));
        }
    }
}
