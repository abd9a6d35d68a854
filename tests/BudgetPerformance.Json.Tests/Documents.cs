using System;
using System.Collections.Generic;
using System.IO;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Json.Tests;

/// <summary>Valid sample documents, built by hand, and paths of the repository.</summary>
public static class Documents
{
    public static LevelThreeIndicator Q(string code, string name, Direction direction, decimal target, string unit, decimal points) =>
        LevelThreeIndicator.Quantitative(new IndicatorCode(code), name, direction, target, unit, points, ValueBasis.Plan, "说明");

    public static IndicatorTree AgricultureTree() => new(IndicatorWeighting.Weighted,
    [
        new LevelOneIndicator(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 50m,
        [
            new LevelTwoIndicator(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, 25m,
            [
                Q("1.1.1", "高标准农田建设面积", Direction.AtLeast, 5000m, "亩", 15m),
                Q("1.1.2", "新增灌溉面积", Direction.AtLeast, 1200m, "亩", 10m),
            ]),
            new LevelTwoIndicator(new IndicatorCode("1.2"), "质量指标", IndicatorClass.Quality, 5m, [Q("1.2.1", "工程验收合格率", Direction.EqualTo, 100m, "%", 5m)]),
            new LevelTwoIndicator(new IndicatorCode("1.3"), "时效指标", IndicatorClass.Timeliness, 10m, [Q("1.3.1", "按期完工率", Direction.AtLeast, 95m, "%", 10m)]),
            new LevelTwoIndicator(new IndicatorCode("1.4"), "成本指标", IndicatorClass.OutputCost, 10m, [Q("1.4.1", "亩均建设成本", Direction.AtMost, 3000m, "元", 10m)]),
        ]),
        new LevelOneIndicator(new IndicatorCode("2"), "效益指标", IndicatorClass.Benefit, 30m,
        [
            new LevelTwoIndicator(new IndicatorCode("2.1"), "经济效益指标", IndicatorClass.Economic, 15m, [Q("2.1.1", "项目区粮食亩产增加", Direction.AtLeast, 50m, "公斤", 15m)]),
            new LevelTwoIndicator(new IndicatorCode("2.2"), "社会效益指标", IndicatorClass.Social, 5m, [Q("2.2.1", "受益农户", Direction.AtLeast, 2000m, "户", 5m)]),
            new LevelTwoIndicator(new IndicatorCode("2.3"), "可持续影响指标", IndicatorClass.SustainableImpact, 10m,
                [LevelThreeIndicator.Qualitative(new IndicatorCode("2.3.1"), "耕地质量改善", 10m, ValueBasis.Other, "依据耕地质量等级评价报告判断")]),
        ]),
        new LevelOneIndicator(new IndicatorCode("3"), "满意度指标", IndicatorClass.Satisfaction, 10m,
        [
            new LevelTwoIndicator(new IndicatorCode("3.1"), "服务对象满意度指标", IndicatorClass.BeneficiarySatisfaction, 10m, [Q("3.1.1", "受益农户满意度", Direction.AtLeast, 90m, "%", 10m)]),
        ]),
    ]);

    /// <summary>A finance evaluation is out of 100: the agricultural tree (90) and a 10-point decision group.</summary>
    public static IndicatorTree FinanceTree() => new(IndicatorWeighting.Weighted,
    [
        new LevelOneIndicator(new IndicatorCode("0"), "决策", IndicatorClass.Decision, 10m,
        [
            new LevelTwoIndicator(new IndicatorCode("0.1"), "项目立项", IndicatorClass.ProjectApproval, 10m,
                [LevelThreeIndicator.Qualitative(new IndicatorCode("0.1.1"), "立项依据充分性", 10m, ValueBasis.Other, "立项是否符合规划与部门职责")]),
        ]),
        .. AgricultureTree().Groups,
    ]);

