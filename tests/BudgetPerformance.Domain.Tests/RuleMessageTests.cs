using System;
using BudgetPerformance.Grades;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Tests;

/// <summary>
/// The explanations of the rule families' argument checks. Reading a rule-set document reports them as the message of
/// an <c>invalid-value</c> entry (docs/json/errors.md), so each must say what the rule is.
/// </summary>
public class RuleMessageTests
{
    private static readonly SourceCitation Src = new("财预〔2020〕10号", SourceKind.National);

    [Fact]
    public void RuleSet_VersionAndTitle_SayWhatIsExpected()
    {
        var grading = new GradingRules(GradeScale.National2020, Rounding.TwoDecimalsHalfAwayFromZero, Src);
        var always = new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31));

        Assert.StartsWith("The version must be at least 1.",
            Assert.Throws<ArgumentOutOfRangeException>(() => new RuleSet("r", 0, always, new LocalizedName("甲", "A"), [Src], grading)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The title must be a created LocalizedName.",
            Assert.Throws<ArgumentException>(() => new RuleSet("r", 1, always, default, [Src], grading)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThresholdStep_Share_SaysTheRange() =>
        Assert.StartsWith("The share must lie in [0, 1].", Assert.Throws<ArgumentOutOfRangeException>(() => new ThresholdStep(0.9m, 2m)).Message, StringComparison.Ordinal);

    [Fact]
    public void ExAnte_AdjustThreshold_SaysTheRange() =>
        Assert.StartsWith("The adjustment threshold must lie in [0, supportFrom).",
            Assert.Throws<ArgumentOutOfRangeException>(() => new ExAnteRules(80m, 85m, Src)).Message, StringComparison.Ordinal);

    [Fact]
    public void Rectification_RateAndConsequence_SayTheyGoTogether()
    {
        var e = Assert.Throws<ArgumentException>(() => new RectificationRules(RectificationConsequence.FundAfterRectification, 0.1m, Src));

        Assert.StartsWith("A further cut needs a rate, and only a further cut has one.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WeightCheckAndCrossCheck_Shares_SayTheRange()
    {
        Assert.StartsWith("The share must lie in [0, 1].",
            Assert.Throws<ArgumentOutOfRangeException>(() => new WeightCheckRules(-0.1m, [], Src)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The share must lie in [0, 1].",
            Assert.Throws<ArgumentOutOfRangeException>(() => new SelfEvaluationCrossCheckRules(0.05m, 2m, Src)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The minimum is a fraction in [0, 1] (0.9 for 90%).",
            Assert.Throws<ArgumentOutOfRangeException>(() => new TargetReviewRules([], -0.1m, false, null, [], null, Src)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Checkpoint_Minimum_SaysItIsAFraction() =>
        Assert.StartsWith("The minimum is a fraction in [0, 1].",
            Assert.Throws<ArgumentOutOfRangeException>(() => new ExecutionCheckpoint(4, -0.25m)).Message, StringComparison.Ordinal);
}
