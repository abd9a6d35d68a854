using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Scoring.Reporting;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Specifications.Tests;

/// <summary>
/// The annual report of docs/rules/annual-report.md at its edges: a year with nothing recorded (ratios shown as —), no cuts,
/// several whole-department evaluations, custom sectors, and an undefined evaluation type.
/// </summary>
public class AnnualReportEdgeTests
{
    private static Portfolio Empty() => new(new FiscalYear(MiniCounty.Year), [new Department("D01", "县机关事务服务中心")], [], [], [], [], []);

    private static Portfolio WithEvaluations(Portfolio p, params Evaluation[] more) =>
        new(p.Year, p.Departments, p.Units, p.Sections, p.SpendingItems, p.Targets, p.Evaluations.Concat(more));

    [Fact]
    public void EmptyYear_HasNoRatios_AndItsTextShowsDashesAndZeros()
    {
        var report = new AnnualReporter(Repository.Linqu).Build(Empty(), new Dictionary<SubjectRef, Money>());
        Assert.Equal(0, report.Projects);
        Assert.Equal(1, report.Departments);
        Assert.Null(report.TargetCoverage);
        Assert.Null(report.MonitoringCoverage);
        Assert.Null(report.MonitoringAmountCoverage);
        Assert.Empty(report.Proposals);
        Assert.Empty(report.Cuts);
        Assert.Equal(Money.Zero, report.TotalCut);
        Assert.Empty(report.WholeDepartmentNames);
        Assert.Empty(report.SelfEvaluation.CoveredYears);
        Assert.Empty(report.FinanceEvaluation.Sectors);
        Assert.All(report.Tallies, t => Assert.Equal(0, t.Evaluations));
        Assert.Equal(
            "2020年预算绩效工作报告（规则 linqu-county-2021 第1版）\n" +
            "绩效目标：0个部门共0个项目设置绩效目标，占全部0个项目的—。\n" +
            "事前绩效评估：共开展0次事前绩效评估；新增重大政策和项目0个，其中已评估0个。\n" +
            "绩效运行监控：监控0个项目，占全部项目的—，涉及资金0 亿元（占—）。\n" +
            "单位自评：0个部门共自评项目0个。\n" +
            "部门评价：共有0个部门开展了部门评价工作，评价项目0个，评价资金额0 亿元。\n" +
            "财政评价：评价0个项目，资金0 亿元；评价范围涉及—。\n" +
            "部门整体支出绩效评价：0个部门。\n" +
            "内部科室预算管理绩效评价：0个科室。\n" +
            "评价等级：优0个、良0个、中0个、差0个。\n" +
            "结果应用：0个项目压减下年度预算，合计0 万元。\n",
            report.ToChineseText());
    }

    [Fact]
    public void ProjectsWithoutBudget_HaveAProjectRatioButNoAmountRatio()
    {
        // One project with a zero budget, monitored: 1 of 1 projects (100%), but no amount to divide by.
        var p = new Portfolio(new FiscalYear(MiniCounty.Year), [new Department("D01", "县机关事务服务中心")], [], [],
            [new SpendingItem(SubjectType.Project, "P01", "零预算项目", "D01", null, Sector.PublicServices, ProjectKind.Recurring, false, Money.Zero)],
            [],
            [Build.Evaluation("MO-P01", EvaluationType.Monitoring, Build.Project("P01"), MiniCounty.Year, 50m)]);
        var report = new AnnualReporter(Repository.Linqu).Build(p, new Dictionary<SubjectRef, Money>());
        Assert.Equal(Ratio.FromPercent(0m), report.TargetCoverage);
        Assert.Equal(Ratio.FromPercent(100m), report.MonitoringCoverage);
        Assert.Null(report.MonitoringAmountCoverage);
        Assert.Contains("绩效运行监控：监控1个项目，占全部项目的100%，涉及资金0 亿元（占—）。\n", report.ToChineseText(), StringComparison.Ordinal);
        Assert.Contains("绩效目标：0个部门共0个项目设置绩效目标，占全部1个项目的0%。\n", report.ToChineseText(), StringComparison.Ordinal);
    }

