using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BudgetPerformance.Calendars;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Json;
using BudgetPerformance.Monitoring;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Lifecycle.Tests;

/// <summary>Targets, items and calendars the lifecycle tests share.</summary>
public static class Fixtures
{
    public static readonly SubjectRef Project = new(SubjectType.Project, "P001");
    public static readonly FiscalYear Year2025 = new(2025);
    public static readonly SourceCitation Local = new("a county rule", SourceKind.Local);

    public static IndicatorCode C(string code) => new(code);

    /// <summary>The rule-set preset <c>national-2020</c>: admission, target review and the vendor-style monitoring family (with the cross-check).</summary>
    public static RuleSet National => RuleSetPresets.Get("national-2020");

    /// <summary>The rule-set preset <c>sichuan-2025</c>: its monitoring family has checkpoints, a gap rule and a response rule, and no cross-check.</summary>
    public static RuleSet Sichuan2025 => RuleSetPresets.Get("sichuan-2025");

    /// <summary>A minimal rule set carrying one admission family (and the grading every rule set has): how a test gives a family to an engine.</summary>
    public static RuleSet RuleSetWith(AdmissionRules family) => Envelope().WithAdmission(family);

    /// <summary>A minimal rule set carrying one target-review family.</summary>
    public static RuleSet RuleSetWith(TargetReviewRules family) => Envelope().WithTargetReview(family);

    /// <summary>A minimal rule set carrying one monitoring family.</summary>
    public static RuleSet RuleSetWith(MonitoringRules family) => Envelope().WithMonitoring(family);

    /// <summary>The envelope of <see cref="RuleSetWith(AdmissionRules)"/>: <c>test v1</c>, national grading, no other family.</summary>
    public static RuleSet Envelope() =>
        new("test", 1, new DateInterval(new LocalDate(2000, 1, 1), new LocalDate(9999, 12, 31)), new LocalizedName("测试", "Test"), [Local],
            new GradingRules(GradeScale.National2020, new Rounding(2, RoundingMode.HalfAwayFromZero), Local));

    public static SpendingItem Item(bool newMajor = false, decimal budget = 1_000_000m) =>
        new(SubjectType.Project, "P001", "高标准农田建设", "D01", "U01", Sector.Agriculture, ProjectKind.OneOff, newMajor, Money.FromYuan(budget));

    /// <summary>
    /// A target that passes the national review: quantity, quality, timeliness, cost, social benefit and satisfaction,
    /// every indicator explained; points 50 + 30 + 10 = 90. Each argument replaces one part.
    /// </summary>
    public static IndicatorTree ReviewTree(
        decimal satisfactionTarget = 90m,
        string satisfactionUnit = "%",
        bool withTimeliness = true,
        string? quantityExplanation = "实际建成数量",
        string qualityName = "验收合格率",
        decimal costTarget = 3000m,
        IndicatorWeighting weighting = IndicatorWeighting.Weighted)
    {
        var output = new List<LevelTwoIndicator>
        {
            new(C("1.1"), "数量指标", IndicatorClass.Quantity, withTimeliness ? 20m : 30m,
                [LevelThreeIndicator.Quantitative(C("1.1.1"), "建设数量", Direction.AtLeast, 1200m, "个", withTimeliness ? 20m : 30m, ValueBasis.Plan, quantityExplanation)]),
            new(C("1.2"), "质量指标", IndicatorClass.Quality, 10m,
                [LevelThreeIndicator.Quantitative(C("1.2.1"), qualityName, Direction.EqualTo, 100m, "%", 10m, ValueBasis.Plan, "合格数 ÷ 验收数")]),
        };
        if (withTimeliness)
        {
            output.Add(new(C("1.3"), "时效指标", IndicatorClass.Timeliness, 10m,
                [LevelThreeIndicator.Quantitative(C("1.3.1"), "按期完工率", Direction.AtLeast, 95m, "%", 10m, ValueBasis.Plan, "按期完工数 ÷ 总数")]));
        }

        output.Add(new(C("1.4"), "成本指标", IndicatorClass.OutputCost, 10m,
            [LevelThreeIndicator.Quantitative(C("1.4.1"), "亩均建设成本", Direction.AtMost, costTarget, "元/亩", 10m, ValueBasis.BudgetExpenditureStandard, "总投资 ÷ 亩数")]));

        return new IndicatorTree(weighting,
        [
            new LevelOneIndicator(C("1"), "产出指标", IndicatorClass.Output, 50m, output),
            new LevelOneIndicator(C("2"), "效益指标", IndicatorClass.Benefit, 30m,
            [
                new LevelTwoIndicator(C("2.1"), "社会效益指标", IndicatorClass.Social, 30m,
                    [LevelThreeIndicator.Quantitative(C("2.1.1"), "受益农户", Direction.AtLeast, 2000m, "户", 30m, ValueBasis.Plan, "受益户数")]),
            ]),
            new LevelOneIndicator(C("3"), "满意度指标", IndicatorClass.Satisfaction, 10m,
            [
                new LevelTwoIndicator(C("3.1"), "服务对象满意度指标", IndicatorClass.BeneficiarySatisfaction, 10m,
                    [LevelThreeIndicator.Quantitative(C("3.1.1"), "受益农户满意度", Direction.AtLeast, satisfactionTarget, satisfactionUnit, 10m, ValueBasis.Plan, "问卷满意数 ÷ 问卷数")]),
            ]),
        ]);
    }

