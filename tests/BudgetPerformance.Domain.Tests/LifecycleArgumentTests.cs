using System;
using System.Linq;
using BudgetPerformance.Admission;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Monitoring;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Problems;
using BudgetPerformance.Rectification;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Tests;

/// <summary>
/// Argument and state checks of rectification notices, targets, portfolios, admission and monitoring facts.
/// </summary>
public class LifecycleArgumentTests
{
    private static readonly SubjectRef P001 = new(SubjectType.Project, "P001");
    private static readonly LocalDate Issued = new(2021, 7, 1);

    private static RectificationNotice Notice() => new("R1", P001, "E1", "绩效目标未完成", "U01", Issued, new LocalDate(2021, 9, 30));

    private static PerformanceTarget Target(int year = 2021) => new(P001, new FiscalYear(year), "建设高标准农田", Samples.AgricultureTree(), "U01");

    private static SpendingItem Item() =>
        new(SubjectType.Project, "P001", "高标准农田建设", "D01", "U01", Sector.Agriculture, ProjectKind.OneOff, false, Money.FromYuan(1_000_000m));

    [Fact]
    public void Notice_ReportTwice_IsAnInvalidOperation()
    {
        var reported = Notice().Report(new LocalDate(2021, 9, 1));

        var e = Assert.Throws<InvalidOperationException>(() => reported.Report(new LocalDate(2021, 9, 2)));

        Assert.Equal("A Reported notice cannot be reported.", e.Message);
    }

    [Fact]
    public void Notice_DatesBeforeTheNoticeOrTheReport_AreOutOfRange()
    {
        Assert.Equal("on", Assert.Throws<ArgumentOutOfRangeException>(() => Notice().Report(Issued.PlusDays(-1))).ParamName);
        var reported = Notice().Report(new LocalDate(2021, 9, 1));
        Assert.Equal("on", Assert.Throws<ArgumentOutOfRangeException>(() => reported.Verify(new LocalDate(2021, 8, 31))).ParamName);
        Assert.Equal(new LocalDate(2021, 9, 1), reported.Verify(new LocalDate(2021, 9, 1)).VerifiedOn);
    }

    [Fact]
    public void Target_DefaultSubjectOrYear_NameTheParameter()
    {
        var tree = Samples.AgricultureTree();

        Assert.Equal("subject", Assert.Throws<ArgumentException>(() => new PerformanceTarget(default, new FiscalYear(2021), "目标", tree, "U01")).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentException>(() => new PerformanceTarget(P001, default, "目标", tree, "U01")).ParamName);
    }

    [Theory]
    [InlineData(TargetStatus.Approved, null)]
    [InlineData(TargetStatus.Returned, " ")]
    [InlineData(TargetStatus.Draft, "S-AGR")]
    [InlineData(TargetStatus.Submitted, "S-AGR")]
    public void Target_Restore_ReviewerMustMatchTheStatus(TargetStatus status, string? reviewedBy)
    {
        var e = Assert.Throws<ArgumentException>(() =>
            PerformanceTarget.Restore(P001, new FiscalYear(2021), "目标", Samples.AgricultureTree(), "U01", status, reviewedBy, status == TargetStatus.Returned ? "指标不完整" : null));

        Assert.Equal("reviewedBy", e.ParamName);
    }

    [Fact]
    public void Portfolio_DefaultYear_NamesTheParameter()
    {
        Assert.Equal("year", Assert.Throws<ArgumentException>(() => new Portfolio(default, [], [], [], [], [], [])).ParamName);
    }

    [Fact]
    public void Portfolio_TargetOfAnotherYear_IsAYearMismatchAtThatTarget()
    {
        var problems = Portfolio.FindProblems(new FiscalYear(2021), [new Department("D01", "农业农村局")], [new BudgetUnit("U01", "农田中心", "D01")], [], [Item()], [Target(2022)], []);

        var problem = Assert.Single(problems);
        Assert.Equal((ProblemCodes.YearMismatch, "targets[0].year"), (problem.Code, problem.Location.Element));
    }

    [Fact]
    public void ExAnteOutcome_DefaultSubjectAndScoreOutOfRange()
    {
        Assert.Equal("subject", Assert.Throws<ArgumentException>(() => new ExAnteOutcome(default, Issued, ExAnteConclusion.Support)).ParamName);
        Assert.Equal("score", Assert.Throws<ArgumentOutOfRangeException>(() => new ExAnteOutcome(P001, Issued, ExAnteConclusion.Support, 100.5m)).ParamName);
        Assert.Equal("score", Assert.Throws<ArgumentOutOfRangeException>(() => new ExAnteOutcome(P001, Issued, ExAnteConclusion.Support, -1m)).ParamName);
        var outcome = new ExAnteOutcome(P001, Issued, ExAnteConclusion.Support, 85m);
        Assert.Equal((Issued, (decimal?)85m), (outcome.AssessedOn, outcome.Score));
    }

    [Fact]
    public void AdmissionRequest_ChecksYearAmountAndAssessedSubject()
    {
        var item = Item();
        var y = new FiscalYear(2021);
        var other = new ExAnteOutcome(new SubjectRef(SubjectType.Project, "P002"), Issued, ExAnteConclusion.Support);

        Assert.Equal("year", Assert.Throws<ArgumentException>(() => new AdmissionRequest(item, default, Money.FromYuan(1m), null, null)).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => new AdmissionRequest(item, y, Money.FromYuan(-1m), null, null)).ParamName);
        Assert.Equal("exAnte", Assert.Throws<ArgumentException>(() => new AdmissionRequest(item, y, Money.FromYuan(1m), null, other)).ParamName);
        Assert.Equal(y, new AdmissionRequest(item, y, Money.FromYuan(1m), null, null).Year);
    }

    [Fact]
    public void Progress_DefaultCode_NamesTheParameter()
    {
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => IndicatorProgress.NoData(default)).ParamName);
        Assert.Equal("偏差说明", IndicatorProgress.NoData(new IndicatorCode("1.1.1"), null, null, "偏差说明").Note);
    }

    [Fact]
    public void MonitoringRecord_ProgressEntriesMustFitTheTarget()
    {
        var target = Target();
        var budget = new BudgetExecution(Money.FromYuan(100m), Money.FromYuan(40m));
        var asOf = new LocalDate(2021, 6, 30);

        void Fails(IndicatorProgress[] progress, string fragment)
        {
            var e = Assert.Throws<ArgumentException>(() => new MonitoringRecord(target, asOf, budget, progress));
            Assert.Equal("progress", e.ParamName);
            Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
        }

        Fails([IndicatorProgress.NoData(new IndicatorCode("9.9.9"))], "no level-3 indicator 9.9.9");
        Fails([IndicatorProgress.Achieved(new IndicatorCode("1.1.1"), AchievementLevel.Achieved)], "1.1.1 is quantitative");
        Fails([IndicatorProgress.Measured(new IndicatorCode("1.1.1"), 10m), IndicatorProgress.NoData(new IndicatorCode("1.1.1"))], "1.1.1 has more than one progress entry");
        var record = new MonitoringRecord(target, asOf, budget, [IndicatorProgress.Measured(new IndicatorCode("1.1.1"), 10m)]);
        Assert.Equal(target.Indicators.Indicators.Select(i => i.Code), record.Progress.Select(p => p.Code));
    }
}