    [Fact]
    public void NoCut_TheResultLineHasNoList()
    {
        // Only the keepers ask: P02 (良) and D02 (良).
        var requests = new Dictionary<SubjectRef, Money>
        {
            [Build.Project("P02")] = Money.FromYuan(120_000_000m),
            [Build.Dept("D02")] = Money.FromYuan(130_000_000m),
        };
        var report = new AnnualReporter(Repository.Linqu).Build(MiniCounty.Portfolio(), requests);
        Assert.Equal(["Department:D02", "Project:P02"], report.Proposals.Select(p => p.Subject.ToString()));
        Assert.Empty(report.Cuts);
        Assert.Equal(Money.Zero, report.TotalCut);
        Assert.EndsWith("\n结果应用：0个项目压减下年度预算，合计0 万元。\n", report.ToChineseText(), StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralWholeDepartmentEvaluations_NamesAreDistinctInPortfolioOrderJoinedByTheEnumerationComma()
    {
        // D02 is evaluated twice, D03 once: 2 departments, 3 evaluations.
        var portfolio = WithEvaluations(MiniCounty.Portfolio(),
            Build.Evaluation("WD-D03", EvaluationType.WholeDepartmentEvaluation, Build.Dept("D03"), MiniCounty.Year, 75m),
            Build.Evaluation("WD-D02-2", EvaluationType.WholeDepartmentEvaluation, Build.Dept("D02"), MiniCounty.Year, 91m));
        var report = new AnnualReporter(Repository.Linqu).Build(portfolio, MiniCounty.Requests());
        Assert.Equal(["县水利局", "县农业农村局"], report.WholeDepartmentNames);
        Assert.Equal(3, report.WholeDepartmentEvaluation.Evaluations);
        Assert.Equal(2, report.WholeDepartmentEvaluation.Subjects);
        Assert.Equal(2, report.WholeDepartmentEvaluation.Departments);
        Assert.Contains("\n部门整体支出绩效评价：2个部门（县水利局、县农业农村局）。\n", report.ToChineseText(), StringComparison.Ordinal);
    }

    [Fact]
    public void CustomSectors_FollowTheBuiltInOnesInCodeOrder()
    {
        // Finance evaluations in 林业 (zz-forestry), 水利, 文化 (aa-culture) and 农业: built-in sectors in declaration order
        // (农业 before 水利), then the custom ones by code (aa-culture before zz-forestry).
        var forestry = Sector.Custom("zz-forestry", new LocalizedName("林业", "Forestry"));
        var culture = Sector.Custom("aa-culture", new LocalizedName("文化", "Culture"));
        var items = new[]
        {
            new SpendingItem(SubjectType.Project, "P1", "森林防火", "D01", null, forestry, ProjectKind.Recurring, false, Money.FromYuan(1_000_000m)),
            new SpendingItem(SubjectType.Project, "P2", "水库维修", "D01", null, Sector.Water, ProjectKind.Recurring, false, Money.FromYuan(2_000_000m)),
            new SpendingItem(SubjectType.Project, "P3", "文化下乡", "D01", null, culture, ProjectKind.Recurring, false, Money.FromYuan(3_000_000m)),
            new SpendingItem(SubjectType.Project, "P4", "农田建设", "D01", null, Sector.Agriculture, ProjectKind.Recurring, false, Money.FromYuan(4_000_000m)),
        };
        var portfolio = new Portfolio(new FiscalYear(MiniCounty.Year), [new Department("D01", "县财政局")], [], [], items, [],
            items.Select(i => Build.Evaluation("FE-" + i.Code, EvaluationType.FinanceEvaluation, i.Ref, MiniCounty.Year, 80m)));
        var report = new AnnualReporter(Repository.Linqu).Build(portfolio, new Dictionary<SubjectRef, Money>());
        Assert.Equal([Sector.Agriculture, Sector.Water, culture, forestry], report.FinanceEvaluation.Sectors);
        Assert.Equal(Money.FromYuan(10_000_000m), report.FinanceEvaluation.Amount);
        Assert.Contains("\n财政评价：评价4个项目，资金0.1 亿元；评价范围涉及农业、水利、文化、林业。\n", report.ToChineseText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_OfAnUndefinedType_IsRejected()
    {
        var report = new AnnualReporter(Repository.Linqu).Build(Empty(), new Dictionary<SubjectRef, Money>());
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => report.Tally((EvaluationType)99));
        Assert.Equal("type", e.ParamName);
        Assert.StartsWith("The value is not a defined EvaluationType.", e.Message, StringComparison.Ordinal);
        Assert.Equal(Enum.GetValues<EvaluationType>(), report.Tallies.Select(t => t.Type));
        Assert.All(Enum.GetValues<EvaluationType>(), t => Assert.Equal(t, report.Tally(t).Type));
    }
}
