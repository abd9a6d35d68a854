using System.Globalization;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Json;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Tests;

/// <summary>
/// Issue 17 item 1: the rule set chooses how an equality indicator's miss is scored on either side of its target —
/// proportional below and held to the points above (the default), or the symmetric deviation rule
/// w × max(0, 1 − |a − t| ÷ t). Before, <see cref="EqualityOvershoot.SymmetricDeviation"/> did not exist: a rule set could
/// only choose a proportional or an inverse-ratio overshoot. Every expected value is worked by hand next to it.
/// </summary>
public class EqualitySymmetricDeviationTests
{
    private static RuleSet With(bool cap)
    {
        var rules = Rules.National(cap: cap, requiredTotal: null);
        var scoring = rules.IndicatorScoring!;
        var strategies = Rules.Strategies().Append(new EqualityStrategy("equality-symmetric", Rules.Deployed, EqualityOvershoot.SymmetricDeviation));
        return rules.WithIndicatorScoring(new IndicatorScoringRules(strategies, Rules.Defaults(), scoring.CapAtPoints, scoring.OverCompletion, scoring.StrictEqualityEarnsFull, scoring.NegativeActuals, scoring.IndicatorRounding));
    }

    private static decimal P(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    private static IndicatorScore One(RuleSet rules, string target, string points, string actual, string rule = "equality-symmetric") =>
        new EvaluationScorer(rules).Score(Example.Single(Example.Q("x", "指标", Direction.EqualTo, P(target), "%", P(points), rule), IndicatorRecord.Measured(new IndicatorCode("x"), P(actual)))).Indicators[0];

    [Theory]
    [InlineData("80", "4.00")]   // below: 5 × (1 − |80 − 100| ÷ 100) = 5 × 0.8 = 4
    [InlineData("99.99", "5.00")] // just below: 5 × 0.9999 = 4.99995 → 5.00
    [InlineData("100", "5.00")]  // on the target: full points
    [InlineData("100.01", "5.00")] // just above: 4.99995 → 5.00
    [InlineData("120", "4.00")]  // above, the same miss: 5 × (1 − 20 ÷ 100) = 4 (the default gives 5, inverse ratio 4.17)
    [InlineData("199", "0.05")]  // 5 × (1 − 99 ÷ 100) = 0.05
    [InlineData("200", "0.00")]  // a deviation of 100%: 0
    [InlineData("250", "0.00")]  // beyond: 0, never negative
    [InlineData("0", "0.00")]    // a deviation of 100% below: 0
    public void SymmetricDeviation_OnBothSidesOfTheTarget_LosesTheSamePointsForTheSameMiss(string actual, string expected)
    {
        Assert.Equal(expected, One(With(cap: true), "100", "5", actual).Score!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected, One(With(cap: false), "100", "5", actual).Score!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("9.95")]  // below: 7 × (1 − 4.05 ÷ 14) = 7 × 9.95 ÷ 14 = 69.65 ÷ 14 = 4.975 exactly → 4.98
    [InlineData("18.05")] // above: 7 × (1 − 4.05 ÷ 14) = 4.975 exactly → 4.98 (a quotient rounded first, 4.97499…, gives 4.97)
    public void SymmetricDeviation_AnExactMidpoint_RoundsHalfUp(string actual) =>
        Assert.Equal(4.98m, One(With(cap: true), "14", "7", actual).Score);

    [Fact]
    public void Default_IsUnchanged_ProportionalBelowAndHeldAbove()
    {
        // The default equality strategy of the national rule set: 120 of an exact 100 earns its 5 points (held), 80 earns 4.
        Assert.Equal(EqualityOvershoot.Proportional, ((EqualityStrategy)RuleSetPresets.Get("national-2020").IndicatorScoring!.Strategies.Single(s => s.Kind == StrategyKind.Equality)).Overshoot);
        Assert.Equal(5.00m, One(With(cap: false), "100", "5", "120", "equality").Score);
        Assert.Equal(4.00m, One(With(cap: false), "100", "5", "80", "equality").Score);
    }

    [Fact]
    public void SymmetricDeviation_Explanation_WritesTheFormulaInChineseAndEnglish()
    {
        var rules = With(cap: true);
        var indicator = Example.Q("x", "指标", Direction.EqualTo, 100m, "%", 5m, "equality-symmetric");
        var over = new EvaluationScorer(rules).Explain(Example.Single(indicator, IndicatorRecord.Measured(new IndicatorCode("x"), 120m))).Indicators.Single();
        Assert.Equal("分值 5 × (1 − |实际完成值 120 − 目标值 100| ÷ 目标值 100) = 4.00", over.FormulaZh);
        Assert.Equal("points 5 × (1 − |actual 120 − target 100| ÷ target 100) = 4.00", over.FormulaEn);
        var beyond = new EvaluationScorer(rules).Explain(Example.Single(indicator, IndicatorRecord.Measured(new IndicatorCode("x"), 230m))).Indicators.Single();
        Assert.StartsWith("分值 5 × (1 − |实际完成值 230 − 目标值 100| ÷ 目标值 100)，偏离度达到或超过 100%，得 0 分", beyond.FormulaZh, System.StringComparison.Ordinal);
        Assert.StartsWith("points 5 × (1 − |actual 230 − target 100| ÷ target 100): a deviation of 100% or more, 0 points", beyond.FormulaEn, System.StringComparison.Ordinal);
    }
}
