using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Grades;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Scoring.Reporting;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPerformance.Specifications.Tests;

public class AnnualReportTests
{
    private static AnnualReport MiniReport() => new AnnualReporter(Repository.Linqu).Build(MiniCounty.Portfolio(), MiniCounty.Requests());

    [Fact]
    public void Build_MiniCounty_TargetsExAnteAndMonitoringAreCounted()
    {
        var report = MiniReport();
        Assert.Equal(3, report.Departments);
        Assert.Equal(4, report.Projects);
        Assert.Equal(3, report.ProjectsWithTargets);           // P01, P02 approved, P03 submitted
        Assert.Equal(3, report.DepartmentsWithTargets);        // D01, D02, D03
        Assert.Equal(Ratio.FromPercent(75m), report.TargetCoverage);
        Assert.Equal(1, report.ExAnteAssessments);
        Assert.Equal(1, report.NewMajorProjects);
        Assert.Equal(1, report.NewMajorProjectsAssessed);
        Assert.Equal(3, report.MonitoredProjects);
        Assert.Equal(Money.FromYuan(373_600_000m), report.MonitoredAmount);  // 3.6M + 120M + 250M
        Assert.Equal(Money.FromYuan(381_600_000m), report.TotalBudget);
    }

    [Fact]
    public void Build_MiniCounty_EvaluationTalliesAreTheHandCheckedFigures()
    {
        var report = MiniReport();
        Assert.Equal(2, report.SelfEvaluation.Departments);
        Assert.Equal(2, report.SelfEvaluation.Subjects);
        Assert.Equal([new FiscalYear(2019)], report.SelfEvaluation.CoveredYears);
        Assert.Equal(Money.FromYuan(126_000_000m), report.SelfEvaluation.Amount);   // adjusted budgets 118M + 8M
        Assert.Equal(1, report.DepartmentEvaluation.Departments);
        Assert.Equal(Money.FromYiYuan(1.2m), report.DepartmentEvaluation.Amount);
        Assert.Equal(2, report.FinanceEvaluation.Subjects);
        Assert.Equal("2.536 亿元", report.FinanceEvaluation.Amount.Format(MoneyUnit.YiYuan));
        Assert.Equal([Sector.Agriculture, Sector.PublicServices], report.FinanceEvaluation.Sectors);
        Assert.Equal(1, report.WholeDepartmentEvaluation.Subjects);
        Assert.Equal(["县水利局"], report.WholeDepartmentNames);
        Assert.Equal(1, report.InternalSectionEvaluation.Evaluations);
        Assert.Equal(0, report.InternalSectionEvaluation.Departments);
        // Finance 中 (70) and 优 (95); whole department 良 (88); department 良 (85); self 优 (0.9 × 100 + 10) and 差 (0.9 × 40 + 10 = 46).
        Assert.Equal([2, 2, 1, 1], report.GradeDistribution.Select(g => g.Count));
        Assert.Equal(Grade.Excellent, report.GradeDistribution[0].Grade);
        Assert.Equal(1, report.FinanceEvaluation.CountOf(Grade.Fair));
    }

    [Fact]
    public void Build_MiniCounty_ProposesTheSeedsCutAndTotalsTheCuts()
    {
        var report = MiniReport();
        Assert.Equal(["Department:D02", "Project:P01", "Project:P02", "Project:P04"], report.Proposals.Select(p => p.Subject.ToString()));
        var p01 = report.Proposals.Single(p => p.Subject.Code == "P01");
        Assert.Equal(Grade.Fair, p01.Grade);                      // the finance evaluation outranks the others
        Assert.Equal(Money.FromYuan(3_510_000m), p01.Proposed);
        Assert.Equal(Money.FromWanYuan(-39m), p01.Difference);
        Assert.Equal(Grade.Good, report.Proposals.Single(p => p.Subject.Code == "P02").Grade);  // department evaluation over self-evaluation
        Assert.Equal(["P01", "P04"], report.Cuts.Select(c => c.Subject.Code));
        Assert.Equal(Money.FromWanYuan(119m), report.TotalCut);  // 39 + 80
        Assert.Empty(report.RequestsWithoutResult);
    }

