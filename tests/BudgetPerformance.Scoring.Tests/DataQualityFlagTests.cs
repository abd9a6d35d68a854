using System;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring.Reconciliation;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Tests;

/// <summary>
/// Issue 17, item 7: the data-quality flags a reviewer wants, each a flagged issue with a code and the indicator's location,
/// never silent: a zero target on a positive indicator, an actual of zero on a reverse one (whether full points follow is
/// the rule set's <see cref="DataQualityRules"/>, by default kept), and a target exceeded by more than the over-completion
/// threshold (whether points are lost is the <see cref="OverCompletionRule"/>'s deduction). docs/rules/data-quality.md.
/// </summary>
public class DataQualityFlagTests
{
    private static readonly SourceCitation Local = new("示例县数据质量规则", SourceKind.Local);

    private static RuleSet With(DataQualityPolicy zeroTarget = DataQualityPolicy.KeepScore, DataQualityPolicy zeroActual = DataQualityPolicy.KeepScore, OverCompletionRule? over = null, string reverse = "reverse-linear")
    {
        var rules = Rules.National(requiredTotal: null, overCompletion: over, reverse: reverse);
        var s = rules.IndicatorScoring!;
        return rules.WithIndicatorScoring(new IndicatorScoringRules(s.Strategies, s.Defaults, s.CapAtPoints, s.OverCompletion, s.StrictEqualityEarnsFull, s.NegativeActuals, s.IndicatorRounding, new DataQualityRules(zeroTarget, zeroActual, Local)));
    }

    private static ScoringResult Score(RuleSet rules, Direction direction, decimal target, decimal actual, decimal points = 15m) =>
        new EvaluationScorer(rules).Score(Example.Single(Example.Q("x", "高标准农田建设面积", direction, target, "亩", points), IndicatorRecord.Measured(new IndicatorCode("x"), actual)));

    // A zero target on a positive indicator.