    public static IReadOnlyList<IndicatorRecord> AgricultureRecords() =>
    [
        IndicatorRecord.Measured(new IndicatorCode("1.1.1"), 4600m, "竣工验收报告", 13.80m),
        IndicatorRecord.Measured(new IndicatorCode("1.1.2"), 1350m),
        IndicatorRecord.Measured(new IndicatorCode("1.2.1"), 100m),
        IndicatorRecord.Measured(new IndicatorCode("1.3.1"), 90m),
        IndicatorRecord.Measured(new IndicatorCode("1.4.1"), 3300m),
        IndicatorRecord.Measured(new IndicatorCode("2.1.1"), 42.50m),
        IndicatorRecord.Measured(new IndicatorCode("2.2.1"), 2100m),
        IndicatorRecord.Achieved(new IndicatorCode("2.3.1"), AchievementLevel.PartlyAchieved, 7m),
        IndicatorRecord.Measured(new IndicatorCode("3.1.1"), 93.10m),
    ];

    public static Evaluation SelfEvaluation(string id = "E2021-001", string project = "P001") => new(
        id,
        EvaluationType.SelfEvaluation,
        new SubjectRef(SubjectType.Project, project),
        new Performer(PerformerRole.Unit, "县农业农村局农田建设股"),
        new FiscalYear(2020),
        new FiscalYear(2021),
        AgricultureTree(),
        AgricultureRecords(),
        new BudgetExecution(Money.FromYuan(4_000_000.00m), Money.FromYuan(3_900_000.00m), 9.75m),
        null,
        88.10m,
        Grade.Good);

    public static Evaluation FinanceEvaluation() => new(
        "F2021-007",
        EvaluationType.FinanceEvaluation,
        new SubjectRef(SubjectType.Project, "P001"),
        new Performer(PerformerRole.ThirdParty, "某会计师事务所"),
        new FiscalYear(2020),
        new FiscalYear(2021),
        FinanceTree(),
        [.. AgricultureRecords(), IndicatorRecord.Judged(new IndicatorCode("0.1.1"), 9m, "立项文件齐全")],
        null,
        new OnSiteVisit(new LocalDate(2021, 5, 18), "抽查项目区三处"),
        null,
        null);

    public static PerformanceTarget Target() =>
        PerformanceTarget.Restore(new SubjectRef(SubjectType.Project, "P002"), new FiscalYear(2021), "建设高标准农田5000亩，亩产提高50公斤", AgricultureTree(), "U01", TargetStatus.Approved, "S-AGR", null);

    public static RuleSet National2020() => new(
        "national-2020",
        1,
        new DateInterval(new LocalDate(2020, 2, 25), new LocalDate(9999, 12, 31)),
        new LocalizedName("全国默认规则（财预〔2020〕10号）", "National defaults (Cai Yu [2020] No. 10)"),
        [new SourceCitation("财预〔2020〕10号", SourceKind.National, "项目支出绩效评价管理办法")],
        new GradingRules(GradeScale.National2020, Rounding.TwoDecimalsHalfAwayFromZero, new SourceCitation("财预〔2020〕10号", SourceKind.National, "第二十四条")));

    public static Portfolio Portfolio() => new(
        new FiscalYear(2021),
        [new Department("D01", "县农业农村局"), new Department("D02", "县财政局")],
        [new BudgetUnit("U01", "县农田建设服务中心", "D01")],
        [new InternalSection("S-AGR", "农业科")],
        [
            new SpendingItem(SubjectType.Project, "P001", "2020年高标准农田建设项目", "D01", "U01", Sector.Agriculture, ProjectKind.OneOff, false, Money.FromYuan(4_000_000.00m)),
            new SpendingItem(SubjectType.Project, "P002", "2021年高标准农田建设项目", "D01", "U01", Sector.Agriculture, ProjectKind.OneOff, true, Money.FromYuan(4_500_000.00m)),
        ],
        [Target()],
        [SelfEvaluation(), FinanceEvaluation()]);

    public static string RepositoryRoot()
    {
        // From the test assembly's folder, never from [CallerFilePath]: continuous-integration builds
        // map source paths to /_/, so a compile-time path does not exist on the machine running the tests.
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BudgetPerformance.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

}
