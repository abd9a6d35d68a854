using System;
using System.Collections.Generic;
using BudgetPerformance.Admission;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Tests;

/// <summary>
/// The argument checks of the rule families and scoring strategies (each names its parameter), and the value
/// semantics of steps, bands and checkpoints.
/// </summary>
public class RuleArgumentTests
{
    private static readonly SourceCitation Src = new("某市财政局文件", SourceKind.Local);

    [Fact]
    public void Strategy_ToString_IsIdAndKind()
    {
        Assert.Equal("judge (Judgement)", new JudgementStrategy("judge", Src).ToString());
        Assert.Equal("prop (Proportional)", new ProportionalStrategy("prop", Src).ToString());
    }

    [Fact]
    public void Judgement_AcceptsEveryDirection()
    {
        var judge = new JudgementStrategy("judge", Src);

        Assert.All(Enum.GetValues<Direction>(), d => Assert.True(judge.Accepts(d)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.01)]
    public void QualitativeBands_AchievedEdgeOutsideZeroToOne_Throws(double achievedFrom)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new QualitativeBandsStrategy("q", Src, (decimal)achievedFrom, 0.5m, true, Rounding.TwoDecimalsHalfAwayFromZero));

        Assert.Equal("achievedFrom", e.ParamName);
    }

    [Fact]
    public void ThresholdStep_ShareOutsideZeroToOne_ThrowsAndEqualityIsByValue()
    {
        Assert.Equal("shareOfPoints", Assert.Throws<ArgumentOutOfRangeException>(() => new ThresholdStep(0.9m, 1.01m)).ParamName);
        Assert.Equal("shareOfPoints", Assert.Throws<ArgumentOutOfRangeException>(() => new ThresholdStep(0.9m, -0.01m)).ParamName);
        var step = new ThresholdStep(0.95m, 1m);

        Assert.True(step == new ThresholdStep(0.950m, 1.0m));
        Assert.False(step != new ThresholdStep(0.95m, 1m));
        Assert.True(step != new ThresholdStep(0.9m, 1m));
        Assert.True(step != new ThresholdStep(0.95m, 0.8m));
        Assert.True(step.Equals((object)new ThresholdStep(0.95m, 1m)));
        Assert.False(step.Equals((object)0.95m));
        Assert.Equal(step.GetHashCode(), new ThresholdStep(0.95m, 1m).GetHashCode());
    }

    [Fact]
    public void StepThresholds_WithoutSteps_Throws()
    {
        Assert.Equal("steps", Assert.Throws<ArgumentException>(() => new StepThresholdsStrategy("s", Src, [])).ParamName);
    }

    [Fact]
    public void DeviationBand_ShareOutsideZeroToOne_ThrowsAndEqualityIsByValue()
    {
        Assert.Equal("shareOfPoints", Assert.Throws<ArgumentOutOfRangeException>(() => new DeviationBand(0.1m, 2m)).ParamName);
        var band = new DeviationBand(0.1m, 0.8m);

        Assert.True(band == new DeviationBand(0.10m, 0.80m));
        Assert.False(band != new DeviationBand(0.1m, 0.8m));
        Assert.True(band != new DeviationBand(0.2m, 0.8m));
        Assert.True(band != new DeviationBand(0.1m, 0.7m));
        Assert.True(band.Equals((object)new DeviationBand(0.1m, 0.8m)));
        Assert.False(band.Equals((object)0.1m));
        Assert.Equal(band.GetHashCode(), new DeviationBand(0.1m, 0.8m).GetHashCode());
    }

    [Fact]
    public void DeviationBands_EmptyOrInconsistentBands_Throw()
    {
        Assert.Equal("bands", Assert.Throws<ArgumentException>(() => new DeviationBandsStrategy("d", Src, [], true)).ParamName);
        Assert.Equal("bands", Assert.Throws<ArgumentException>(() =>
            new DeviationBandsStrategy("d", Src, [new DeviationBand(0.1m, 1m), new DeviationBand(0.1m, 0.5m)], true)).ParamName);
        Assert.Equal("bands", Assert.Throws<ArgumentException>(() =>
            new DeviationBandsStrategy("d", Src, [new DeviationBand(0.1m, 0.5m), new DeviationBand(0.2m, 0.6m)], true)).ParamName);
        var ok = new DeviationBandsStrategy("d", Src, [new DeviationBand(0.2m, 0.5m), new DeviationBand(0.1m, 1m)], true);
        Assert.Equal([0.1m, 0.2m], [ok.Bands[0].MaximumDeviation, ok.Bands[1].MaximumDeviation]);
    }

    [Fact]
    public void PerStepDeduction_NonPositivePointsPerStep_Throws()
    {
        Assert.Equal("pointsPerStep", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new PerStepDeductionStrategy("p", Src, DeductionSide.Below, null, 0.01m, 0m, StepCounting.EveryStartedStep)).ParamName);
    }

    [Fact]
    public void OverCompletion_DeductShareOutsideZeroToOne_Throws()
    {
        Assert.Equal("deductShare", Assert.Throws<ArgumentOutOfRangeException>(() => new OverCompletionRule(1.2m, 1.5m, Src)).ParamName);
    }

    [Fact]
    public void IndicatorScoring_DuplicateIdsAndBadDefaults_Throw()
    {
        var judge = new JudgementStrategy("judge", Src);
        var all = AllDirections("judge");

        Assert.Equal("strategies", Assert.Throws<ArgumentException>(() => Scoring([judge, new JudgementStrategy("judge", Src)], all)).ParamName);
        var missing = new Dictionary<Direction, string>(all);
        missing.Remove(Direction.LessThan);
        var e = Assert.Throws<ArgumentException>(() => Scoring([judge], missing));
        Assert.Equal("defaults", e.ParamName);
        Assert.Contains("direction <", e.Message, StringComparison.Ordinal);
        var unknown = new Dictionary<Direction, string>(all) { [Direction.EqualTo] = "equality" };
        e = Assert.Throws<ArgumentException>(() => Scoring([judge], unknown));
        Assert.Equal("defaults", e.ParamName);
        Assert.Contains("'equality'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IndicatorScoring_TryGetStrategy_FindsOnlyKnownIds()
    {
        var judge = new JudgementStrategy("judge", Src);
        var rules = Scoring([judge], AllDirections("judge"));

        Assert.True(rules.TryGetStrategy("judge", out var found));
        Assert.Same(judge, found);
        Assert.False(rules.TryGetStrategy("Judge", out var none));
        Assert.Null(none);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => rules.TryGetStrategy(null!, out _)).ParamName);
    }

    [Fact]
    public void OtherScoringFamilies_OutOfRangeArguments_NameTheParameter()
    {
        Assert.Equal("minimumOutputBenefitShare", Assert.Throws<ArgumentOutOfRangeException>(() => new WeightCheckRules(1.1m, [EvaluationType.SelfEvaluation], Src)).ParamName);
        Assert.Equal("reCheckWeight", Assert.Throws<ArgumentException>(() => new ReCheckRules(0.5m, 0.6m, Src)).ParamName);
        Assert.Equal("supportFrom", Assert.Throws<ArgumentOutOfRangeException>(() => new ExAnteRules(0m, 0m, Src)).ParamName);
        Assert.Equal("supportFrom", Assert.Throws<ArgumentOutOfRangeException>(() => new ExAnteRules(100.5m, 60m, Src)).ParamName);
        Assert.Equal("adjustFrom", Assert.Throws<ArgumentOutOfRangeException>(() => new ExAnteRules(80m, 80m, Src)).ParamName);
        Assert.Equal("adjustFrom", Assert.Throws<ArgumentOutOfRangeException>(() => new ExAnteRules(80m, -1m, Src)).ParamName);
    }

    [Fact]
    public void MonitoringFamilies_OutOfRangeArguments_NameTheParameter()
    {
        Assert.Equal("greenFrom", Assert.Throws<ArgumentOutOfRangeException>(() => new ColourBands(0.6m, 0.5m, null, Src)).ParamName);
        Assert.Equal("minimumExecution", Assert.Throws<ArgumentOutOfRangeException>(() => new ExecutionCheckpoint(6, 1.01m)).ParamName);
        Assert.Equal("checkpoints", Assert.Throws<ArgumentException>(() => new CheckpointRules([], Src)).ParamName);
        Assert.Equal("checkpoints", Assert.Throws<ArgumentException>(() => new CheckpointRules([default], Src)).ParamName);
        Assert.Equal("checkpoints", Assert.Throws<ArgumentException>(() => new CheckpointRules([new ExecutionCheckpoint(6, 0.4m), new ExecutionCheckpoint(6, 0.5m)], Src)).ParamName);
        Assert.Equal("workingDays", Assert.Throws<ArgumentOutOfRangeException>(() => new ResponseRule(0, false, Src)).ParamName);
        Assert.Equal("maximumUnspentShare", Assert.Throws<ArgumentOutOfRangeException>(() => new SelfEvaluationCrossCheckRules(5m, -0.1m, Src)).ParamName);
    }

    [Fact]
    public void ExecutionCheckpoint_EqualityIsByMonthAndMinimum()
    {
        var june = new ExecutionCheckpoint(6, 0.4m);

        Assert.True(june == new ExecutionCheckpoint(6, 0.40m));
        Assert.False(june != new ExecutionCheckpoint(6, 0.4m));
        Assert.True(june != new ExecutionCheckpoint(7, 0.4m));
        Assert.True(june != new ExecutionCheckpoint(6, 0.5m));
        Assert.Equal(june.GetHashCode(), new ExecutionCheckpoint(6, 0.4m).GetHashCode());
    }

    [Fact]
    public void ResultRules_OutOfRangeArguments_NameTheParameter()
    {
        Assert.Equal("grades", Assert.Throws<ArgumentException>(() => Rule("r", [], BudgetAction.Keep, null, null)).ParamName);
        Assert.Equal("cutRate", Assert.Throws<ArgumentOutOfRangeException>(() => Rule("r", [Grade.Poor], BudgetAction.Cut, 1.5m, null)).ParamName);
        Assert.Equal("cutRate", Assert.Throws<ArgumentOutOfRangeException>(() => Rule("r", [Grade.Poor], BudgetAction.Cut, 0m, null)).ParamName);
        Assert.Equal("maximumCutRate", Assert.Throws<ArgumentOutOfRangeException>(() => Rule("r", [Grade.Poor], BudgetAction.Cut, 0.2m, 0.1m)).ParamName);
        Assert.Equal("maximumCutRate", Assert.Throws<ArgumentOutOfRangeException>(() => Rule("r", [Grade.Poor], BudgetAction.Keep, null, 0.1m)).ParamName);
        var keepAll = Rule("keep", [Grade.Excellent, Grade.Good, Grade.Fair, Grade.Poor], BudgetAction.Keep, null, null);
        Assert.Equal("rules", Assert.Throws<ArgumentException>(() => new ResultApplicationRules([keepAll, keepAll], Rounding.TwoDecimalsHalfAwayFromZero, null)).ParamName);
        Assert.Equal("rewardShare", Assert.Throws<ArgumentOutOfRangeException>(() => new ResultApplicationRules([keepAll], Rounding.TwoDecimalsHalfAwayFromZero, 0m)).ParamName);
        var rules = new ResultApplicationRules([keepAll], Rounding.TwoDecimalsHalfAwayFromZero, 0.05m);
        Assert.Equal("grades", Assert.Throws<ArgumentException>(() => rules.Match([], ProjectKind.OneOff)).ParamName);
        Assert.Same(keepAll, rules.Match([Grade.Fair], ProjectKind.OneOff));
    }

    [Fact]
    public void Rectification_RateOnlyForAFurtherCutAndWithinZeroToOne()
    {
        Assert.Equal("furtherCutRate", Assert.Throws<ArgumentException>(() => new RectificationRules(RectificationConsequence.FurtherCut, null, Src)).ParamName);
        Assert.Equal("furtherCutRate", Assert.Throws<ArgumentException>(() => new RectificationRules(RectificationConsequence.FundAfterRectification, 0.1m, Src)).ParamName);
        Assert.Equal("furtherCutRate", Assert.Throws<ArgumentOutOfRangeException>(() => new RectificationRules(RectificationConsequence.FurtherCut, 1.1m, Src)).ParamName);
        Assert.Equal("furtherCutRate", Assert.Throws<ArgumentOutOfRangeException>(() => new RectificationRules(RectificationConsequence.FurtherCut, 0m, Src)).ParamName);
    }

    [Fact]
    public void Distribution_TopGradeNotBetterThanABottomGrade_Throws()
    {
        Assert.Equal("bottomGrades", Assert.Throws<ArgumentException>(() => new DistributionRules([Grade.Good], 0.3m, [Grade.Excellent], null, Src)).ParamName);
        Assert.Equal("bottomGrades", Assert.Throws<ArgumentException>(() => new DistributionRules([Grade.Good], 0.3m, [Grade.Good], null, Src)).ParamName);
    }

    [Fact]
    public void SmallAmountExemption_ThresholdAndChecks_AreChecked()
    {
        Assert.Equal("below", Assert.Throws<ArgumentOutOfRangeException>(() => new SmallAmountExemption(Money.Zero, [AdmissionCheck.TargetRequired], Src)).ParamName);
        Assert.Equal("exempted", Assert.Throws<ArgumentException>(() => new SmallAmountExemption(Money.FromYuan(1m), [], Src)).ParamName);
    }

    [Fact]
    public void ClassRequirement_NeedsLevelTwoClasses()
    {
        Assert.Equal("anyOf", Assert.Throws<ArgumentException>(() => new ClassRequirement([], Src)).ParamName);
        Assert.Equal("anyOf", Assert.Throws<ArgumentException>(() => new ClassRequirement([IndicatorClass.Output], Src)).ParamName);
    }

    private static Dictionary<Direction, string> AllDirections(string id)
    {
        var map = new Dictionary<Direction, string>();
        foreach (var d in Enum.GetValues<Direction>())
        {
            map[d] = id;
        }

        return map;
    }

    private static IndicatorScoringRules Scoring(IEnumerable<ScoringStrategy> strategies, IReadOnlyDictionary<Direction, string> defaults) =>
        new(strategies, defaults, true, null, true, NegativeActualPolicy.Reject, Rounding.TwoDecimalsHalfAwayFromZero);

    private static ResultRule Rule(string id, Grade[] grades, BudgetAction action, decimal? cutRate, decimal? maximumCutRate) =>
        new(id, grades, [], 1, action, cutRate, maximumCutRate, false, Src);
}