    public static PerformanceTarget Target(IndicatorTree tree, TargetStatus status = TargetStatus.Draft, FiscalYear? year = null) =>
        PerformanceTarget.Restore(Project, year ?? Year2025, "建设高标准农田", tree, "U01", status,
            status is TargetStatus.Approved or TargetStatus.Returned ? "F01" : null, status == TargetStatus.Returned ? "指标未量化" : null);

    /// <summary>
    /// A monitoring target: one positive indicator (≥ <paramref name="target"/> 个) per entry of <paramref name="count"/>,
    /// codes 1.1.1, 1.1.2, ...; optionally a reverse indicator 1.2.1 (≤ 3000 元/亩) and a qualitative one 2.1.1.
    /// </summary>
    public static PerformanceTarget MonitoringTarget(int count = 1, decimal target = 1200m, bool withReverse = false, bool withQualitative = false, int year = 2025)
    {
        var positives = Enumerable.Range(1, count)
            .Select(i => LevelThreeIndicator.Quantitative(C("1.1." + i), "数量" + i, Direction.AtLeast, target, "个", 10m, ValueBasis.Plan, "数量"))
            .ToArray();
        var twos = new List<LevelTwoIndicator> { new(C("1.1"), "数量指标", IndicatorClass.Quantity, 10m * count, positives) };
        if (withReverse)
        {
            twos.Add(new(C("1.2"), "成本指标", IndicatorClass.OutputCost, 10m, [LevelThreeIndicator.Quantitative(C("1.2.1"), "亩均成本", Direction.AtMost, 3000m, "元/亩", 10m, ValueBasis.Plan, "成本")]));
        }

        var ones = new List<LevelOneIndicator> { new(C("1"), "产出指标", IndicatorClass.Output, twos.Sum(t => t.Points), twos) };
        if (withQualitative)
        {
            ones.Add(new(C("2"), "效益指标", IndicatorClass.Benefit, 10m,
                [new LevelTwoIndicator(C("2.1"), "可持续影响指标", IndicatorClass.SustainableImpact, 10m, [LevelThreeIndicator.Qualitative(C("2.1.1"), "长效管护", 10m, ValueBasis.Plan, "管护机制")])]));
        }

        return new PerformanceTarget(Project, new FiscalYear(year), "建设", new IndicatorTree(IndicatorWeighting.Weighted, ones), "U01");
    }

    public static MonitoringRecord Record(LocalDate asOf, decimal budget, decimal spent, params decimal[] actuals) =>
        new(MonitoringTarget(Math.Max(actuals.Length, 1), year: asOf.Year), asOf, new BudgetExecution(Money.FromYuan(budget), Money.FromYuan(spent)),
            actuals.Select((a, i) => IndicatorProgress.Measured(C("1.1." + (i + 1)), a)));

    /// <summary>A calendar of the 2025 National Day holidays (1–8 October) with its make-up working days (Sunday 28 September, Saturday 11 October), and the Spring Festival (28 January – 4 February, make-up Sunday 26 January and Saturday 8 February).</summary>
    public const string China2025AutumnJson = """
        {
          "kind": "working-day-calendar",
          "schemaVersion": 1,
          "id": "test-cn-2025",
          "title": { "zh": "测试日历", "en": "Test calendar" },
          "source": "国务院办公厅 2025 年部分节假日安排 (test copy, not verified)",
          "verified": false,
          "covers": { "from": "2025-01-01", "to": "2026-12-31" },
          "holidays": [
            { "date": "2025-01-28", "name": "春节" }, { "date": "2025-01-29", "name": "春节" }, { "date": "2025-01-30", "name": "春节" },
            { "date": "2025-01-31", "name": "春节" }, { "date": "2025-02-01", "name": "春节" }, { "date": "2025-02-02", "name": "春节" },
            { "date": "2025-02-03", "name": "春节" }, { "date": "2025-02-04", "name": "春节" },
            { "date": "2025-10-01", "name": "国庆节" }, { "date": "2025-10-02", "name": "国庆节" }, { "date": "2025-10-03", "name": "国庆节" },
            { "date": "2025-10-04", "name": "国庆节" }, { "date": "2025-10-05", "name": "国庆节" }, { "date": "2025-10-06", "name": "中秋节" },
            { "date": "2025-10-07", "name": "国庆节" }, { "date": "2025-10-08", "name": "国庆节" }
          ],
          "workingDays": [
            { "date": "2025-01-26", "name": "春节调休上班" }, { "date": "2025-02-08", "name": "春节调休上班" },
            { "date": "2025-09-28", "name": "国庆节调休上班" }, { "date": "2025-10-11", "name": "国庆节调休上班" }
          ]
        }
        """;

    public static HolidayCalendar China2025() => JsonDocuments.WorkingDayCalendar.Read(China2025AutumnJson);

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
