using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace BudgetPerformance.Tests;

/// <summary>
/// The scoring families of a rule set and its envelope check each invariant in one place, their <c>FindProblems</c>:
/// every problem it words (code, element, English and Chinese, the Chinese written here by hand as the spec), and, for
/// generated values, that the constructor succeeds exactly when <c>FindProblems</c> finds nothing and otherwise throws
/// for the first problem, naming its element (or the list the element is an entry of).
/// </summary>
public class RuleFamilyProblemTests
{
    private const string Negative = "The value must not be negative.";
    private const string NegativeZh = "该取值不能为负数。";
    private const string Share = "The share must lie in [0, 1].";
    private const string ShareZh = "比例应在 [0, 1] 内。";

    private static readonly SourceCitation Src = new("财预〔2020〕10号", SourceKind.National);
    private static readonly Rounding Edge = Rounding.TwoDecimalsHalfAwayFromZero;

    // Over-completion -----------------------------------------------------------------------------------------------

    [Fact]
    public void OverCompletion_FindProblems_EveryEdge()
    {
        Assert.Empty(OverCompletionRule.FindProblems(0.5m, 0.5m));
        Assert.Empty(OverCompletionRule.FindProblems(0m, 0m));
        Assert.Empty(OverCompletionRule.FindProblems(0m, 1m));

        Only(OverCompletionRule.FindProblems(-0.01m, 0.5m), "flagAbove", Negative, NegativeZh);
        Only(OverCompletionRule.FindProblems(0.5m, 1.01m), "deductShare", "The deducted share must lie in [0, 1].", "超额完成时扣减的分值比例应在 [0, 1] 内。");
        Only(OverCompletionRule.FindProblems(0.5m, -0.01m), "deductShare", "The deducted share must lie in [0, 1].", "超额完成时扣减的分值比例应在 [0, 1] 内。");
        Assert.Equal(["flagAbove", "deductShare"], Elements(OverCompletionRule.FindProblems(-1m, 2m)));
    }

    [Property(MaxTest = 300)]
    public Property OverCompletion_ConstructorAgreesWithFindProblems() =>
        Prop.ForAll(Near(0m, 1m).ToArbitrary(), Near(0m, 1m).ToArbitrary(), (flag, share) =>
            OneCheck(OverCompletionRule.FindProblems(flag, share), () => new OverCompletionRule(flag, share, Src)));

    // Budget execution, aggregation, weight check -------------------------------------------------------------------

