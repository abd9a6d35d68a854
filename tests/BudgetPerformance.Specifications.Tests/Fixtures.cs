using System;
using System.Collections.Generic;
using System.IO;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Rectification;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Specifications.Tests;

/// <summary>The repository root (the folder with BudgetPerformance.sln) and the preset rule sets read from their JSON.</summary>
public static class Repository
{
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BudgetPerformance.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("BudgetPerformance.sln not found above the test directory.");
    }

    private static readonly SourceCitation Ten = new("财预〔2020〕10号", SourceKind.National);
    private static readonly SourceCitation Deployed = new("deployed systems", SourceKind.Deployed);
    private static readonly SourceCitation Seed = new("临朐县财政局《2020年预算绩效工作开展情况说明》", SourceKind.Seed);
    private static readonly Rounding Two = new(2, RoundingMode.HalfAwayFromZero);

    private static readonly Lazy<RuleSet> LinquRules = new(() => new RuleSet(
        "linqu-county-2021", 1, new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(9999, 12, 31)), new LocalizedName("临朐县2021年预算绩效规则", "Linqu County 2021"), [Seed, Ten],
        new GradingRules(GradeScale.National2020, Two, Ten)).WithIndicatorScoring(new IndicatorScoringRules(
            [
                new ProportionalStrategy("proportional", Ten),
                new ReverseLinearStrategy("reverse-linear", Deployed, 2m),
                new EqualityStrategy("equality", Deployed, EqualityOvershoot.Proportional),
                new QualitativeBandsStrategy("qualitative-bands", Ten, 0.8m, 0.6m, true, Two),
            ],
            new Dictionary<Direction, string>
            {
                [Direction.AtLeast] = "proportional",
                [Direction.GreaterThan] = "proportional",
                [Direction.EqualTo] = "equality",
                [Direction.AtMost] = "reverse-linear",
                [Direction.LessThan] = "reverse-linear",
                [Direction.Qualitative] = "qualitative-bands",
            },
            true, null, true, NegativeActualPolicy.Reject, Two))
                .WithBudgetExecution(new BudgetExecutionRules(10m, null, ZeroBudgetPolicy.Reject, [EvaluationType.SelfEvaluation], Deployed))
                .WithAggregation(new AggregationRules(NotApplicablePolicy.Rescale, MissingDataPolicy.Incomplete, TotalMode.SumOfRounded, 100m, Deployed))
                .WithWeightCheck(new WeightCheckRules(0.6m, [EvaluationType.FinanceEvaluation, EvaluationType.DepartmentEvaluation], Ten))
                .WithExAnte(new ExAnteRules(90m, 70m, Deployed))
                .WithResultApplication(new ResultApplicationRules(
        [
            new ResultRule("keep", [Grade.Excellent, Grade.Good], [], 1, BudgetAction.Keep, null, null, false, Seed),
            new ResultRule("cut-10", [Grade.Fair, Grade.Poor], [], 1, BudgetAction.Cut, 0.10m, null, false, Seed),
        ], Two, null)));

    /// <summary>
    /// The linqu-county-2021 preset (src/BudgetPerformance.Json/Presets/linqu-county-2021.json), built in code: this branch's
    /// rule-set reader knows the envelope and grading family only, as in the Scoring tests.
    /// </summary>
    public static RuleSet Linqu => LinquRules.Value;

    /// <summary>A preset by id, as the documentation's examples name it.</summary>
    public static RuleSet Preset(string id) => id == "linqu-county-2021" ? Linqu : throw new ArgumentException($"No preset {id} in these tests.", nameof(id));
}

/// <summary>
/// Builds evaluations whose grade the test controls: one quantitative indicator "任务完成率 ≥ 100 %" carries all the points, so a
/// finance, department or whole-department evaluation totals the actual value (capped at 100), and a self-evaluation (90 indicator
/// points and a full 10-point budget block) totals 0.9 × actual + 10.
/// </summary>
public static class Build
{
    public const string Explanation = "MARKER-EXPLANATION 指标说明";

    public static IndicatorTree Tree(decimal points, string? explanation = null) => new(IndicatorWeighting.Weighted,
    [
        new LevelOneIndicator(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, points,
        [
            new LevelTwoIndicator(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, points,
                [LevelThreeIndicator.Quantitative(new IndicatorCode("1.1.1"), "任务完成率", Direction.AtLeast, 100m, "%", points, ValueBasis.Plan, explanation)]),
        ]),
    ]);

    public static PerformanceTarget Target(SubjectRef subject, int year, TargetStatus status, string goal = "完成年度任务", string? returnReason = null, string? explanation = null)
    {
        var draft = new PerformanceTarget(subject, new FiscalYear(year), goal, Tree(100m, explanation), "U-AUTHOR");
        return status switch
        {
            TargetStatus.Draft => draft,
            TargetStatus.Submitted => draft.Submit(),
            TargetStatus.Approved => draft.Submit().Approve("S-FUNDING"),
            _ => draft.Submit().Return("S-FUNDING", returnReason ?? "指标不完整"),
        };
    }

