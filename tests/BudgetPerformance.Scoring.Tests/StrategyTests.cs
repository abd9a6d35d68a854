using System;
using System.Globalization;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Tests;

public class StrategyTests
{
    private static readonly EvaluationScorer Scorer = new(Rules.National(requiredTotal: null));

    private static IndicatorScore Measure(Direction direction, decimal target, decimal actual, decimal points = 10m, string? rule = null, EvaluationScorer? scorer = null)
    {
        var result = (scorer ?? Scorer).Score(Example.Single(Example.Q("x", "指标", direction, target, "个", points, rule), IndicatorRecord.Measured(new IndicatorCode("x"), actual)));
        // Only warnings: a zero target, a zero actual on a reverse indicator and an over-completion are flagged and keep
        // their score (DataQualityFlagTests); an error would leave no score to compare.
        Assert.All(result.Problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
        return result.Indicators[0];
    }

    private static ScoringResult MeasureResult(Direction direction, decimal target, decimal actual, string? rule = null, EvaluationScorer? scorer = null) =>
        (scorer ?? Scorer).Score(Example.Single(Example.Q("x", "指标", direction, target, "个", 10m, rule), IndicatorRecord.Measured(new IndicatorCode("x"), actual)));

    [Theory]
    [InlineData(">=", "100", "100", "10.00")]
    [InlineData(">=", "100", "99.99", "10.00")]
    [InlineData(">=", "100", "99.9", "9.99")]
    [InlineData(">=", "100", "0", "0.00")]
    [InlineData(">=", "0", "0", "10.00")]
    [InlineData("<=", "3000", "3000", "10.00")]
    [InlineData("<=", "3000", "6000", "0.00")]
    [InlineData("<=", "3000", "7000", "0.00")]
    [InlineData("<=", "3000", "4500", "5.00")]
    [InlineData("<=", "0", "0", "10.00")]
    [InlineData("<=", "0", "1", "0.00")]
    [InlineData("=", "100", "100", "10.00")]
    [InlineData("=", "100", "80", "8.00")]
    [InlineData("=", "100", "120", "10.00")]
    [InlineData("=", "0", "0", "10.00")]
    [InlineData("=", "0", "-1", "10.00")]
    [InlineData("=", "0", "0.01", "0.00")]
    public void DefaultStrategies_NationalDefaults(string symbol, string target, string actual, string expected)
    {
        Assert.True(DirectionSymbols.TryParse(symbol, out var direction));
        var score = Measure(direction!.Value, P(target), P(actual));
        Assert.Equal(expected, score.Score!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("3300", "9.09")]
    [InlineData("3000", "10.00")]
    [InlineData("0", "10.00")]
    [InlineData("6000", "5.00")]
    public void ReverseRatio_IsTargetOverActual(string actual, string expected) =>
        Assert.Equal(P(expected), Measure(Direction.AtMost, 3000m, P(actual), rule: "reverse-ratio").Score);

    [Fact]
    public void Equality_InverseRatioOvershoot_LosesPointsAboveTarget()
    {
        var rules = new RuleSet("x", 1, new NodaTime.DateInterval(new NodaTime.LocalDate(2020, 1, 1), new NodaTime.LocalDate(2020, 12, 31)), new LocalizedName("甲", "A"), [Rules.Ten],
            new GradingRules(GradeScale.National2020, Rules.Two, Rules.Ten)).WithIndicatorScoring(new IndicatorScoringRules([new ProportionalStrategy("p", Rules.Ten), new EqualityStrategy("e", Rules.Ten, EqualityOvershoot.InverseRatio), new ReverseLinearStrategy("r", Rules.Ten, 2m), new QualitativeBandsStrategy("q", Rules.Ten, 0.8m, 0.6m, true, Rules.Two)],
                new System.Collections.Generic.Dictionary<Direction, string> { [Direction.AtLeast] = "p", [Direction.GreaterThan] = "p", [Direction.EqualTo] = "e", [Direction.AtMost] = "r", [Direction.LessThan] = "r", [Direction.Qualitative] = "q" },
                true, null, true, NegativeActualPolicy.Reject, Rules.Two)).WithAggregation(new AggregationRules(NotApplicablePolicy.Rescale, MissingDataPolicy.Incomplete, TotalMode.SumOfRounded, null, Rules.Deployed));
        Assert.Equal(8.00m, Measure(Direction.EqualTo, 100m, 125m, scorer: new EvaluationScorer(rules)).Score);
    }

    [Theory]
    [InlineData("96", "10.00")]
    [InlineData("95", "10.00")]
    [InlineData("94.99", "8.00")]
    [InlineData("90", "8.00")]
    [InlineData("89.99", "5.00")]
    [InlineData("80", "5.00")]
    [InlineData("79.99", "0.00")]
    public void StepThresholds_FirstStepReachedFromTheTop(string actual, string expected) =>
        Assert.Equal(P(expected), Measure(Direction.AtLeast, 100m, P(actual), rule: "steps").Score);

    [Theory]
    [InlineData("100", "10.00")]
    [InlineData("110", "10.00")]
    [InlineData("90", "10.00")]
    [InlineData("110.01", "6.00")]
    [InlineData("85", "6.00")]
    [InlineData("120", "2.00")]
    [InlineData("79.99", "0.00")]
    [InlineData("125", "0.00")]
    public void DeviationBands_SymmetricWithInclusiveUpperEdges(string actual, string expected) =>
        Assert.Equal(P(expected), Measure(Direction.EqualTo, 100m, P(actual), rule: "deviation").Score);

    [Theory]
    [InlineData("95", "10.00")]
    [InlineData("90", "10.00")]
    [InlineData("89.9", "9.00")]
    [InlineData("85", "9.00")]
    [InlineData("84", "8.00")]
    [InlineData("0", "0.00")]
    public void PerStepDeduction_OnePointPerStartedFivePointsBelow90(string actual, string expected) =>
        Assert.Equal(P(expected), Measure(Direction.AtLeast, 95m, P(actual), rule: "deduct-below").Score);

    [Theory]
    [InlineData("10", "10.00")]
    [InlineData("11.9", "9.50")]
    [InlineData("12", "9.00")]
    [InlineData("40", "0.00")]
    public void PerStepDeduction_HalfAPointPerWholePointOverTheTarget(string actual, string expected) =>
        Assert.Equal(P(expected), Measure(Direction.AtMost, 10m, P(actual), rule: "deduct-above").Score);

    [Fact]
    public void StrictGreaterThan_EqualityEarnsFull_WhenTheRuleSetSaysSo()
    {
        var score = Measure(Direction.GreaterThan, 95m, 95m);
        Assert.Equal(10.00m, score.Score);
        Assert.True((score.Flags & ScoreFlags.StrictEquality) != 0);
    }

    [Fact]
    public void StrictLessThan_EqualityEarnsZero_WhenTheRuleSetSaysSo()
    {
        var score = Measure(Direction.LessThan, 3000m, 3000m, scorer: new EvaluationScorer(Rules.National(strictFull: false, requiredTotal: null)));
        Assert.Equal(0.00m, score.Score);
        Assert.True((score.Flags & ScoreFlags.StrictEqualityFailed) != 0);
        Assert.Equal(10.00m, Measure(Direction.LessThan, 3000m, 2999.99m, scorer: new EvaluationScorer(Rules.National(strictFull: false, requiredTotal: null))).Score);
    }

    [Fact]
    public void NegativeActual_Rejected_IsAnIssueNotAScore()
    {
        var result = MeasureResult(Direction.AtLeast, 100m, -5m);
        Assert.Equal(ScoringOutcome.Invalid, result.Outcome);
        Assert.Equal(ProblemCodes.NegativeActual, Assert.Single(result.Problems).Code);
        Assert.Null(result.Indicators[0].Score);
    }

    [Fact]
    public void NegativeActual_Clamped_IsFlaggedAndExplained()
    {
        var scorer = new EvaluationScorer(Rules.National(negative: NegativeActualPolicy.ClampToZero, requiredTotal: null));
        var evaluation = Example.Single(Example.Q("x", "指标", Direction.AtLeast, 100m, "个", 10m), IndicatorRecord.Measured(new IndicatorCode("x"), -5m));
        var score = scorer.Score(evaluation).Indicators[0];
        Assert.Equal(0.00m, score.Score);
        Assert.True((score.Flags & ScoreFlags.Clamped) != 0);
        var explained = scorer.Explain(evaluation).Indicators[0];
        Assert.Equal(-5m, explained.ClampedFrom);
        Assert.StartsWith("实际完成值 -5 为负，按规则按 0 计", explained.FormulaZh, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeActual_UnderReverseLinear_IsAValidValueNotClamped()
    {
        // A change rate (变动率) may be negative; the reverse-linear strategy uses it as it is.
        var score = Measure(Direction.AtMost, 0m, -5m);
        Assert.Equal(10.00m, score.Score);
        Assert.Equal(ScoreFlags.None, score.Flags);
    }

    [Fact]
    public void OverCompletion_FlagsAboveThresholdAndDeductsItsShare()
    {
        var rule = new OverCompletionRule(0.5m, 0.1m, Rules.Deployed);
        var scorer = new EvaluationScorer(Rules.National(overCompletion: rule, requiredTotal: null));
        var at = Measure(Direction.AtLeast, 100m, 150m, scorer: scorer);
        Assert.Equal(10.00m, at.Score);
        Assert.Equal(ScoreFlags.Capped, at.Flags);
        var above = Measure(Direction.AtLeast, 100m, 150.01m, scorer: scorer);
        Assert.Equal(9.00m, above.Score);
        Assert.True((above.Flags & ScoreFlags.OverCompletionDeducted) != 0);
        var flagOnly = Measure(Direction.AtLeast, 100m, 200m, scorer: new EvaluationScorer(Rules.National(overCompletion: new OverCompletionRule(0.5m, 0m, Rules.Deployed), requiredTotal: null)));
        Assert.Equal(10.00m, flagOnly.Score);
        Assert.True((flagOnly.Flags & ScoreFlags.OverCompletion) != 0);
    }

    [Fact]
    public void StepThresholds_TargetZero_IsAnUnusableTargetIssue() =>
        Assert.Equal(ProblemCodes.UnusableTarget, Assert.Single(MeasureResult(Direction.AtLeast, 0m, 5m, rule: "steps").Problems).Code);

    [Fact]
    public void UnknownScoringRule_IsAnIssueNamingTheRule()
    {
        var issue = Assert.Single(MeasureResult(Direction.AtLeast, 1m, 1m, rule: "nope").Problems);
        Assert.Equal(ProblemCodes.UnknownStrategy, issue.Code);
        Assert.Contains("'nope'", issue.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void ReverseStrategyOnPositiveIndicator_IsAMismatch() =>
        Assert.Equal(ProblemCodes.StrategyMismatch, Assert.Single(MeasureResult(Direction.AtLeast, 1m, 1m, rule: "reverse-ratio").Problems).Code);

    [Theory]
    [InlineData(AchievementLevel.Achieved, "8", true)]
    [InlineData(AchievementLevel.Achieved, "7.99", false)]
    [InlineData(AchievementLevel.Achieved, "10", true)]
    [InlineData(AchievementLevel.PartlyAchieved, "6", true)]
    [InlineData(AchievementLevel.PartlyAchieved, "8", false)]
    [InlineData(AchievementLevel.PartlyAchieved, "5.99", false)]
    [InlineData(AchievementLevel.NotAchieved, "0", true)]
    [InlineData(AchievementLevel.NotAchieved, "5.99", true)]
    [InlineData(AchievementLevel.NotAchieved, "6", false)]
    public void QualitativeBands_NationalEdges(AchievementLevel level, string score, bool valid)
    {
        var evaluation = Example.Single(LevelThreeIndicator.Qualitative(new IndicatorCode("q"), "质量", 10m), IndicatorRecord.Achieved(new IndicatorCode("q"), level, P(score)));
        var result = Scorer.Score(evaluation);
        Assert.Equal(valid, result.Outcome == ScoringOutcome.Complete);
    }

    [Theory]
    [InlineData(AchievementLevel.PartlyAchieved, "5", true)]
    [InlineData(AchievementLevel.NotAchieved, "5", false)]
    [InlineData(AchievementLevel.NotAchieved, "4.99", true)]
    public void QualitativeBands_EightyFiftyProvince(AchievementLevel level, string score, bool valid)
    {
        var scorer = new EvaluationScorer(Rules.National(partlyFrom: 0.5m, requiredTotal: null));
        var evaluation = Example.Single(LevelThreeIndicator.Qualitative(new IndicatorCode("q"), "质量", 10m), IndicatorRecord.Achieved(new IndicatorCode("q"), level, P(score)));
        Assert.Equal(valid, scorer.Score(evaluation).Outcome == ScoringOutcome.Complete);
    }

    [Fact]
    public void QualitativeBands_UpperEdgesInclusive_MovesTheEdgeScoreDown()
    {
        var bands = new QualitativeBandsStrategy("q", Rules.Ten, 0.8m, 0.6m, false, Rules.Two);
        Assert.True(bands.InBand(AchievementLevel.PartlyAchieved, 10m, 8m));
        Assert.False(bands.InBand(AchievementLevel.Achieved, 10m, 8m));
        Assert.True(bands.InBand(AchievementLevel.NotAchieved, 10m, 6m));
    }

    [Fact]
    public void QualitativeBands_EdgesAreRoundedToTwoDecimals()
    {
        var bands = new QualitativeBandsStrategy("q", Rules.Ten, 0.8m, 0.6m, true, Rules.Two);
        Assert.Equal((2.66m, 3.33m), bands.BandOf(AchievementLevel.Achieved, 3.33m) is var b ? (b.Lower, b.Upper) : default);
        Assert.Equal(2.00m, bands.BandOf(AchievementLevel.PartlyAchieved, 3.33m).Lower);
    }

    [Fact]
    public void Judgement_AboveThePoints_IsAnIssue_AtThePointsIsValid()
    {
        var indicator = Example.Q("x", "指标", Direction.AtLeast, 1m, "个", 10m);
        Assert.Equal(ProblemCodes.JudgementOutOfRange, Assert.Single(Scorer.Score(Example.Single(indicator, IndicatorRecord.Judged(new IndicatorCode("x"), 10.01m))).Problems).Code);
        Assert.Equal(10.00m, Scorer.Score(Example.Single(indicator, IndicatorRecord.Judged(new IndicatorCode("x"), 10m))).Indicators[0].Score);
    }

    [Fact]
    public void StrategyConstructors_RejectBadParameters()
    {
        Assert.Equal("zeroAtMultiple", Assert.Throws<ArgumentOutOfRangeException>(() => new ReverseLinearStrategy("r", Rules.Ten, 1m)).ParamName);
        Assert.Equal("partlyFrom", Assert.Throws<ArgumentOutOfRangeException>(() => new QualitativeBandsStrategy("q", Rules.Ten, 0.8m, 0.8m, true, Rules.Two)).ParamName);
        Assert.Equal("steps", Assert.Throws<ArgumentException>(() => new StepThresholdsStrategy("s", Rules.Ten, [new ThresholdStep(0.9m, 0.5m), new ThresholdStep(0.8m, 0.6m)])).ParamName);
        Assert.Equal("stepSize", Assert.Throws<ArgumentOutOfRangeException>(() => new PerStepDeductionStrategy("d", Rules.Ten, DeductionSide.Below, null, 0m, 1m, StepCounting.Proportional)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new ProportionalStrategy("Bad Id", Rules.Ten)).ParamName);
    }

    [Fact]
    public void IndicatorScoringRules_DefaultThatCannotScoreItsDirection_Throws()
    {
        var defaults = Rules.Defaults();
        defaults[Direction.AtMost] = "proportional";
        Assert.Equal("defaults", Assert.Throws<ArgumentException>(() => new IndicatorScoringRules(Rules.Strategies(), defaults, true, null, true, NegativeActualPolicy.Reject, Rules.Two)).ParamName);
    }

    internal static decimal P(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
