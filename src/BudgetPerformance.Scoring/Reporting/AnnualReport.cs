using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using System.Text;
using Ardalis.GuardClauses;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Internal;
using BudgetPerformance.Scoring.Proposals;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Reporting;

/// <summary>
/// The annual report of a fiscal year's budget performance work (年度预算绩效工作报告), as the seed reports it: every figure
/// computed from a portfolio, a rule set and the next year's requests, never typed in. Build it with <see cref="AnnualReporter"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AnnualReport
{
    private readonly IReadOnlyList<EvaluationTally> tallies;

    internal AnnualReport(
        FiscalYear year,
        string ruleSetId,
        int ruleSetVersion,
        int departments,
        int projects,
        Money totalBudget,
        int projectsWithTargets,
        int departmentsWithTargets,
        int newMajorProjects,
        int newMajorProjectsAssessed,
        int monitoredProjects,
        Money monitoredAmount,
        IReadOnlyList<EvaluationTally> tallies,
        IReadOnlyList<GradeCount> gradeDistribution,
        IReadOnlyList<BudgetProposal> proposals,
        IReadOnlyList<SubjectRef> requestsWithoutResult,
        IReadOnlyList<string> wholeDepartmentNames)
    {
        Year = year;
        RuleSetId = ruleSetId;
        RuleSetVersion = ruleSetVersion;
        Departments = departments;
        Projects = projects;
        TotalBudget = totalBudget;
        ProjectsWithTargets = projectsWithTargets;
        DepartmentsWithTargets = departmentsWithTargets;
        NewMajorProjects = newMajorProjects;
        NewMajorProjectsAssessed = newMajorProjectsAssessed;
        MonitoredProjects = monitoredProjects;
        MonitoredAmount = monitoredAmount;
        this.tallies = tallies;
        GradeDistribution = gradeDistribution;
        Proposals = proposals;
        Cuts = new ReadOnlyCollection<BudgetProposal>(proposals.Where(p => p.Difference is { } d && d.IsNegative).ToArray());
        TotalCut = Cuts.Aggregate(Money.Zero, (sum, p) => sum - p.Difference!.Value);
        RequestsWithoutResult = requestsWithoutResult;
        WholeDepartmentNames = wholeDepartmentNames;
    }

    /// <summary>The fiscal year.</summary>
    public FiscalYear Year { get; }

    /// <summary>The id of the rule set that scored and proposed.</summary>
    public string RuleSetId { get; }

    /// <summary>Its version.</summary>
    public int RuleSetVersion { get; }

    /// <summary>The number of departments of the portfolio.</summary>
    public int Departments { get; }

    /// <summary>The number of projects and policies of the portfolio.</summary>
    public int Projects { get; }

    /// <summary>Their budgets, summed.</summary>
    public Money TotalBudget { get; }

    /// <summary>The number of projects and policies with a performance target of the year (any status).</summary>
    public int ProjectsWithTargets { get; }

    /// <summary>The number of distinct departments responsible for those projects and policies.</summary>
    public int DepartmentsWithTargets { get; }

    /// <summary><see cref="ProjectsWithTargets"/> ÷ <see cref="Projects"/>, or null when there are no projects.</summary>
    public Ratio? TargetCoverage => Projects == 0 ? null : Ratio.Of(ProjectsWithTargets, Projects);

    /// <summary>The number of ex-ante assessments conducted in the year (the seed: 17).</summary>
    public int ExAnteAssessments => Tally(EvaluationType.ExAnteAssessment).Evaluations;

    /// <summary>The number of new major projects and policies (新增重大).</summary>
    public int NewMajorProjects { get; }

    /// <summary>How many of those have an ex-ante assessment in the portfolio.</summary>
    public int NewMajorProjectsAssessed { get; }

    /// <summary>The number of distinct projects and policies of the portfolio with a monitoring record of the year.</summary>
    public int MonitoredProjects { get; }

    /// <summary>Their budgets, summed.</summary>
    public Money MonitoredAmount { get; }

    /// <summary><see cref="MonitoredProjects"/> ÷ <see cref="Projects"/>, or null when there are no projects.</summary>
    public Ratio? MonitoringCoverage => Projects == 0 ? null : Ratio.Of(MonitoredProjects, Projects);

    /// <summary><see cref="MonitoredAmount"/> ÷ <see cref="TotalBudget"/>, or null when the total is zero.</summary>
    public Ratio? MonitoringAmountCoverage => TotalBudget == Money.Zero ? null : Ratio.Of(MonitoredAmount.Yuan, TotalBudget.Yuan);

    /// <summary>Self-evaluations (单位自评): the seed's "71个部门共自评2019年项目543个" is <see cref="EvaluationTally.Departments"/> and <see cref="EvaluationTally.Subjects"/>.</summary>
    public EvaluationTally SelfEvaluation => Tally(EvaluationType.SelfEvaluation);

    /// <summary>Department evaluations (部门评价): the seed's "10个部门…评价资金额1.28亿元".</summary>
    public EvaluationTally DepartmentEvaluation => Tally(EvaluationType.DepartmentEvaluation);

    /// <summary>Finance evaluations (财政评价): the seed's "评价13个项目，资金3.72亿元" and its sectors.</summary>
    public EvaluationTally FinanceEvaluation => Tally(EvaluationType.FinanceEvaluation);

    /// <summary>Whole-department evaluations (部门整体支出绩效评价).</summary>
    public EvaluationTally WholeDepartmentEvaluation => Tally(EvaluationType.WholeDepartmentEvaluation);

    /// <summary>The names of the departments with a whole-department evaluation, in portfolio order of the evaluations (distinct).</summary>
    public IReadOnlyList<string> WholeDepartmentNames { get; }

    /// <summary>Internal-section evaluations (内部科室预算管理绩效评价).</summary>
    public EvaluationTally InternalSectionEvaluation => Tally(EvaluationType.InternalSectionEvaluation);

    /// <summary>One tally per evaluation type, in the order of <see cref="EvaluationType"/>.</summary>
    public IReadOnlyList<EvaluationTally> Tallies => tallies;

    /// <summary>
    /// The grades of the results that feed the next budget (self, department, finance and whole-department evaluations),
    /// best grade first.
    /// </summary>
    public IReadOnlyList<GradeCount> GradeDistribution { get; }

    /// <summary>
    /// One proposal per subject with a next-year request and a graded result, in portfolio order of the subjects (departments,
    /// then projects and policies).
    /// </summary>
    public IReadOnlyList<BudgetProposal> Proposals { get; }

    /// <summary>The proposals that cut the request, in the order of <see cref="Proposals"/>.</summary>
    public IReadOnlyList<BudgetProposal> Cuts { get; }

    /// <summary>The proposed cuts, summed (a positive amount; zero when there is none).</summary>
    public Money TotalCut { get; }

    /// <summary>The subjects with a next-year request but no graded result to propose from, in portfolio order.</summary>
    public IReadOnlyList<SubjectRef> RequestsWithoutResult { get; }

    /// <summary>The tally of an evaluation type.</summary>
    /// <param name="type">The type.</param>
    public EvaluationTally Tally(EvaluationType type) => tallies[(int)Guard.Against.Undefined(type)];

    /// <summary>
    /// The report as Chinese text in the seed's words, one paragraph per figure; amounts in 亿元 (evaluated funds) and 万元
    /// (cuts) by <see cref="Money.Format"/>, percentages to two decimals (half away from zero). Independent of the current culture.
    /// </summary>
    public string ToChineseText()
    {
        var b = new StringBuilder();
        void Line(FormattableString text) => b.Append(text.ToString(CultureInfo.InvariantCulture)).Append('\n');
        var self = SelfEvaluation;
        var dept = DepartmentEvaluation;
        var fin = FinanceEvaluation;
        var whole = WholeDepartmentEvaluation;
        Line($"{Year.Year}年预算绩效工作报告（规则 {RuleSetId} 第{RuleSetVersion}版）");
        Line($"绩效目标：{DepartmentsWithTargets}个部门共{ProjectsWithTargets}个项目设置绩效目标，占全部{Projects}个项目的{Percent(TargetCoverage)}。");
        Line($"事前绩效评估：共开展{ExAnteAssessments}次事前绩效评估；新增重大政策和项目{NewMajorProjects}个，其中已评估{NewMajorProjectsAssessed}个。");
        Line($"绩效运行监控：监控{MonitoredProjects}个项目，占全部项目的{Percent(MonitoringCoverage)}，涉及资金{MonitoredAmount.Format(MoneyUnit.YiYuan)}（占{Percent(MonitoringAmountCoverage)}）。");
        Line($"单位自评：{self.Departments}个部门共自评{Years(self.CoveredYears)}项目{self.Subjects}个。");
        Line($"部门评价：共有{dept.Departments}个部门开展了部门评价工作，评价项目{dept.Subjects}个，评价资金额{dept.Amount.Format(MoneyUnit.YiYuan)}。");
        Line($"财政评价：评价{fin.Subjects}个项目，资金{fin.Amount.Format(MoneyUnit.YiYuan)}；评价范围涉及{Sectors(fin.Sectors)}。");
        Line($"部门整体支出绩效评价：{whole.Subjects}个部门{(WholeDepartmentNames.Count == 0 ? string.Empty : "（" + string.Join("、", WholeDepartmentNames) + "）")}。");
        Line($"内部科室预算管理绩效评价：{InternalSectionEvaluation.Subjects}个科室。");
        Line($"评价等级：{string.Join("、", GradeDistribution.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Grade.GetDisplayName().Chinese}{g.Count}个")))}。");
        Line($"结果应用：{Cuts.Count}个项目压减下年度预算，合计{TotalCut.Format(MoneyUnit.WanYuan)}{(Cuts.Count == 0 ? string.Empty : "。其中：" + string.Join("；", Cuts.Select(c => $"“{c.Name}”压减{(-c.Difference!.Value).Format(MoneyUnit.WanYuan)}")))}。");
        return b.ToString();
    }

    private static string Percent(Ratio? ratio) =>
        ratio is { } r ? Math.Round(r.Percent, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) + "%" : "—";

    private static string Years(IReadOnlyList<FiscalYear> years) =>
        years.Count == 0 ? string.Empty : string.Join("、", years.Select(y => y.Year.ToString(CultureInfo.InvariantCulture) + "年"));

    private static string Sectors(IReadOnlyList<Sector> sectors) => sectors.Count == 0 ? "—" : string.Join("、", sectors.Select(s => s.Name.Chinese));
}