    [Fact]
    public void BudgetExecution_FindProblems_PointsNotNegative()
    {
        Assert.Empty(BudgetExecutionRules.FindProblems(0m));
        Assert.Empty(BudgetExecutionRules.FindProblems(20m));
        Only(BudgetExecutionRules.FindProblems(-0.01m), "points", Negative, NegativeZh);

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new BudgetExecutionRules(-1m, null, ZeroBudgetPolicy.Reject, [], Src));
        Assert.Equal(("points", (object?)(-1m)), (e.ParamName, e.ActualValue));
    }

    [Property(MaxTest = 200)]
    public Property BudgetExecution_ConstructorAgreesWithFindProblems() =>
        Prop.ForAll(Near(0m, 10m).ToArbitrary(), points =>
            OneCheck(BudgetExecutionRules.FindProblems(points), () => new BudgetExecutionRules(points, null, ZeroBudgetPolicy.Reject, [EvaluationType.SelfEvaluation], Src)));

    [Fact]
    public void Aggregation_FindProblems_RequiredTotalNotNegative()
    {
        Assert.Empty(AggregationRules.FindProblems(null));
        Assert.Empty(AggregationRules.FindProblems(0m));
        Assert.Empty(AggregationRules.FindProblems(100m));
        Only(AggregationRules.FindProblems(-0.01m), "requiredTotalPoints", Negative, NegativeZh);
    }

    [Property(MaxTest = 200)]
    public Property Aggregation_ConstructorAgreesWithFindProblems() =>
        Prop.ForAll(Gen.OneOf(Near(0m, 100m).Select(d => (decimal?)d), Gen.Constant((decimal?)null)).ToArbitrary(), total =>
            OneCheck(AggregationRules.FindProblems(total), () => new AggregationRules(NotApplicablePolicy.Rescale, MissingDataPolicy.Incomplete, TotalMode.SumOfRounded, total, Src)));

    [Fact]
    public void WeightCheck_FindProblems_ShareInZeroToOne()
    {
        Assert.Empty(WeightCheckRules.FindProblems(0m));
        Assert.Empty(WeightCheckRules.FindProblems(0.6m));
        Assert.Empty(WeightCheckRules.FindProblems(1m));
        Only(WeightCheckRules.FindProblems(-0.01m), "minimumOutputBenefitShare", Share, ShareZh);
        Only(WeightCheckRules.FindProblems(1.01m), "minimumOutputBenefitShare", Share, ShareZh);
    }

    [Property(MaxTest = 200)]
    public Property WeightCheck_ConstructorAgreesWithFindProblems() =>
        Prop.ForAll(Near(0m, 0.6m, 1m).ToArbitrary(), share =>
            OneCheck(WeightCheckRules.FindProblems(share), () => new WeightCheckRules(share, [EvaluationType.FinanceEvaluation], Src)));

    // Re-check and ex-ante ------------------------------------------------------------------------------------------

    [Fact]
    public void ReCheck_FindProblems_WeightsNotNegativeAndAddingUpToOne()
    {
        Assert.Empty(ReCheckRules.FindProblems(0.4m, 0.6m));
        Assert.Empty(ReCheckRules.FindProblems(1m, 0m));
        Assert.Empty(ReCheckRules.FindProblems(0m, 1.000m));

        Only(ReCheckRules.FindProblems(0.5m, 0.6m), "reCheckWeight", "The two weights must add up to exactly 1.", "自评得分与复核得分的权重之和应恰好为 1。");
        Only(ReCheckRules.FindProblems(-0.5m, 1.5m), "selfWeight", Negative, NegativeZh);
        Only(ReCheckRules.FindProblems(1.5m, -0.5m), "reCheckWeight", Negative, NegativeZh);
        Assert.Equal(["selfWeight", "reCheckWeight", "reCheckWeight"], Elements(ReCheckRules.FindProblems(-1m, -1m)));

        // Weights too large to add up are reported, not an overflow.
        Only(ReCheckRules.FindProblems(decimal.MaxValue, decimal.MaxValue), "reCheckWeight", "The two weights must add up to exactly 1.", "自评得分与复核得分的权重之和应恰好为 1。");
        Assert.Equal(["selfWeight", "reCheckWeight", "reCheckWeight"], Elements(ReCheckRules.FindProblems(decimal.MinValue, decimal.MinValue)));
    }

    [Fact]
    public void ReCheck_Constructor_KeepsItsExceptionTypes()
    {
        var sum = Assert.Throws<ArgumentException>(() => new ReCheckRules(0.5m, 0.6m, Src));
        Assert.Equal("reCheckWeight", sum.ParamName);
        Assert.StartsWith("The two weights must add up to exactly 1.", sum.Message, StringComparison.Ordinal);

        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => new ReCheckRules(1.5m, -0.5m, Src));
        Assert.Equal(("reCheckWeight", (object?)(-0.5m)), (negative.ParamName, negative.ActualValue));
        Assert.Throws<ArgumentException>(() => new ReCheckRules(decimal.MaxValue, decimal.MaxValue, Src));
    }

    [Property(MaxTest = 400)]
    public Property ReCheck_ConstructorAgreesWithFindProblems()
    {
        var weight = Gen.OneOf(Near(0m, 0.4m, 0.6m, 1m), Gen.Elements(decimal.MaxValue, decimal.MinValue));
        var pairs = Gen.OneOf(
            from self in weight from reCheck in weight select (self, reCheck),
            from self in Near(0m, 0.4m, 1m) select (self, reCheck: 1m - self));
        return Prop.ForAll(pairs.ToArbitrary(), p =>
            OneCheck(ReCheckRules.FindProblems(p.self, p.reCheck), () => new ReCheckRules(p.self, p.reCheck, Src)));
    }

    [Fact]
    public void ExAnte_FindProblems_EveryEdge()
    {
        Assert.Empty(ExAnteRules.FindProblems(90m, 70m));
        Assert.Empty(ExAnteRules.FindProblems(100m, 0m));
        Assert.Empty(ExAnteRules.FindProblems(0.01m, 0m));
        Assert.Empty(ExAnteRules.FindProblems(90m, 89.99m));

        const string Support = "The support threshold must lie in (0, 100].";
        const string SupportZh = "“予以支持”的阈值应在 (0, 100] 内。";
        const string Adjust = "The adjustment threshold must lie in [0, supportFrom).";
        const string AdjustZh = "“调整后支持”的阈值应在 [0, supportFrom) 内。";
        Only(ExAnteRules.FindProblems(100.01m, 70m), "supportFrom", Support, SupportZh);
        Only(ExAnteRules.FindProblems(90m, 90m), "adjustFrom", Adjust, AdjustZh);
        Only(ExAnteRules.FindProblems(90m, -0.01m), "adjustFrom", Adjust, AdjustZh);

        // adjustFrom is compared with the supportFrom given, even when that is out of range.
        Assert.Equal(["supportFrom", "adjustFrom"], Elements(ExAnteRules.FindProblems(0m, 0m)));
        Only(ExAnteRules.FindProblems(150m, 120m), "supportFrom", Support, SupportZh);
    }

    [Property(MaxTest = 400)]
    public Property ExAnte_ConstructorAgreesWithFindProblems() =>
        Prop.ForAll(Near(0m, 70m, 90m, 100m).ToArbitrary(), Near(0m, 70m, 90m, 100m).ToArbitrary(), (support, adjust) =>
            OneCheck(ExAnteRules.FindProblems(support, adjust), () => new ExAnteRules(support, adjust, Src)));

    // Strategies ----------------------------------------------------------------------------------------------------

    [Fact]
    public void Strategy_FindProblems_Id()
    {
        Assert.Empty(ScoringStrategy.FindProblems("proportional-2"));
        Assert.Empty(ScoringStrategy.FindProblems(new string('a', 64)));

        Only(ScoringStrategy.FindProblems("Judge"), "id",
            "'Judge' is not a valid strategy id: use lower-case ASCII letters, digits and '-'.",
            "“Judge”不是有效的计分方法标识：请使用小写 ASCII 字母、数字和“-”。");
        Only(ScoringStrategy.FindProblems(""), "id",
            "'' is not a valid strategy id: use lower-case ASCII letters, digits and '-'.",
            "“”不是有效的计分方法标识：请使用小写 ASCII 字母、数字和“-”。");
        Assert.Equal(["id"], Elements(ScoringStrategy.FindProblems(null)));
        Assert.Equal(["id"], Elements(ScoringStrategy.FindProblems(new string('a', 65))));
    }

    [Property(MaxTest = 200)]
    public Property Strategy_ConstructorAgreesWithFindProblemsOnTheId() =>
        Prop.ForAll(Gen.Elements("p", "p-2", "9", "-", "", " ", "P", "p_2", "p.2", "中文", new string('a', 64), new string('a', 65)).ToArbitrary(), id =>
            OneCheck(ScoringStrategy.FindProblems(id), () => new ProportionalStrategy(id, Src))
            && OneCheck(ScoringStrategy.FindProblems(id), () => new ReverseLinearStrategy(id, Src, 2m))
            && OneCheck(ScoringStrategy.FindProblems(id), () => new JudgementStrategy(id, Src)));

    [Fact]
    public void ReverseLinear_FindProblems_MultipleAboveOne()
    {
        Assert.Empty(ReverseLinearStrategy.FindProblems(1.01m));
        Assert.Empty(ReverseLinearStrategy.FindProblems(2m));
        Only(ReverseLinearStrategy.FindProblems(1m), "zeroAtMultiple",
            "The score must reach 0 beyond the target: use a multiple above 1.", "得分须在超出目标值之后才降为 0：倍数应大于 1。");
        Assert.Equal(["zeroAtMultiple"], Elements(ReverseLinearStrategy.FindProblems(-3m)));
    }

    [Property(MaxTest = 200)]
    public Property ReverseLinear_ConstructorAgreesWithFindProblems() =>
        Prop.ForAll(Near(0m, 1m, 2m).ToArbitrary(), multiple =>
            OneCheck(ReverseLinearStrategy.FindProblems(multiple), () => new ReverseLinearStrategy("r", Src, multiple)));

    [Fact]
    public void QualitativeBands_FindProblems_EveryEdge()
    {
        Assert.Empty(QualitativeBandsStrategy.FindProblems(0.8m, 0.6m));
        Assert.Empty(QualitativeBandsStrategy.FindProblems(1m, 0.99m));
        Assert.Empty(QualitativeBandsStrategy.FindProblems(0.02m, 0.01m));

        const string Achieved = "The achieved edge must lie in (0, 1].";
        const string AchievedZh = "“达成”档次的下边界应在 (0, 1] 内。";
        const string Partly = "The partly-achieved edge must lie in (0, achievedFrom).";
        const string PartlyZh = "“部分达成”档次的下边界应在 (0, achievedFrom) 内。";
        Only(QualitativeBandsStrategy.FindProblems(1.01m, 0.6m), "achievedFrom", Achieved, AchievedZh);
        Only(QualitativeBandsStrategy.FindProblems(0.8m, 0m), "partlyFrom", Partly, PartlyZh);
        Only(QualitativeBandsStrategy.FindProblems(0.8m, 0.8m), "partlyFrom", Partly, PartlyZh);
        Assert.Equal(["achievedFrom", "partlyFrom"], Elements(QualitativeBandsStrategy.FindProblems(0m, 0.6m)));
    }

    [Property(MaxTest = 400)]
    public Property QualitativeBands_ConstructorAgreesWithFindProblems() =>
        Prop.ForAll(Near(0m, 0.6m, 0.8m, 1m).ToArbitrary(), Near(0m, 0.6m, 0.8m, 1m).ToArbitrary(), (achieved, partly) =>
            OneCheck(QualitativeBandsStrategy.FindProblems(achieved, partly), () => new QualitativeBandsStrategy("q", Src, achieved, partly, true, Edge)));

    [Fact]
    public void PerStepDeduction_FindProblems_BothAboveZero()
    {
        Assert.Empty(PerStepDeductionStrategy.FindProblems(5m, 1m));
        Assert.Empty(PerStepDeductionStrategy.FindProblems(0.01m, 0.01m));
        Only(PerStepDeductionStrategy.FindProblems(0m, 1m), "stepSize", "The step size must be above 0.", "步长应大于 0。");
        Only(PerStepDeductionStrategy.FindProblems(5m, -1m), "pointsPerStep", "The points per step must be above 0.", "每档扣分应大于 0。");
        Assert.Equal(["stepSize", "pointsPerStep"], Elements(PerStepDeductionStrategy.FindProblems(-1m, 0m)));
    }

    [Property(MaxTest = 300)]
    public Property PerStepDeduction_ConstructorAgreesWithFindProblems() =>
        Prop.ForAll(Near(0m, 5m).ToArbitrary(), Near(0m, 1m).ToArbitrary(), (size, points) =>
            OneCheck(PerStepDeductionStrategy.FindProblems(size, points),
                () => new PerStepDeductionStrategy("d", Src, DeductionSide.Below, null, size, points, StepCounting.EveryStartedStep)));

    [Fact]
    public void ThresholdStepAndDeviationBand_FindProblems_EveryEdge()
    {
        Assert.Empty(ThresholdStep.FindProblems(0m));
        Assert.Empty(ThresholdStep.FindProblems(1m));
        Only(ThresholdStep.FindProblems(1.01m), "shareOfPoints", Share, ShareZh);
        Only(ThresholdStep.FindProblems(-0.01m), "shareOfPoints", Share, ShareZh);

        Assert.Empty(DeviationBand.FindProblems(0m, 0m));
        Assert.Empty(DeviationBand.FindProblems(0.1m, 1m));
        Only(DeviationBand.FindProblems(-0.01m, 1m), "maximumDeviation", Negative, NegativeZh);
        Only(DeviationBand.FindProblems(0.1m, 1.5m), "shareOfPoints", Share, ShareZh);
        Assert.Equal(["maximumDeviation", "shareOfPoints"], Elements(DeviationBand.FindProblems(-1m, -1m)));
    }

    [Property(MaxTest = 200)]
    public Property ThresholdStep_ConstructorAgreesWithFindProblems() =>
        Prop.ForAll(Near(0m, 0.5m, 1m).ToArbitrary(), share =>
            OneCheck(ThresholdStep.FindProblems(share), () => new ThresholdStep(0.9m, share)));

    [Property(MaxTest = 300)]
    public Property DeviationBand_ConstructorAgreesWithFindProblems() =>
        Prop.ForAll(Near(0m, 0.1m).ToArbitrary(), Near(0m, 1m).ToArbitrary(), (maximum, share) =>
            OneCheck(DeviationBand.FindProblems(maximum, share), () => new DeviationBand(maximum, share)));

    [Fact]
    public void StepThresholds_FindProblems_NamesTheStepOutOfOrder()
    {
        const string Order = "Steps need distinct minimums, and a higher minimum never earns a smaller share.";
        const string OrderZh = "各档的最低完成率须互不相同，且最低完成率较高的档所得分值比例不得更低。";
        Assert.Empty(StepThresholdsStrategy.FindProblems([new(0.8m, 0.5m), new(0.95m, 1m), new(0.9m, 0.8m)]));
        Assert.Empty(StepThresholdsStrategy.FindProblems([new(0.9m, 0.5m), new(0.8m, 0.5m)]));

        Only(StepThresholdsStrategy.FindProblems([]), "steps", "At least one step is needed.", "阶梯计分至少需要一档。");
        Only(StepThresholdsStrategy.FindProblems([new(0.95m, 1m), new(0.8m, 0.5m), new(0.95m, 0.8m)]), "steps[2]", Order, OrderZh);

        // Ordered highest minimum first, step 0 (0.9) comes after step 1 (0.95) and earns more.
        Only(StepThresholdsStrategy.FindProblems([new(0.9m, 0.8m), new(0.95m, 0.7m)]), "steps[0]", Order, OrderZh);
        Assert.Equal(["steps[1]", "steps[2]"], Elements(StepThresholdsStrategy.FindProblems([new(1m, 0.5m), new(1m, 0.5m), new(0.5m, 0.9m)])));

        Assert.Equal("steps", Assert.Throws<ArgumentException>(() => new StepThresholdsStrategy("s", Src, [new(0.9m, 0.8m), new(0.95m, 0.7m)])).ParamName);
    }

    [Property(MaxTest = 300)]
    public Property StepThresholds_ConstructorAgreesWithFindProblems()
    {
        var step = from minimum in Gen.Elements(0.5m, 0.8m, 0.9m, 0.95m, 1m) from share in Gen.Elements(0m, 0.5m, 0.8m, 1m) select new ThresholdStep(minimum, share);
        var steps = from count in Gen.Choose(0, 4) from list in step.ListOf(count) select list.ToArray();
        return Prop.ForAll(steps.ToArbitrary(), given =>
            OneCheck(StepThresholdsStrategy.FindProblems(given), () => new StepThresholdsStrategy("s", Src, given)));
    }

    [Fact]
    public void DeviationBands_FindProblems_NamesTheBandOutOfOrder()
    {
        const string Order = "Bands need distinct maximums, and a wider band never earns a larger share.";
        const string OrderZh = "各区间的最大偏差须互不相同，且较宽的区间所得分值比例不得更高。";
        Assert.Empty(DeviationBandsStrategy.FindProblems([new(0.2m, 0.2m), new(0.1m, 1m), new(0.15m, 0.6m)]));

        Only(DeviationBandsStrategy.FindProblems([]), "bands", "At least one band is needed.", "偏差区间计分至少需要一个区间。");
        Only(DeviationBandsStrategy.FindProblems([new(0.1m, 1m), new(0.1m, 0.5m)]), "bands[1]", Order, OrderZh);

        // Ordered narrowest first, band 1 (0.2) comes after band 0 (0.1) and earns more.
        Only(DeviationBandsStrategy.FindProblems([new(0.1m, 0.5m), new(0.2m, 0.6m)]), "bands[1]", Order, OrderZh);
        Only(DeviationBandsStrategy.FindProblems([new(0.2m, 0.6m), new(0.1m, 0.5m)]), "bands[0]", Order, OrderZh);

        Assert.Equal("bands", Assert.Throws<ArgumentException>(() => new DeviationBandsStrategy("b", Src, [new(0.2m, 0.6m), new(0.1m, 0.5m)], true)).ParamName);
    }

    [Property(MaxTest = 300)]
    public Property DeviationBands_ConstructorAgreesWithFindProblems()
    {
        var band = from maximum in Gen.Elements(0m, 0.1m, 0.15m, 0.2m) from share in Gen.Elements(0m, 0.2m, 0.6m, 1m) select new DeviationBand(maximum, share);
        var bands = from count in Gen.Choose(0, 4) from list in band.ListOf(count) select list.ToArray();
        return Prop.ForAll(bands.ToArbitrary(), given =>
            OneCheck(DeviationBandsStrategy.FindProblems(given), () => new DeviationBandsStrategy("b", Src, given, true)));
    }

    // Indicator scoring ---------------------------------------------------------------------------------------------

    private static readonly ScoringStrategy[] Pool =
    [
        new ProportionalStrategy("proportional", Src),
        new ReverseRatioStrategy("reverse-ratio", Src),
        new EqualityStrategy("equal", Src, EqualityOvershoot.Proportional),
        new JudgementStrategy("judge", Src),
        new QualitativeBandsStrategy("qual", Src, 0.8m, 0.6m, true, Edge),
        new ProportionalStrategy("judge", Src),
    ];

    private static Dictionary<Direction, string> National() => new()
    {
        [Direction.AtLeast] = "proportional",
        [Direction.GreaterThan] = "proportional",
        [Direction.EqualTo] = "equal",
        [Direction.AtMost] = "reverse-ratio",
        [Direction.LessThan] = "reverse-ratio",
        [Direction.Qualitative] = "judge",
    };

    [Fact]
    public void IndicatorScoring_FindProblems_DuplicateIdsAndEveryKindOfBadDefault()
    {
        var strategies = Pool[..5];
        Assert.Empty(IndicatorScoringRules.FindProblems(strategies, National()));

        Only(IndicatorScoringRules.FindProblems([.. strategies, Pool[5]], National()), "strategies[5]",
            "The strategy id 'judge' is used twice.", "计分方法标识“judge”重复使用。");

        var defaults = National();
        defaults.Remove(Direction.LessThan);
        Only(IndicatorScoringRules.FindProblems(strategies, defaults), "defaults[<]",
            "No default strategy is named for the direction <.", "未为“< 反向”方向指定默认计分方法。");

        defaults = National();
        defaults[Direction.AtMost] = "nope";
        Only(IndicatorScoringRules.FindProblems(strategies, defaults), "defaults[<=]",
            "The default strategy 'nope' for <= is not one of the strategies.", "“≤ 反向”方向的默认计分方法“nope”不在本规则集的计分方法之中。");

        defaults = National();
        defaults[Direction.Qualitative] = "proportional";
        Only(IndicatorScoringRules.FindProblems(strategies, defaults), "defaults[qualitative]",
            "The strategy 'proportional' (Proportional) cannot score the direction qualitative.", "计分方法“proportional”（正向比例）不能为“定性”方向的指标计分。");

        // Each direction at most once, in the order of Direction, after the duplicate ids.
        defaults = National();
        defaults[Direction.GreaterThan] = "judge";
        defaults[Direction.Qualitative] = "proportional";
        defaults.Remove(Direction.AtLeast);
        Assert.Equal(["strategies[5]", "defaults[>=]", "defaults[qualitative]"], Elements(IndicatorScoringRules.FindProblems([.. strategies, Pool[5]], defaults)));
    }

    [Fact]
    public void IndicatorScoring_Constructor_NamesTheListOfTheFirstProblem()
    {
        var defaults = National();
        defaults[Direction.AtMost] = "nope";

        Assert.Equal("strategies", Assert.Throws<ArgumentException>(() => Rules([.. Pool], defaults)).ParamName);
        Assert.Equal("defaults", Assert.Throws<ArgumentException>(() => Rules(Pool[..5], defaults)).ParamName);
    }

    [Property(MaxTest = 400)]
    public Property IndicatorScoring_ConstructorAgreesWithFindProblems()
    {
        var strategies = from count in Gen.Choose(0, 6) from list in Gen.Elements(Pool).ListOf(count) select list.ToArray();
        var entry = Gen.Elements<string?>("proportional", "reverse-ratio", "equal", "judge", "qual", "nope", null, null);
        var defaults = from ids in entry.ListOf(6)
                       select Enum.GetValues<Direction>().Zip(ids).Where(p => p.Second is not null).ToDictionary(p => p.First, p => p.Second!);
        var national = Gen.Constant(National());
        return Prop.ForAll(strategies.ToArbitrary(), Gen.OneOf(defaults, national).ToArbitrary(), (list, named) =>
            OneCheck(IndicatorScoringRules.FindProblems(list, named), () => Rules(list, named)));
    }

    private static IndicatorScoringRules Rules(IEnumerable<ScoringStrategy> strategies, IReadOnlyDictionary<Direction, string> defaults) =>
        new(strategies, defaults, true, null, true, NegativeActualPolicy.Reject, Edge);

    // The rule set's envelope ---------------------------------------------------------------------------------------

    [Fact]
    public void RuleSet_FindProblems_IdVersionAndSources()
    {
        Assert.Empty(RuleSet.FindProblems("national-2020", 1, [Src]));
        Assert.Empty(RuleSet.FindProblems("x", int.MaxValue, [Src, null]));

        var all = RuleSet.FindProblems("National 2020", 0, []);
        Assert.Equal(
        [
            (ProblemCodes.InvalidValue, "id", "'National 2020' is not a valid rule-set id: use lower-case ASCII letters, digits and '-'.", "“National 2020”不是有效的规则集标识：请使用小写 ASCII 字母、数字和“-”。"),
            (ProblemCodes.InvalidValue, "version", "The version must be at least 1.", "版本号至少为 1。"),
            (ProblemCodes.InvalidValue, "sources", "A rule set cites at least one source.", "规则集至少引用一项依据。"),
        ], all.Select(p => (p.Code, p.Location.Element, p.MessageEn, p.MessageZh)));
        Assert.Equal(["id"], Elements(RuleSet.FindProblems(null, 1, [Src])));
    }

    [Fact]
    public void RuleSet_Constructor_KeepsItsExceptionTypes()
    {
        var grading = new GradingRules(GradeScale.National2020, Edge, Src);
        var version = Assert.Throws<ArgumentOutOfRangeException>(() => new RuleSet("r", 0, Always, Title, [Src], grading));
        Assert.Equal(("version", (object?)0), (version.ParamName, version.ActualValue));
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new RuleSet("R", 1, Always, Title, [Src], grading)).ParamName);
        Assert.Equal("sources", Assert.Throws<ArgumentException>(() => new RuleSet("r", 1, Always, Title, [], grading)).ParamName);
    }

    [Property(MaxTest = 300)]
    public Property RuleSet_ConstructorAgreesWithFindProblems()
    {
        var grading = new GradingRules(GradeScale.National2020, Edge, Src);
        var envelope =
            from id in Gen.Elements("national-2020", "r", "R", "", "a b", new string('a', 65))
            from version in Gen.Choose(-1, 3)
            from count in Gen.Choose(0, 2)
            select (id, version, sources: Enumerable.Repeat(Src, count).ToArray());
        return Prop.ForAll(envelope.ToArbitrary(), e =>
            OneCheck(RuleSet.FindProblems(e.id, e.version, e.sources), () => new RuleSet(e.id, e.version, Always, Title, e.sources, grading)));
    }

    private static readonly DateInterval Always = new(new LocalDate(2020, 1, 1), new LocalDate(2030, 12, 31));
    private static readonly LocalizedName Title = new("规则", "Rules");

    // Helpers -------------------------------------------------------------------------------------------------------

    /// <summary>Edges, a cent either side of each, and values in [-200, 200].</summary>
    private static Gen<decimal> Near(params decimal[] edges) =>
        Gen.OneOf(
            Gen.Elements(edges.SelectMany(e => new[] { e - 0.01m, e, e + 0.01m }).ToArray()),
            Gen.Choose(-20_000, 20_000).Select(i => i / 100m));

    private static void Only(IReadOnlyList<Problem> problems, string element, string english, string chinese)
    {
        var problem = Assert.Single(problems);
        Assert.Equal((ProblemCodes.InvalidValue, element, english, chinese), (problem.Code, problem.Location.Element, problem.MessageEn, problem.MessageZh));
        Assert.Equal(ProblemLocation.OfElement(element), problem.Location);
        Assert.Null(problem.Source);
    }

    private static string[] Elements(IReadOnlyList<Problem> problems) => [.. problems.Select(p => p.Location.Element!)];

    /// <summary>
    /// One check, in one place: the constructor succeeds exactly when there is no problem, and otherwise throws for the
    /// first one, with its English message, naming its element (<c>steps</c> for <c>steps[2]</c>, <c>defaults</c> for
    /// <c>defaults[&gt;=]</c>).
    /// </summary>
    private static bool OneCheck(IReadOnlyList<Problem> problems, Action construct)
    {
        try
        {
            construct();
            return problems.Count == 0;
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            if (problems.Count == 0)
            {
                return false;
            }

            var element = problems[0].Location.Element!;
            var bracket = element.IndexOf('[', StringComparison.Ordinal);
            return e.ParamName == (bracket < 0 ? element : element[..bracket])
                && e.Message.StartsWith(problems[0].MessageEn + " (Parameter '", StringComparison.Ordinal);
        }
    }
}