    public static Evaluation Evaluation(string id, EvaluationType type, SubjectRef subject, int year, decimal actual,
        Money? executed = null, string? evidence = null, string? visitNotes = null, string performer = "评价机构")
    {
        var record = IndicatorRecord.Measured(new IndicatorCode("1.1.1"), actual, evidence);
        var conducted = new FiscalYear(year);
        return type switch
        {
            EvaluationType.SelfEvaluation => new Evaluation(id, type, subject, new Performer(PerformerRole.Unit, performer), conducted.Previous, conducted, Tree(90m), [record],
                new BudgetExecution(executed ?? Money.FromYuan(1m), executed ?? Money.FromYuan(1m))),
            EvaluationType.DepartmentEvaluation => new Evaluation(id, type, subject, new Performer(PerformerRole.Department, performer), conducted.Previous, conducted, Tree(100m), [record]),
            EvaluationType.FinanceEvaluation => new Evaluation(id, type, subject, new Performer(PerformerRole.ThirdParty, performer), conducted.Previous, conducted, Tree(100m), [record],
                onSiteVisit: new OnSiteVisit(new LocalDate(year, 6, 1), visitNotes)),
            EvaluationType.Monitoring or EvaluationType.ExAnteAssessment => new Evaluation(id, type, subject, new Performer(type == EvaluationType.Monitoring ? PerformerRole.Unit : PerformerRole.FinanceBureau, performer), conducted, conducted, Tree(100m), [record]),
            _ => new Evaluation(id, type, subject, new Performer(PerformerRole.FinanceBureau, performer), conducted.Previous, conducted, Tree(100m), [record]),
        };
    }

    public static SubjectRef Project(string code) => new(SubjectType.Project, code);

    public static SubjectRef Dept(string code) => new(SubjectType.Department, code);
}

/// <summary>
/// The small county of docs/rules/annual-report.md and docs/rules/disclosure.md: three departments, four projects, a whole-department
/// evaluation, an internal section, and the seed's property-service project graded 中.
/// </summary>
public static class MiniCounty
{
    public const int Year = 2020;

    public static Portfolio Portfolio()
    {
        var p01 = Build.Project("P01");
        var p02 = Build.Project("P02");
        var p03 = Build.Project("P03");
        var p04 = Build.Project("P04");
        return new Portfolio(new FiscalYear(Year),
            [new Department("D01", "县机关事务服务中心"), new Department("D02", "县水利局"), new Department("D03", "县农业农村局")],
            [],
            [new InternalSection("S01", "预算科")],
            [
                new SpendingItem(SubjectType.Project, "P01", "创业大厦物业服务外包项目", "D01", null, Sector.PublicServices, ProjectKind.Recurring, false, Money.FromYuan(3_600_000m)),
                new SpendingItem(SubjectType.Project, "P02", "农田水利设施维修", "D02", null, Sector.Water, ProjectKind.Recurring, false, Money.FromYuan(120_000_000m)),
                new SpendingItem(SubjectType.Project, "P03", "高标准农田建设", "D03", null, Sector.Agriculture, ProjectKind.MultiYear, true, Money.FromYuan(250_000_000m)),
                new SpendingItem(SubjectType.Project, "P04", "农村道路养护", "D03", null, Sector.Transport, ProjectKind.Recurring, false, Money.FromYuan(8_000_000m)),
            ],
            [
                Build.Target(p01, Year, TargetStatus.Approved, "物业服务质量达标"),
                Build.Target(p02, Year, TargetStatus.Approved, "维修水利设施"),
                Build.Target(p03, Year, TargetStatus.Submitted, "建设高标准农田"),
            ],
            [
                Build.Evaluation("EX-P03", EvaluationType.ExAnteAssessment, p03, Year, 92m),
                Build.Evaluation("MO-P01", EvaluationType.Monitoring, p01, Year, 60m),
                Build.Evaluation("MO-P02", EvaluationType.Monitoring, p02, Year, 55m),
                Build.Evaluation("MO-P03", EvaluationType.Monitoring, p03, Year, 50m),
                Build.Evaluation("SE-P02", EvaluationType.SelfEvaluation, p02, Year, 100m, Money.FromYuan(118_000_000m)),
                Build.Evaluation("SE-P04", EvaluationType.SelfEvaluation, p04, Year, 40m, Money.FromYuan(8_000_000m)),
                Build.Evaluation("DE-P02", EvaluationType.DepartmentEvaluation, p02, Year, 85m),
                Build.Evaluation("FE-P01", EvaluationType.FinanceEvaluation, p01, Year, 70m),
                Build.Evaluation("FE-P03", EvaluationType.FinanceEvaluation, p03, Year, 95m),
                Build.Evaluation("WD-D02", EvaluationType.WholeDepartmentEvaluation, Build.Dept("D02"), Year, 88m),
                Build.Evaluation("IS-S01", EvaluationType.InternalSectionEvaluation, new SubjectRef(SubjectType.InternalSection, "S01"), Year, 92m),
            ]);
    }

    /// <summary>The 2021 requests: P01 3,900,000 (the seed's), P02 120,000,000, P04 8,000,000, and the water bureau's whole budget 130,000,000.</summary>
    public static Dictionary<SubjectRef, Money> Requests() => new()
    {
        [Build.Project("P01")] = Money.FromYuan(3_900_000m),
        [Build.Project("P02")] = Money.FromYuan(120_000_000m),
        [Build.Project("P04")] = Money.FromYuan(8_000_000m),
        [Build.Dept("D02")] = Money.FromYuan(130_000_000m),
    };

    /// <summary>Two rectification notices of the finance evaluation of P01, one of P04's self-evaluation.</summary>
    public static List<RectificationNotice> Notices() =>
    [
        new RectificationNotice("N2", Build.Project("P01"), "FE-P01", "考核办法未与付费挂钩，\"按月付费\"未执行", "县机关事务服务中心", new LocalDate(2021, 3, 1), new LocalDate(2021, 6, 30)),
        new RectificationNotice("N1", Build.Project("P01"), "FE-P01", "物业服务合同未按绩效付费", "县机关事务服务中心", new LocalDate(2021, 3, 1), new LocalDate(2021, 6, 30)),
        new RectificationNotice("N3", Build.Project("P04"), "SE-P04", "养护里程未达目标", "县农业农村局", new LocalDate(2021, 3, 1), new LocalDate(2021, 5, 31)),
    ];
}