    [Fact]
    public void ToChineseText_MiniCounty_ReadsLikeTheSeed()
    {
        var text = MiniReport().ToChineseText();
        Assert.Contains("绩效目标：3个部门共3个项目设置绩效目标，占全部4个项目的75%。\n", text, StringComparison.Ordinal);
        Assert.Contains("单位自评：2个部门共自评2019年项目2个。\n", text, StringComparison.Ordinal);
        Assert.Contains("部门评价：共有1个部门开展了部门评价工作，评价项目1个，评价资金额1.2 亿元。\n", text, StringComparison.Ordinal);
        Assert.Contains("财政评价：评价2个项目，资金2.536 亿元；评价范围涉及农业、一般公共服务。\n", text, StringComparison.Ordinal);
        Assert.Contains("结果应用：2个项目压减下年度预算，合计119 万元。其中：“创业大厦物业服务外包项目”压减39 万元；“农村道路养护”压减80 万元。\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RequestWithoutResult_IsListedNotProposed()
    {
        var requests = MiniCounty.Requests();
        requests[Build.Project("P03")] = Money.Zero;
        requests.Remove(Build.Project("P02"));
        var portfolio = MiniCounty.Portfolio();
        var withoutP03Results = new Portfolio(portfolio.Year, portfolio.Departments, portfolio.Units, portfolio.Sections, portfolio.SpendingItems, portfolio.Targets,
            portfolio.Evaluations.Where(e => e.Id != "FE-P03"));
        var report = new AnnualReporter(Repository.Linqu).Build(withoutP03Results, requests);
        Assert.Equal([Build.Project("P03")], report.RequestsWithoutResult);
        Assert.DoesNotContain(report.Proposals, p => p.Subject.Code is "P02" or "P03");
    }

    [Fact]
    public void Build_BadArguments_ThrowWithTheParameterName()
    {
        var portfolio = MiniCounty.Portfolio();
        Assert.Equal("portfolio", Assert.Throws<ArgumentNullException>(() => new AnnualReporter(Repository.Linqu).Build(null!, MiniCounty.Requests())).ParamName);
        Assert.Equal("nextYearRequests", Assert.Throws<ArgumentException>(() =>
            new AnnualReporter(Repository.Linqu).Build(portfolio, new Dictionary<SubjectRef, Money> { [Build.Project("NOPE")] = Money.Zero })).ParamName);
        Assert.Equal("nextYearRequests", Assert.Throws<ArgumentException>(() =>
            new AnnualReporter(Repository.Linqu).Build(portfolio, new Dictionary<SubjectRef, Money> { [Build.Project("P01")] = Money.FromYuan(-1m) })).ParamName);
        Assert.Equal("nextYearRequests", Assert.Throws<ArgumentException>(() =>
            new AnnualReporter(Repository.Linqu).Build(portfolio, new Dictionary<SubjectRef, Money> { [new SubjectRef(SubjectType.InternalSection, "S01")] = Money.Zero })).ParamName);
    }

    [Property(MaxTest = 60)]
    public Property Build_RandomPortfolio_CountsEqualCountsComputedIndependently() =>
        Prop.ForAll(RandomCounty.Counties.ToArbitrary(), county =>
        {
            var report = new AnnualReporter(Repository.Linqu).Build(county.Portfolio, county.Requests);
            var e = county.Expected;
            return report.Projects == e.Projects
                && report.ProjectsWithTargets == e.ProjectsWithTargets
                && report.DepartmentsWithTargets == e.DepartmentsWithTargets
                && report.ExAnteAssessments == e.ExAnte
                && report.NewMajorProjects == e.NewMajor
                && report.NewMajorProjectsAssessed == e.NewMajorAssessed
                && report.MonitoredProjects == e.Monitored
                && report.MonitoredAmount == e.MonitoredAmount
                && report.SelfEvaluation.Subjects == e.SelfProjects
                && report.SelfEvaluation.Departments == e.SelfDepartments
                && report.DepartmentEvaluation.Evaluations == e.DepartmentEvaluations
                && report.DepartmentEvaluation.Departments == e.DepartmentEvaluationDepartments
                && report.DepartmentEvaluation.Amount == e.DepartmentEvaluationAmount
                && report.FinanceEvaluation.Evaluations == e.FinanceEvaluations
                && report.FinanceEvaluation.Amount == e.FinanceAmount
                && report.FinanceEvaluation.Sectors.SequenceEqual(e.FinanceSectors)
                && report.WholeDepartmentEvaluation.Evaluations == e.WholeDepartment
                && report.GradeDistribution.Select(g => g.Count).SequenceEqual(e.Grades)
                && report.TotalCut == e.TotalCut
                && report.Cuts.Select(c => c.Subject.Code).SequenceEqual(e.CutCodes);
        });
}
