using System;
using System.Collections.Generic;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Testing;

/// <summary>
/// A deterministic generator of realistic self-evaluations (单位自评): 15 level-3 indicators under output 50 /
/// benefit 30 / satisfaction 10 that use every scoring strategy of <see cref="PerfRules"/> (proportional,
/// reverse-linear, reverse-ratio, equality, qualitative bands, step thresholds, deviation bands, per-step deduction
/// below and above, judgement), plus the budget-execution block of 10 points. The same seed always gives the same
/// evaluations, in the same order, on every machine (the generator uses its own SplitMix64, not <see cref="Random"/>).
/// </summary>
/// <remarks>
/// Every project has its own targets, drawn per indicator tree; to keep a portfolio of 100,000 evaluations in memory the
/// trees come from a pool (<see cref="TreePoolSize"/> distinct trees, each shared by the evaluations whose index is
/// congruent modulo the pool size). Records and budget execution are drawn per evaluation. Every generated evaluation
/// scores <see cref="Scoring.ScoringOutcome.Complete"/> under both <see cref="PerfRules.National"/> and
/// <see cref="PerfRules.Alternative"/>. Not thread-safe: use one generator per thread.
/// </remarks>
public sealed class EvaluationGenerator
{
    /// <summary>The default seed.</summary>
    public const ulong DefaultSeed = 20200225;

    /// <summary>The number of level-3 indicators per evaluation.</summary>
    public const int IndicatorsPerEvaluation = 15;

    private static readonly Performer Unit = new(PerformerRole.Unit, "县农业农村局");
    private static readonly FiscalYear Covered = new(2024);
    private static readonly FiscalYear Conducted = new(2025);

    private readonly IndicatorTree[] trees;
    private ulong state;
    private int next;

    /// <summary>Creates a generator.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="treePoolSize">The number of distinct indicator trees (targets), at least 1.</param>
    public EvaluationGenerator(ulong seed = DefaultSeed, int treePoolSize = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(treePoolSize, 1);
        state = seed;
        TreePoolSize = treePoolSize;
        trees = new IndicatorTree[treePoolSize];
        for (var i = 0; i < trees.Length; i++)
        {
            trees[i] = BuildTree();
        }
    }

    /// <summary>The number of distinct trees.</summary>
    public int TreePoolSize { get; }

    /// <summary>The specification of the 15 indicators: code, level 2, name, direction, target base, unit, points, rule.</summary>
    public static IReadOnlyList<IndicatorSpec> Specs { get; } =
    [
        new("1.1.1", 0, "高标准农田建设面积", Direction.AtLeast, 5000m, "亩", 6m, null, SpecKind.Proportional),
        new("1.1.2", 0, "新建田间道路长度", Direction.AtLeast, 8m, "公里", 5m, "steps", SpecKind.Steps),
        new("1.1.3", 0, "受益人口", Direction.EqualTo, 2000m, "人", 4m, "deviation", SpecKind.Deviation),
        new("1.1.4", 0, "新建及改造渠道长度", Direction.AtLeast, 12m, "公里", 5m, null, SpecKind.Proportional),
        new("1.2.1", 1, "工程验收合格率", Direction.EqualTo, 100m, "%", 5m, null, SpecKind.Equality),
        new("1.2.2", 1, "良种覆盖率", Direction.AtLeast, 95m, "%", 5m, "deduct-below", SpecKind.DeductBelow),
        new("1.3.1", 2, "按期完工率", Direction.AtLeast, 95m, "%", 10m, null, SpecKind.Proportional),
        new("1.4.1", 3, "亩均建设成本", Direction.AtMost, 3000m, "元", 5m, null, SpecKind.Reverse),
        new("1.4.2", 3, "灌溉管网单位造价", Direction.AtMost, 120m, "元/米", 5m, "reverse-ratio", SpecKind.Reverse),
        new("2.1.1", 4, "项目区粮食亩产增加", Direction.AtLeast, 50m, "公斤", 10m, null, SpecKind.Proportional),
        new("2.2.1", 5, "带动农户增收", Direction.AtLeast, 1500m, "元/户", 8m, "steps", SpecKind.Steps),
        new("2.3.1", 6, "耕地质量改善", Direction.Qualitative, 0m, null, 6m, null, SpecKind.Qualitative),
        new("2.3.2", 6, "工程管护机制健全性", Direction.Qualitative, 0m, null, 6m, "judgement", SpecKind.Judgement),
        new("3.1.1", 7, "受益农户满意度", Direction.AtLeast, 90m, "%", 6m, null, SpecKind.Proportional),
        new("3.1.2", 7, "群众投诉次数", Direction.AtMost, 2m, "次", 4m, "deduct-above", SpecKind.DeductAbove),
    ];

