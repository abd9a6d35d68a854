using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Tests;

/// <summary>
/// The scoring strategies as data (docs/rules/indicator-scoring.md, docs/json/rule-set.md): every parameter is checked
/// on both sides of its range and names itself, every strategy keeps what it was given, and each kind accepts exactly
/// the directions its page names.
/// </summary>
public class StrategyInvariantTests
{
    private static readonly SourceCitation Src = new("财预〔2020〕10号", SourceKind.National);
    private static readonly Rounding OneDecimalDown = new(1, RoundingMode.Down);
    private static readonly Rounding Edge = Rounding.TwoDecimalsHalfAwayFromZero;

    public static TheoryData<string> BadIds => ["", "Upper", "a b", "a_b", "a.b", new string('a', 65)];

    [Theory]
    [MemberData(nameof(BadIds))]
    public void AnyStrategy_InvalidId_ThrowsNamingId(string id)
    {
        var e = Assert.Throws<ArgumentException>(() => new ProportionalStrategy(id, Src));

        Assert.Equal("id", e.ParamName);
        Assert.Contains($"'{id}'", e.Message, StringComparison.Ordinal);
        Assert.Contains("lower-case ASCII letters, digits and '-'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyStrategy_NullIdOrSource_ThrowsArgumentNull()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new JudgementStrategy(null!, Src)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new JudgementStrategy("j", null!)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new ReverseRatioStrategy("r", null!)).ParamName);
    }

    [Fact]
    public void AnyStrategy_LongestValidId_IsKept()
    {
        var id = new string('a', 63) + "1";

        Assert.Equal(id, new ReverseRatioStrategy(id, Src).Id);
    }

    [Fact]
    public void EveryKind_KeepsIdKindSourceAndOwnRounding()
    {
        ScoringStrategy[] strategies =
        [
            new ProportionalStrategy("p", Src, OneDecimalDown),
            new ReverseLinearStrategy("rl", Src, 2m, OneDecimalDown),
            new ReverseRatioStrategy("rr", Src, OneDecimalDown),
            new EqualityStrategy("eq", Src, EqualityOvershoot.InverseRatio, OneDecimalDown),
            new QualitativeBandsStrategy("qb", Src, 0.8m, 0.6m, true, Edge, OneDecimalDown),
            new StepThresholdsStrategy("st", Src, [new ThresholdStep(0.9m, 1m)], OneDecimalDown),
            new DeviationBandsStrategy("db", Src, [new DeviationBand(0.1m, 1m)], true, OneDecimalDown),
            new PerStepDeductionStrategy("pd", Src, DeductionSide.Above, 90m, 5m, 1m, StepCounting.WholeStepsOnly, OneDecimalDown),
            new JudgementStrategy("j", Src, OneDecimalDown),
        ];

        Assert.Equal(
            [StrategyKind.Proportional, StrategyKind.ReverseLinear, StrategyKind.ReverseRatio, StrategyKind.Equality, StrategyKind.QualitativeBands,
             StrategyKind.StepThresholds, StrategyKind.DeviationBands, StrategyKind.PerStepDeduction, StrategyKind.Judgement],
            strategies.Select(s => s.Kind));
        Assert.Equal(["p", "rl", "rr", "eq", "qb", "st", "db", "pd", "j"], strategies.Select(s => s.Id));
        Assert.All(strategies, s => Assert.Same(Src, s.Source));
        Assert.All(strategies, s => Assert.Equal(OneDecimalDown, s.Rounding));
        Assert.Equal("rl (ReverseLinear)", strategies[1].ToString());
        Assert.Equal("pd (PerStepDeduction)", strategies[7].ToString());
    }

    [Fact]
    public void WithoutOwnRounding_TheRuleSetsRoundingApplies_RoundingIsNull()
    {
        Assert.Null(new ProportionalStrategy("p", Src).Rounding);
        Assert.Null(new EqualityStrategy("e", Src, EqualityOvershoot.Proportional).Rounding);
        Assert.Null(new QualitativeBandsStrategy("q", Src, 0.8m, 0.6m, true, Edge).Rounding);
    }

    // The direction table of docs/rules/indicator-scoring.md: positive ≥ and >, reverse ≤ and <, equality =,
    // qualitative bands for qualitative indicators, deviation and per-step for any quantitative direction, judgement for all.
    [Theory]
    [InlineData("proportional", ">=,>")]
    [InlineData("reverse-linear", "<=,<")]
    [InlineData("reverse-ratio", "<=,<")]
    [InlineData("equality", "=")]
    [InlineData("qualitative-bands", "qualitative")]
    [InlineData("step-thresholds", ">=,>")]
    [InlineData("deviation-bands", ">=,>,=,<=,<")]
    [InlineData("per-step-deduction", ">=,>,=,<=,<")]
    [InlineData("judgement", ">=,>,=,<=,<,qualitative")]
    public void Accepts_ExactlyTheDirectionsOfItsKind(string kind, string accepted)
    {
        var strategy = Make(kind);
        var expected = accepted.Split(',');

        foreach (var direction in Enum.GetValues<Direction>())
        {
            Assert.True(expected.Contains(DirectionSymbols.Of(direction)) == strategy.Accepts(direction), $"{kind} {DirectionSymbols.Of(direction)}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0.5)]
    [InlineData(0)]
    [InlineData(-2)]
    public void ReverseLinear_MultipleNotAboveOne_Throws(double multiple)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ReverseLinearStrategy("r", Src, (decimal)multiple));

        Assert.Equal("zeroAtMultiple", e.ParamName);
        Assert.Equal((decimal)multiple, e.ActualValue);
        Assert.Contains("above 1", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.0001)]
    [InlineData(2)]
    [InlineData(3.5)]
    public void ReverseLinear_MultipleAboveOne_IsKept(double multiple) =>
        Assert.Equal((decimal)multiple, new ReverseLinearStrategy("r", Src, (decimal)multiple).ZeroAtMultiple);

    [Theory]
    [InlineData(EqualityOvershoot.Proportional)]
    [InlineData(EqualityOvershoot.InverseRatio)]
    [InlineData(EqualityOvershoot.SymmetricDeviation)]
    public void Equality_KeepsItsOvershoot(EqualityOvershoot overshoot) =>
        Assert.Equal(overshoot, new EqualityStrategy("e", Src, overshoot).Overshoot);

    [Fact]
    public void Equality_UndefinedOvershoot_Throws() =>
        Assert.Equal("overshoot", Assert.Throws<ArgumentOutOfRangeException>(() => new EqualityStrategy("e", Src, (EqualityOvershoot)3)).ParamName);

    [Theory]
    [InlineData(0.6)]
    [InlineData(1)]
    [InlineData(0.61)]
    public void QualitativeBands_AchievedEdgeInsideTheRange_IsKept(double achieved)
    {
        var q = new QualitativeBandsStrategy("q", Src, (decimal)achieved, 0.5m, false, OneDecimalDown);

        Assert.Equal((decimal)achieved, q.AchievedFrom);
        Assert.Equal(0.5m, q.PartlyFrom);
        Assert.False(q.LowerEdgesInclusive);
        Assert.Equal(OneDecimalDown, q.EdgeRounding);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.0001)]
    public void QualitativeBands_AchievedEdgeOutsideTheRange_Throws(double achieved)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new QualitativeBandsStrategy("q", Src, (decimal)achieved, 0.5m, true, Edge));