    [Fact]
    public void ZeroTarget_OnAPositiveIndicator_ByDefault_KeepsFullPoints_WithAWarningAtTheIndicator()
    {
        // ≥ 0 亩, actual 4,600, 15 points: 4600 ≥ 0 meets the target, 15.00 as before. The old code gave the 15 points with no
        // flag and no problem at all.
        var result = Score(Rules.National(requiredTotal: null), Direction.AtLeast, 0m, 4600m);
        var score = result.Indicators[0];
        Assert.Equal(15.00m, score.Score);
        Assert.Equal(ScoreFlags.ZeroTarget, score.Flags);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.ZeroTarget, ProblemSeverity.Warning, "x"), (problem.Code, problem.Severity, problem.Location.IndicatorCode));
        Assert.Equal("The positive indicator x has a target of 0 (actual 4600): the rule set gives full points. Check that the target was set.", problem.MessageEn);
        Assert.Equal("正向指标 x 的目标值为 0，实际值 4600：按规则集得满分。请核实目标是否填写。", problem.MessageZh);
        Assert.Equal("财预〔2020〕10号", problem.Source!.Reference);

        // A warning leaves the result complete, with its total and grade.
        Assert.Equal(ScoringOutcome.Complete, result.Outcome);
        Assert.NotNull(result.Total);
    }

    [Theory]
    [InlineData(Direction.AtLeast, "0.000001", false)] // the smallest target a document may carry: not zero
    [InlineData(Direction.AtLeast, "0", true)]
    [InlineData(Direction.GreaterThan, "0", true)]
    [InlineData(Direction.EqualTo, "0", false)]         // = 0 is a real target (a ≤ 0 → w, RULES.md §2.2)
    [InlineData(Direction.AtMost, "0", false)]          // ≤ 0 is a real target too (no accidents)
    public void ZeroTarget_IsFlaggedOnPositiveIndicatorsOnly(Direction direction, string target, bool flagged)
    {
        var result = Score(Rules.National(requiredTotal: null), direction, decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture), 5m);
        Assert.Equal(flagged, (result.Indicators[0].Flags & ScoreFlags.ZeroTarget) != 0);
        Assert.Equal(flagged, result.Problems.Any(p => p.Code == ProblemCodes.ZeroTarget));
    }

    [Fact]
    public void ZeroTarget_UnderScoreZero_ScoresZero_WithAWarning()
    {
        var explained = new EvaluationScorer(With(zeroTarget: DataQualityPolicy.ScoreZero)).Explain(
            Example.Single(Example.Q("x", "高标准农田建设面积", Direction.AtLeast, 0m, "亩", 15m), IndicatorRecord.Measured(new IndicatorCode("x"), 4600m)));
        var score = explained.Result.Indicators[0];
        Assert.Equal(0.00m, score.Score);
        Assert.Equal(ScoreFlags.ZeroTarget | ScoreFlags.ZeroByPolicy, score.Flags);
        Assert.Equal(ScoringOutcome.Complete, explained.Result.Outcome);
        var problem = Assert.Single(explained.Result.Problems);
        Assert.Equal((ProblemCodes.ZeroTarget, "示例县数据质量规则"), (problem.Code, problem.Source!.Reference));
        Assert.Contains("the rule set scores it 0", problem.MessageEn, StringComparison.Ordinal);
        Assert.Equal("target 0 ≤ 0: actual 4600 meets the target, target 0: scored 0 by the rule set = 0.00 (target 0: flagged for review)", explained.Indicators[0].FormulaEn);
    }

    [Fact]
    public void ZeroTarget_UnderReject_IsAnErrorAndNoScore()
    {
        var result = Score(With(zeroTarget: DataQualityPolicy.Reject), Direction.AtLeast, 0m, 4600m);
        Assert.Null(result.Indicators[0].Score);
        Assert.Equal(ScoreFlags.ZeroTarget | ScoreFlags.Invalid, result.Indicators[0].Flags);
        Assert.Equal(ScoringOutcome.Invalid, result.Outcome);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.ZeroTargetRejected, ProblemSeverity.Error, "x"), (problem.Code, problem.Severity, problem.Location.IndicatorCode));
    }

    [Fact]
    public void ZeroTarget_Explained_SaysItWasFlagged()
    {
        var explained = new EvaluationScorer(Rules.National(requiredTotal: null)).Explain(
            Example.Single(Example.Q("x", "高标准农田建设面积", Direction.AtLeast, 0m, "亩", 15m), IndicatorRecord.Measured(new IndicatorCode("x"), 4600m)));
        Assert.Equal("target 0 ≤ 0: actual 4600 meets the target = 15.00 (target 0: flagged for review)", explained.Indicators[0].FormulaEn);
        Assert.Equal("目标值 0 ≤ 0：实际完成值 4600 达到目标 = 15.00（目标值为 0，需复核）", explained.Indicators[0].FormulaZh);
    }

    // An actual of zero on a reverse indicator.

    [Theory]
    [InlineData("reverse-linear")]
    [InlineData("reverse-ratio")]
    public void ZeroActual_OnAReverseIndicator_ByDefault_KeepsFullPoints_WithAWarning(string reverse)
    {
        // ≤ 3000 元, actual 0, 10 points: 0 ≤ 3000, full points as before, now flagged (the old code said nothing).
        var result = Score(Rules.National(requiredTotal: null, reverse: reverse), Direction.AtMost, 3000m, 0m, 10m);
        Assert.Equal(10.00m, result.Indicators[0].Score);
        Assert.Equal(ScoreFlags.ZeroActual, result.Indicators[0].Flags);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.ZeroActual, ProblemSeverity.Warning, "x"), (problem.Code, problem.Severity, problem.Location.IndicatorCode));
        Assert.Equal("The reverse indicator x has an actual of 0 (target 3000): the rule set gives full points. Check that 0 was measured, not left blank.", problem.MessageEn);
        Assert.Equal(ScoringOutcome.Complete, result.Outcome);
    }

    [Theory]
    [InlineData(Direction.AtMost, "0", true)]
    [InlineData(Direction.LessThan, "0", true)]
    [InlineData(Direction.AtMost, "0.000001", false)] // the smallest measure a document may carry
    [InlineData(Direction.AtLeast, "0", false)]       // a positive indicator at 0 scores 0: nothing hidden
    public void ZeroActual_IsFlaggedOnReverseIndicatorsOnly(Direction direction, string actual, bool flagged)
    {
        var result = Score(Rules.National(requiredTotal: null), direction, 3000m, decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture), 10m);
        Assert.Equal(flagged, (result.Indicators[0].Flags & ScoreFlags.ZeroActual) != 0);
        Assert.Equal(flagged, result.Problems.Any(p => p.Code == ProblemCodes.ZeroActual));
    }

    [Fact]
    public void ZeroActual_ClampedFromANegativeValue_IsTheClampNotAZeroActual()
    {
        // -5 on a reverse-ratio indicator, clamped to 0 by the rule set: recorded as a clamp (flag and explanation), not as
        // a recorded 0.
        var rules = Rules.National(requiredTotal: null, reverse: "reverse-ratio", negative: NegativeActualPolicy.ClampToZero);
        var result = Score(rules, Direction.AtMost, 3000m, -5m, 10m);
        Assert.Equal(ScoreFlags.Clamped, result.Indicators[0].Flags);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void ZeroActual_UnderScoreZero_AndReject()
    {
        var zero = Score(With(zeroActual: DataQualityPolicy.ScoreZero), Direction.AtMost, 3000m, 0m, 10m);
        Assert.Equal(0.00m, zero.Indicators[0].Score);
        Assert.Equal((ProblemCodes.ZeroActual, ScoringOutcome.Complete), (Assert.Single(zero.Problems).Code, zero.Outcome));

        var rejected = Score(With(zeroActual: DataQualityPolicy.Reject), Direction.AtMost, 3000m, 0m, 10m);
        Assert.Null(rejected.Indicators[0].Score);
        Assert.Equal((ProblemCodes.ZeroActualRejected, ScoringOutcome.Invalid), (Assert.Single(rejected.Problems).Code, rejected.Outcome));
    }

    // A target exceeded by far: the over-completion threshold.

    [Theory]
    [InlineData("1800", false)] // 50% over: not beyond the threshold (exclusive)
    [InlineData("1800.01", true)]
    public void OverCompletion_BeyondTheThreshold_IsAWarningAtTheIndicator(string actual, bool flagged)
    {
        // ≥ 1200, 50% threshold: the old code set the OverCompletion flag only, with no problem a reviewer would see.
        var rules = Rules.National(requiredTotal: null, overCompletion: new OverCompletionRule(0.5m, 0m, Local));
        var result = Score(rules, Direction.AtLeast, 1200m, decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture), 10m);
        Assert.Equal(flagged, (result.Indicators[0].Flags & ScoreFlags.OverCompletion) != 0);
        Assert.Equal(10.00m, result.Indicators[0].Score);
        Assert.Equal(ScoringOutcome.Complete, result.Outcome);
        if (flagged)
        {
            var problem = Assert.Single(result.Problems);
            Assert.Equal((ProblemCodes.OverCompletion, ProblemSeverity.Warning, "x", "示例县数据质量规则"), (problem.Code, problem.Severity, problem.Location.IndicatorCode, problem.Source!.Reference));
            Assert.Equal("The actual 1800.01 of x exceeds its target 1200 by more than 50%: flagged only, no points deducted; explain why.", problem.MessageEn);
            Assert.Equal("x 的实际值 1800.01 超出目标值 1200 的比例高于 50%：仅提示，不扣分，请说明原因。", problem.MessageZh);
        }
        else
        {
            Assert.Empty(result.Problems);
        }
    }

    [Fact]
    public void OverCompletion_WithADeduction_SaysSo_AndDeducts()
    {
        // 10 points, 20% deducted: 10 − 2 = 8.00.
        var rules = Rules.National(requiredTotal: null, overCompletion: new OverCompletionRule(0.5m, 0.2m, Local));
        var result = Score(rules, Direction.AtLeast, 1200m, 2000m, 10m);
        Assert.Equal(8.00m, result.Indicators[0].Score);
        Assert.Contains("20% of the points are deducted", Assert.Single(result.Problems).MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void OverCompletion_WithoutARule_IsNotFlagged()
    {
        // No threshold is published (RULES.md §2.2): a rule set without one flags nothing, even at ten times the target.
        var result = Score(Rules.National(requiredTotal: null), Direction.AtLeast, 1200m, 12000m, 10m);
        Assert.Empty(result.Problems);
        Assert.Equal(ScoreFlags.Capped, result.Indicators[0].Flags);
    }

    // Consumers: a warning is not an error.

    [Fact]
    public void Reconcile_AFormWithAZeroTarget_RecordingWhatScoringGives_IsClean()
    {
        var indicator = Example.Q("x", "高标准农田建设面积", Direction.AtLeast, 0m, "亩", 15m);
        var form = Example.Single(indicator, IndicatorRecord.Measured(new IndicatorCode("x"), 4600m, recordedScore: 15m));
        var report = new Reconciler(Rules.National(requiredTotal: null)).Reconcile(form, 0m);
        Assert.True(report.IsClean, string.Join("; ", report.Discrepancies));
        Assert.Equal(ProblemCodes.ZeroTarget, Assert.Single(report.Explanation.Result.Problems).Code);
    }

    [Fact]
    public void DataQualityRules_RejectUndefinedPoliciesAndANullSource()
    {
        Assert.Equal("zeroTarget", Assert.Throws<ArgumentOutOfRangeException>(() => new DataQualityRules((DataQualityPolicy)3, DataQualityPolicy.KeepScore, Local)).ParamName);
        Assert.Equal("zeroReverseActual", Assert.Throws<ArgumentOutOfRangeException>(() => new DataQualityRules(DataQualityPolicy.KeepScore, (DataQualityPolicy)(-1), Local)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new DataQualityRules(DataQualityPolicy.KeepScore, DataQualityPolicy.KeepScore, null!)).ParamName);
        Assert.Equal("dataQuality", Assert.Throws<ArgumentNullException>(() => new IndicatorScoringRules(Rules.Strategies(), Rules.Defaults(), true, null, true, NegativeActualPolicy.Reject, Rules.Two, null!)).ParamName);
        Assert.Same(DataQualityRules.Default, new IndicatorScoringRules(Rules.Strategies(), Rules.Defaults(), true, null, true, NegativeActualPolicy.Reject, Rules.Two).DataQuality);
        Assert.Equal((DataQualityPolicy.KeepScore, DataQualityPolicy.KeepScore), (DataQualityRules.Default.ZeroTarget, DataQualityRules.Default.ZeroReverseActual));
    }
}