    /// <summary>Generates the next evaluation.</summary>
    public Evaluation Next()
    {
        var index = next++;
        var tree = trees[index % trees.Length];
        var records = new IndicatorRecord[IndicatorsPerEvaluation];
        var indicators = tree.Indicators;

        // About one project in twenty is in trouble: far behind its targets and its spending (graded 中 or 差).
        var troubled = Int(0, 99) < 8;
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = Record(Specs[i], indicators[i], troubled);
        }

        var adjusted = 100_000m + (Int(0, 99_000) * 100m); // 10万 to 1000万 yuan, whole hundreds
        var spent = decimal.Round(adjusted * (troubled ? Between(0.3m, 0.75m) : Between(0.7m, 1.02m)), 2, MidpointRounding.AwayFromZero); // a little overspending happens

        var id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"E-2024-{index:D7}");
        var project = new SubjectRef(SubjectType.Project, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"P{index:D7}"));
        return new Evaluation(id, EvaluationType.SelfEvaluation, project, Unit, Covered, Conducted, tree, records,
            new BudgetExecution(Money.FromYuan(adjusted), Money.FromYuan(spent)));
    }

    /// <summary>Generates <paramref name="count"/> evaluations into a list.</summary>
    /// <param name="count">How many.</param>
    public List<Evaluation> Generate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var list = new List<Evaluation>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(Next());
        }

        return list;
    }

    /// <summary>Generates <paramref name="count"/> evaluations lazily, one at a time (nothing is kept).</summary>
    /// <param name="count">How many.</param>
    public IEnumerable<Evaluation> Stream(long count)
    {
        for (long i = 0; i < count; i++)
        {
            yield return Next();
        }
    }

    /// <summary>
    /// An evaluation with <paramref name="count"/> proportional indicators under one level-2 node (90 points shared
    /// equally) plus the budget block: for measuring how allocation grows with the number of indicators.
    /// </summary>
    /// <param name="count">The number of indicators; 90 ÷ count must be an exact decimal (1, 2, 3, 5, 6, 9, 10, 15, 18, 30, 45, 50, 90 …).</param>
    public static Evaluation Wide(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var points = 90m / count;
        var indicators = new LevelThreeIndicator[count];
        var records = new IndicatorRecord[count];
        for (var i = 0; i < count; i++)
        {
            var code = new IndicatorCode(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"1.1.{i + 1}"));
            indicators[i] = LevelThreeIndicator.Quantitative(code, "指标", Direction.AtLeast, 100m, "%", points);
            records[i] = IndicatorRecord.Measured(code, 80m + (i % 20));
        }

        var tree = new IndicatorTree(IndicatorWeighting.Weighted,
        [
            new LevelOneIndicator(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 90m,
                [new LevelTwoIndicator(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, 90m, indicators)]),
        ]);
        return new Evaluation("W1", EvaluationType.SelfEvaluation, new SubjectRef(SubjectType.Project, "P1"), Unit, Covered, Conducted, tree, records,
            new BudgetExecution(Money.FromYuan(1_000_000m), Money.FromYuan(850_000m)));
    }

    private IndicatorTree BuildTree()
    {
        var threes = new LevelThreeIndicator[Specs.Count];
        for (var i = 0; i < threes.Length; i++)
        {
            var s = Specs[i];
            threes[i] = s.Direction == Direction.Qualitative
                ? LevelThreeIndicator.Qualitative(new IndicatorCode(s.Code), s.Name, s.Points, ValueBasis.Other, "依据评价报告判断", s.Rule)
                : LevelThreeIndicator.Quantitative(new IndicatorCode(s.Code), s.Name, s.Direction, Target(s), s.Unit!, s.Points, ValueBasis.Plan, "说明", s.Rule);
        }

        LevelTwoIndicator Two(int index, string code, string name, IndicatorClass cls)
        {
            var children = new List<LevelThreeIndicator>();
            var points = 0m;
            for (var i = 0; i < threes.Length; i++)
            {
                if (Specs[i].LevelTwo == index)
                {
                    children.Add(threes[i]);
                    points += threes[i].Points;
                }
            }

            return new LevelTwoIndicator(new IndicatorCode(code), name, cls, points, children);
        }

        return new IndicatorTree(IndicatorWeighting.Weighted,
        [
            new LevelOneIndicator(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 50m,
            [
                Two(0, "1.1", "数量指标", IndicatorClass.Quantity),
                Two(1, "1.2", "质量指标", IndicatorClass.Quality),
                Two(2, "1.3", "时效指标", IndicatorClass.Timeliness),
                Two(3, "1.4", "成本指标", IndicatorClass.OutputCost),
            ]),
            new LevelOneIndicator(new IndicatorCode("2"), "效益指标", IndicatorClass.Benefit, 30m,
            [
                Two(4, "2.1", "经济效益指标", IndicatorClass.Economic),
                Two(5, "2.2", "社会效益指标", IndicatorClass.Social),
                Two(6, "2.3", "可持续影响指标", IndicatorClass.SustainableImpact),
            ]),
            new LevelOneIndicator(new IndicatorCode("3"), "满意度指标", IndicatorClass.Satisfaction, 10m,
            [
                Two(7, "3.1", "服务对象满意度指标", IndicatorClass.BeneficiarySatisfaction),
            ]),
        ]);
    }

    private decimal Target(IndicatorSpec s) => s.Kind switch
    {
        // Rates are conventional targets; counts, lengths and costs vary by project.
        SpecKind.Equality => 100m,
        SpecKind.DeductBelow => 95m,
        SpecKind.DeductAbove => Int(1, 3),
        _ when s.Unit == "%" => s.BaseTarget,
        _ when s.BaseTarget >= 100m => decimal.Round(s.BaseTarget * Between(0.6m, 1.6m), 0, MidpointRounding.AwayFromZero),
        _ => decimal.Round(s.BaseTarget * Between(0.6m, 1.6m), 1, MidpointRounding.AwayFromZero),
    };

    private IndicatorRecord Record(IndicatorSpec s, LevelThreeIndicator indicator, bool troubled)
    {
        var code = indicator.Code;
        var t = indicator.Target ?? 0m;
        if (troubled && s.Kind is not (SpecKind.Qualitative or SpecKind.Judgement or SpecKind.DeductAbove or SpecKind.DeductBelow or SpecKind.Equality))
        {
            return IndicatorRecord.Measured(code, s.Kind == SpecKind.Reverse ? Scale(t, 1.2m, 1.9m) : Scale(t, 0.45m, 0.85m));
        }

        if (troubled && s.Kind == SpecKind.Qualitative)
        {
            return IndicatorRecord.Achieved(code, AchievementLevel.NotAchieved, Int(0, (int)(indicator.Points * 6m) - 1) / 10m);
        }

        switch (s.Kind)
        {
            case SpecKind.Qualitative:
                {
                    var w = indicator.Points;
                    var roll = Int(0, 9);
                    var level = roll < 6 ? AchievementLevel.Achieved : roll < 9 ? AchievementLevel.PartlyAchieved : AchievementLevel.NotAchieved;

                    // Scores in tenths inside the band: achieved [0.8w, w], partly [0.6w, 0.8w), not achieved [0, 0.6w).
                    var (low, high) = level switch
                    {
                        AchievementLevel.Achieved => ((int)(w * 8m), (int)(w * 10m)),
                        AchievementLevel.PartlyAchieved => ((int)(w * 6m), (int)(w * 8m) - 1),
                        _ => (0, (int)(w * 6m) - 1),
                    };
                    return IndicatorRecord.Achieved(code, level, Int(low, high) / 10m);
                }

            case SpecKind.Judgement:
                return IndicatorRecord.Judged(code, Int((int)(indicator.Points * 5m), (int)(indicator.Points * 10m)) / 10m);

            case SpecKind.Equality:
                return IndicatorRecord.Measured(code, Int(0, 9) < 6 ? 100m : Int(900, 999) / 10m);

            case SpecKind.DeductBelow:
                return IndicatorRecord.Measured(code, Int(820, 1000) / 10m);

            case SpecKind.DeductAbove:
                return IndicatorRecord.Measured(code, Int(0, 6));

            case SpecKind.Reverse:
                return IndicatorRecord.Measured(code, Scale(t, 0.9m, 1.2m));

            case SpecKind.Steps:
                return IndicatorRecord.Measured(code, Scale(t, 0.85m, 1.05m));

            case SpecKind.Deviation:
                return IndicatorRecord.Measured(code, Scale(t, 0.85m, 1.15m));

            default:
                if (s.Unit == "%")
                {
                    return IndicatorRecord.Measured(code, Math.Min(100m, Scale(t, 0.88m, 1.1m)));
                }

                return IndicatorRecord.Measured(code, Scale(t, 0.85m, 1.15m));
        }
    }

    private decimal Scale(decimal t, decimal from, decimal to) => decimal.Round(t * Between(from, to), t >= 100m ? 0 : 1, MidpointRounding.AwayFromZero);

    /// <summary>A decimal in [from, to] in steps of 0.0001.</summary>
    private decimal Between(decimal from, decimal to) => from + ((to - from) * Int(0, 10_000) / 10_000m);

    /// <summary>An integer in [from, to], both inclusive.</summary>
    private int Int(int from, int to) => from + (int)(NextUInt64() % (ulong)(to - from + 1));

    private ulong NextUInt64()
    {
        // SplitMix64: fixed arithmetic, identical on every runtime.
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>What a generated indicator is, so that its actual values are drawn realistically.</summary>
public enum SpecKind
{
    /// <summary>A positive indicator scored proportionally.</summary>
    Proportional,

    /// <summary>A positive indicator scored by step thresholds.</summary>
    Steps,

    /// <summary>An equal-to indicator scored by deviation bands.</summary>
    Deviation,

    /// <summary>An equal-to rate scored by equality.</summary>
    Equality,

    /// <summary>A rate with points deducted per step below 90.</summary>
    DeductBelow,

    /// <summary>A count with points deducted per unit above the target.</summary>
    DeductAbove,

    /// <summary>A reverse (cost) indicator.</summary>
    Reverse,

    /// <summary>A qualitative indicator with an achievement level.</summary>
    Qualitative,

    /// <summary>A qualitative indicator judged directly.</summary>
    Judgement,
}

/// <summary>The specification of one generated indicator.</summary>
/// <param name="Code">The code.</param>
/// <param name="LevelTwo">The index of its level-2 node.</param>
/// <param name="Name">The name.</param>
/// <param name="Direction">The direction.</param>
/// <param name="BaseTarget">The typical target.</param>
/// <param name="Unit">The unit, or null for a qualitative indicator.</param>
/// <param name="Points">The points.</param>
/// <param name="Rule">The named scoring rule, or null for the rule set's default.</param>
/// <param name="Kind">What it is.</param>
public sealed record IndicatorSpec(string Code, int LevelTwo, string Name, Direction Direction, decimal BaseTarget, string? Unit, decimal Points, string? Rule, SpecKind Kind);
