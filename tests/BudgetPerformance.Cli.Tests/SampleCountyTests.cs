using System.Linq;
using System.Threading.Tasks;
using BudgetPerformance.Cli.Reporting;
using BudgetPerformance.Cli.Sample;
using BudgetPerformance.Grades;
using BudgetPerformance.Json;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Cli.Tests;

public sealed class SampleCountyTests
{
    private static AnnualReportView Report() => AnnualReportView.Compute(SampleCounty.Data.Portfolio, RuleSetPresets.Get("linqu-county-2021"), SampleCounty.Data.Requests, 5);

    [Fact]
    public void AnnualReport_SampleCounty_HasTheSeedsShape()
    {
        var r = Report();
        Assert.Equal(69, r.TargetDepartments);
        Assert.Equal(580, r.TargetProjects);
        Assert.Equal(580, r.CurrentProjects);
        Assert.Equal(17, r.ExAnteAssessments);
        Assert.Equal(543, r.SelfEvaluations);
        Assert.Equal(543, r.SelfEvaluatedProjects);
        Assert.Equal(71, r.SelfEvaluatedDepartments);
        Assert.Equal(new[] { new FiscalYear(2019) }, r.SelfEvaluatedYears);
        Assert.Equal(10, r.DepartmentEvaluations);
        Assert.Equal(10, r.DepartmentEvaluationDepartments);
        Assert.Equal(Money.FromYuan(128_000_000m), r.DepartmentEvaluationAmount);
        Assert.Equal("1.28 亿元", r.DepartmentEvaluationAmount.Format(MoneyUnit.YiYuan));
        Assert.Equal(13, r.FinanceEvaluations);
        Assert.Equal(Money.FromYuan(372_000_000m), r.FinanceEvaluationAmount);
        Assert.Equal("3.72 亿元", r.FinanceEvaluationAmount.Format(MoneyUnit.YiYuan));
        Assert.Equal(13, r.FinanceOnSiteVisits);
        Assert.Equal(new[] { Sector.Agriculture, Sector.Livelihood, Sector.Science, Sector.Transport, Sector.Environment, Sector.Education }, r.FinanceSectors);
        var (water, result) = Assert.Single(r.WholeDepartment);
        Assert.Equal("县水利局", water.Name);
        Assert.NotNull(result.Grade);
        Assert.Equal(5, r.Lowest.Count);
    }

    [Fact]
    public void AnnualReport_PropertyProject_GradedFairAndCutBy390000Yuan()
    {
        var row = Report().Cuts.Single(p => p.Proposal.Name == SampleCounty.PropertyProjectName);
        Assert.Equal(Grade.Fair, row.Proposal.Grade);
        Assert.Equal(Money.FromYuan(3_900_000m), row.Proposal.Request);
        Assert.Equal(Money.FromYuan(3_510_000m), row.Proposal.Proposed);
        Assert.Equal(Money.FromYuan(-390_000m), row.Proposal.Difference);
        Assert.Equal(SampleCounty.ServiceCentreName, row.DepartmentName);
    }

    [Fact]
    public void Generate_TwiceFromTheSeed_IsIdentical()
    {
        var a = JsonDocuments.Portfolio.Write(SampleCounty.Generate().Portfolio);
        var b = JsonDocuments.Portfolio.Write(SampleCounty.Generate().Portfolio);
        Assert.Equal(a, b);
        Assert.True(JsonDocuments.Portfolio.TryRead(a, out _, out var report), report.ToString());
    }

    [Fact]
    public void Generate_TwoDepartments_HaveOnly2019Projects()
    {
        var portfolio = SampleCounty.Data.Portfolio;
        var withTargets = portfolio.Targets.Select(t => portfolio.SpendingItems.Single(i => i.Ref == t.Subject).DepartmentCode).ToHashSet();
        var only2019 = portfolio.Departments.Where(d => !withTargets.Contains(d.Code)).ToList();
        Assert.Equal(2, only2019.Count);
        Assert.Equal(71, portfolio.Departments.Count);
    }

    [Fact]
    public async Task Demo_Chinese_PrintsEveryFigureOfTheIssue()
    {
        var run = await Bpm.InProcess("demo");
        Assert.Equal(0, run.ExitCode);
        var o = run.Out;
        Assert.Contains("合成样本县", o);
        Assert.Contains("69 个部门共 580 个项目设置绩效目标", o);
        Assert.Contains("事前绩效评估：17 次", o);
        Assert.Contains("71 个部门共自评 2019 年项目 543 个", o);
        Assert.Contains("10 个部门开展部门评价 10 项，评价资金 1.28 亿元", o);
        Assert.Contains("财政评价：13 个项目，资金 3.72 亿元，涉及农业、民生、科技、交通、环保、教育等领域；现场评价 13/13", o);
        Assert.Contains("部门整体支出绩效评价：县水利局", o);
        Assert.Contains("创业大厦物业服务外包项目", o);
        Assert.Contains("39 万元", o);
        Assert.Contains("3,510,000", o);
        Assert.Contains("等级分布", o);
        Assert.Contains("定级：", o);
        Assert.Equal("", run.Err);
    }

    [Fact]
    public async Task Demo_English_IsLabelledSynthetic()
    {
        var run = await Bpm.InProcess("demo", "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Synthetic sample county", run.Out);
        Assert.Contains("580 projects of 69 departments have targets", run.Out);
        Assert.Contains("390,000", run.Out);
    }

    [Fact]
    public async Task Demo_TwoRuns_AreIdentical()
    {
        var a = await Bpm.InProcess("demo");
        var b = await Bpm.InProcess("demo");
        Assert.Equal(a.Out, b.Out);
    }
}