        Assert.Equal("achievedFrom", e.ParamName);
        Assert.Contains("(0, 1]", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.1)]
    [InlineData(0.8)]
    [InlineData(0.9)]
    public void QualitativeBands_PartlyEdgeNotBelowAchievedOrNotAboveZero_Throws(double partly)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new QualitativeBandsStrategy("q", Src, 0.8m, (decimal)partly, true, Edge));

        Assert.Equal("partlyFrom", e.ParamName);
        Assert.Contains("(0, achievedFrom)", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0001)]
    [InlineData(0.7999)]
    public void QualitativeBands_PartlyEdgeJustInside_IsKept(double partly) =>
        Assert.Equal((decimal)partly, new QualitativeBandsStrategy("q", Src, 0.8m, (decimal)partly, true, Edge).PartlyFrom);

    // National: achieved 0.8w ≤ s ≤ w, partly 0.6w ≤ s < 0.8w, not achieved 0 ≤ s < 0.6w (RULES.md §2.3).
    [Fact]
    public void QualitativeBands_BandOf_TenPoints_IsTheNationalTable()
    {
        var q = National();

        Assert.Equal((8m, 10m), q.BandOf(AchievementLevel.Achieved, 10m));
        Assert.Equal((6m, 8m), q.BandOf(AchievementLevel.PartlyAchieved, 10m));
        Assert.Equal((0m, 6m), q.BandOf(AchievementLevel.NotAchieved, 10m));
    }

    // The edges are round(w × share, 2) half away from zero [D]: 3.333 × 0.8 = 2.6664 → 2.67; 3.333 × 0.6 = 1.9998 → 2.00;
    // 0.0625 × 0.8 = 0.05 and 0.0625 × 0.6 = 0.0375 → 0.04 (half away from zero on the third decimal's 5).
    [Fact]
    public void QualitativeBands_BandOf_RoundsTheEdgesByTheEdgeRounding()
    {
        var q = National();

        Assert.Equal((2.67m, 3.333m), q.BandOf(AchievementLevel.Achieved, 3.333m));
        Assert.Equal((2.00m, 2.67m), q.BandOf(AchievementLevel.PartlyAchieved, 3.333m));
        Assert.Equal((0m, 2.00m), q.BandOf(AchievementLevel.NotAchieved, 3.333m));
        Assert.Equal((0.04m, 0.05m), q.BandOf(AchievementLevel.PartlyAchieved, 0.0625m));

        // Rounded down to one decimal: 3.333 × 0.8 = 2.6664 → 2.6; × 0.6 = 1.9998 → 1.9.
        var down = new QualitativeBandsStrategy("q", Src, 0.8m, 0.6m, true, OneDecimalDown);
        Assert.Equal((1.9m, 2.6m), down.BandOf(AchievementLevel.PartlyAchieved, 3.333m));
    }

    [Fact]
    public void QualitativeBands_UndefinedLevel_ThrowsNamingLevel()
    {
        var q = National();

        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => q.BandOf((AchievementLevel)3, 10m)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => q.InBand((AchievementLevel)(-1), 10m, 5m)).ParamName);
    }

    // Lower edges inclusive (national), w = 10: [8, 10], [6, 8), [0, 6).
    [Theory]
    [InlineData(AchievementLevel.Achieved, 8, true)]
    [InlineData(AchievementLevel.Achieved, 7.99, false)]
    [InlineData(AchievementLevel.Achieved, 10, true)]
    [InlineData(AchievementLevel.Achieved, 10.01, false)]
    [InlineData(AchievementLevel.PartlyAchieved, 6, true)]
    [InlineData(AchievementLevel.PartlyAchieved, 5.99, false)]
    [InlineData(AchievementLevel.PartlyAchieved, 7.99, true)]
    [InlineData(AchievementLevel.PartlyAchieved, 8, false)]
    [InlineData(AchievementLevel.NotAchieved, 0, true)]
    [InlineData(AchievementLevel.NotAchieved, -0.01, false)]
    [InlineData(AchievementLevel.NotAchieved, 5.99, true)]
    [InlineData(AchievementLevel.NotAchieved, 6, false)]
    public void QualitativeBands_InBand_LowerEdgesInclusive(AchievementLevel level, double score, bool expected) =>
        Assert.Equal(expected, National().InBand(level, 10m, (decimal)score));

    // Upper edges inclusive instead, w = 10: (8, 10], (6, 8], [0, 6]; 0 and w always inclusive.
    [Theory]
    [InlineData(AchievementLevel.Achieved, 8, false)]
    [InlineData(AchievementLevel.Achieved, 8.01, true)]
    [InlineData(AchievementLevel.Achieved, 10, true)]
    [InlineData(AchievementLevel.Achieved, 10.01, false)]
    [InlineData(AchievementLevel.PartlyAchieved, 6, false)]
    [InlineData(AchievementLevel.PartlyAchieved, 6.01, true)]
    [InlineData(AchievementLevel.PartlyAchieved, 8, true)]
    [InlineData(AchievementLevel.PartlyAchieved, 8.01, false)]
    [InlineData(AchievementLevel.NotAchieved, 0, true)]
    [InlineData(AchievementLevel.NotAchieved, -0.01, false)]
    [InlineData(AchievementLevel.NotAchieved, 6, true)]
    [InlineData(AchievementLevel.NotAchieved, 6.01, false)]
    public void QualitativeBands_InBand_UpperEdgesInclusive(AchievementLevel level, double score, bool expected) =>
        Assert.Equal(expected, new QualitativeBandsStrategy("q", Src, 0.8m, 0.6m, false, Edge).InBand(level, 10m, (decimal)score));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(0.5)]
    public void ThresholdStep_ShareOnTheEdgesOfZeroToOne_IsKept(double share)
    {
        var step = new ThresholdStep(0.9m, (decimal)share);

        Assert.Equal(0.9m, step.MinimumCompletion);
        Assert.Equal((decimal)share, step.ShareOfPoints);
    }

    [Fact]
    public void StepThresholds_StepsAreKeptHighestMinimumFirst()
    {
        var s = new StepThresholdsStrategy("s", Src, [new ThresholdStep(0.8m, 0.5m), new ThresholdStep(0.95m, 1m), new ThresholdStep(0.9m, 0.8m)]);

        Assert.Equal([new ThresholdStep(0.95m, 1m), new ThresholdStep(0.9m, 0.8m), new ThresholdStep(0.8m, 0.5m)], s.Steps);
    }

    [Fact]
    public void StepThresholds_EqualSharesOnDistinctMinimums_AreAllowed()
    {
        var s = new StepThresholdsStrategy("s", Src, [new ThresholdStep(0.9m, 0.5m), new ThresholdStep(0.8m, 0.5m)]);

        Assert.Equal(2, s.Steps.Count);
        Assert.Single(new StepThresholdsStrategy("s", Src, [new ThresholdStep(0.9m, 0m)]).Steps);
    }

    [Fact]
    public void StepThresholds_DuplicateMinimumOrAHigherMinimumWithASmallerShare_Throws()
    {
        var duplicate = Assert.Throws<ArgumentException>(() => new StepThresholdsStrategy("s", Src, [new ThresholdStep(0.9m, 1m), new ThresholdStep(0.90m, 0.8m)]));
        Assert.Equal("steps", duplicate.ParamName);
        Assert.Contains("distinct minimums", duplicate.Message, StringComparison.Ordinal);

        // The inversion is between the second and third step: every adjacent pair is checked.
        var inverted = Assert.Throws<ArgumentException>(() => new StepThresholdsStrategy("s", Src,
            [new ThresholdStep(0.95m, 1m), new ThresholdStep(0.9m, 0.5m), new ThresholdStep(0.8m, 0.6m)]));
        Assert.Equal("steps", inverted.ParamName);
        Assert.Contains("never earns a smaller share", inverted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StepThresholds_NullSteps_ThrowsArgumentNull()
    {
        Assert.Equal("steps", Assert.Throws<ArgumentNullException>(() => new StepThresholdsStrategy("s", Src, null!)).ParamName);
        Assert.Contains("At least one step", Assert.Throws<ArgumentException>(() => new StepThresholdsStrategy("s", Src, [])).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 1)]
    [InlineData(0.1, 0.5)]
    public void DeviationBand_EdgesOfItsRanges_AreKept(double maximum, double share)
    {
        var band = new DeviationBand((decimal)maximum, (decimal)share);

        Assert.Equal((decimal)maximum, band.MaximumDeviation);
        Assert.Equal((decimal)share, band.ShareOfPoints);
    }

    [Fact]
    public void DeviationBand_NegativeMaximumOrShare_Throws()
    {
        Assert.Equal("maximumDeviation", Assert.Throws<ArgumentOutOfRangeException>(() => new DeviationBand(-0.01m, 1m)).ParamName);
        Assert.Equal("shareOfPoints", Assert.Throws<ArgumentOutOfRangeException>(() => new DeviationBand(0.1m, -0.01m)).ParamName);
        Assert.Equal("shareOfPoints", Assert.Throws<ArgumentOutOfRangeException>(() => new DeviationBand(0.1m, 1.01m)).ParamName);
    }

    [Fact]
    public void DeviationBands_KeptNarrowestFirstWithTheInclusiveSwitch()
    {
        var d = new DeviationBandsStrategy("d", Src, [new DeviationBand(0.2m, 0.2m), new DeviationBand(0.1m, 1m), new DeviationBand(0.15m, 0.6m)], false);

        Assert.Equal([new DeviationBand(0.1m, 1m), new DeviationBand(0.15m, 0.6m), new DeviationBand(0.2m, 0.2m)], d.Bands);
        Assert.False(d.UpperEdgesInclusive);
        Assert.True(new DeviationBandsStrategy("d", Src, [new DeviationBand(0.1m, 1m)], true).UpperEdgesInclusive);
    }

    [Fact]
    public void DeviationBands_EqualSharesAllowed_InversionOnALaterPairThrows()
    {
        Assert.Equal(2, new DeviationBandsStrategy("d", Src, [new DeviationBand(0.1m, 0.5m), new DeviationBand(0.2m, 0.5m)], true).Bands.Count);
        var e = Assert.Throws<ArgumentException>(() => new DeviationBandsStrategy("d", Src,
            [new DeviationBand(0.1m, 1m), new DeviationBand(0.2m, 0.4m), new DeviationBand(0.3m, 0.5m)], true));
        Assert.Equal("bands", e.ParamName);
        Assert.Contains("never earns a larger share", e.Message, StringComparison.Ordinal);
        Assert.Equal("bands", Assert.Throws<ArgumentNullException>(() => new DeviationBandsStrategy("d", Src, null!, true)).ParamName);
        Assert.Contains("At least one band", Assert.Throws<ArgumentException>(() => new DeviationBandsStrategy("d", Src, [], true)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PerStepDeduction_KeepsEveryParameter()
    {
        var p = new PerStepDeductionStrategy("p", Src, DeductionSide.Above, 90m, 5m, 0.5m, StepCounting.Proportional);

        Assert.Equal(DeductionSide.Above, p.Side);
        Assert.Equal(90m, p.Threshold);
        Assert.Equal(5m, p.StepSize);
        Assert.Equal(0.5m, p.PointsPerStep);
        Assert.Equal(StepCounting.Proportional, p.Counting);
        Assert.Null(new PerStepDeductionStrategy("p", Src, DeductionSide.Below, null, 1m, 1m, StepCounting.EveryStartedStep).Threshold);
    }

    [Theory]
    [InlineData(0.0001, 0.0001)]
    [InlineData(1, 100)]
    public void PerStepDeduction_SmallestPositiveStepAndPoints_AreAllowed(double step, double points)
    {
        var p = new PerStepDeductionStrategy("p", Src, DeductionSide.Below, null, (decimal)step, (decimal)points, StepCounting.WholeStepsOnly);

        Assert.Equal((decimal)step, p.StepSize);
        Assert.Equal((decimal)points, p.PointsPerStep);
    }

    [Theory]
    [InlineData(0, 1, "stepSize")]
    [InlineData(-1, 1, "stepSize")]
    [InlineData(1, 0, "pointsPerStep")]
    [InlineData(1, -0.5, "pointsPerStep")]
    public void PerStepDeduction_NonPositiveStepOrPoints_Throws(double step, double points, string parameter)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new PerStepDeductionStrategy("p", Src, DeductionSide.Below, null, (decimal)step, (decimal)points, StepCounting.EveryStartedStep));

        Assert.Equal(parameter, e.ParamName);
        Assert.Contains("above 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PerStepDeduction_UndefinedSideOrCounting_Throws()
    {
        Assert.Equal("side", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new PerStepDeductionStrategy("p", Src, (DeductionSide)2, null, 1m, 1m, StepCounting.EveryStartedStep)).ParamName);
        Assert.Equal("counting", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new PerStepDeductionStrategy("p", Src, DeductionSide.Below, null, 1m, 1m, (StepCounting)3)).ParamName);
    }

    private static QualitativeBandsStrategy National() => new("q", Src, 0.8m, 0.6m, true, Edge);

    internal static ScoringStrategy Make(string kind) => kind switch
    {
        "proportional" => new ProportionalStrategy(kind, Src),
        "reverse-linear" => new ReverseLinearStrategy(kind, Src, 2m),
        "reverse-ratio" => new ReverseRatioStrategy(kind, Src),
        "equality" => new EqualityStrategy(kind, Src, EqualityOvershoot.Proportional),
        "qualitative-bands" => National(),
        "step-thresholds" => new StepThresholdsStrategy(kind, Src, [new ThresholdStep(0.9m, 1m)]),
        "deviation-bands" => new DeviationBandsStrategy(kind, Src, [new DeviationBand(0.1m, 1m)], true),
        "per-step-deduction" => new PerStepDeductionStrategy(kind, Src, DeductionSide.Below, null, 1m, 1m, StepCounting.EveryStartedStep),
        _ => new JudgementStrategy(kind, Src),
    };

    internal static Dictionary<Direction, string> Defaults(string positive, string reverse, string equal, string qualitative) => new()
    {
        [Direction.AtLeast] = positive,
        [Direction.GreaterThan] = positive,
        [Direction.EqualTo] = equal,
        [Direction.AtMost] = reverse,
        [Direction.LessThan] = reverse,
        [Direction.Qualitative] = qualitative,
    };
}
