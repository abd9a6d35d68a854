using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring.Tests.Exact;

/// <summary>
/// Counterexamples the exact-reference property suite found (issue 17 item 2), kept as facts. Both are within the document
/// limits: a target or an actual with many significant digits made a decimal step of the formula drop its last digits, and
/// the score landed on the wrong side of an edge of the rounding. The library now detects a step that would drop a digit and
/// finishes that fraction with BigInteger numerator and denominator.
/// </summary>
public class ExactReferenceRegressionTests
{
    private static readonly SourceCitation Source = new("generated", SourceKind.Deployed);

    private static decimal? Score(ScoringCase c) => new EvaluationScorer(c.RuleSet()).Score(c.Evaluation()).Indicators[0].Score;

    [Fact]
    public void PerStepDeduction_AGapOfManyDigits_IsExact_RoundingUpJustAboveAWholePoint()
    {
        // gap = a − t = 11202992.003120127120540672824 − 0.0031201271205406728242983 = 11202992 − 2.983 × 10^-22 (33 digits);
        // 96.74 − 1.5 × gap ÷ 181200 = 4 + 1.5 × 2.983 × 10^-22 ÷ 181200, just above 4: rounded up to whole points, 5.
        // The decimal a − t rounded the gap to 11202992 exactly, the score to exactly 4, and rounding up kept 4.
        var c = new ScoringCase("regression", new PerStepDeductionStrategy(ScoringCase.StrategyId, Source, DeductionSide.Above, null, 181200m, 1.5m, StepCounting.Proportional, new Rounding(0, RoundingMode.Up)),
            Direction.AtLeast, 0.0031201271205406728242983m, 11202992.003120127120540672824m, 96.74m, 0m, 0m, true, Rules.Two);
        Assert.Equal(5m, Score(c));
        Assert.Equal(Rational.Of(5m), c.Expected);
    }

    [Fact]
    public void PerStepDeduction_RescaledPoints_AGapOfManyDigits_IsExact()
    {
        // 27.7 points rescaled by 101.7 ÷ 81.7 (a 20-point sibling does not apply); the actual lies 51047773.818800000000000000000
        // less 9.73 × 10^-22 below its target, so the deduction is 2 × gap ÷ 8015096.8 and the score lies just above 21.743:
        // rounded up to 3 decimals, 21.744. The decimal gap dropped the last digits, and the score was exactly 21.743.
        var c = new ScoringCase("regression", new PerStepDeductionStrategy(ScoringCase.StrategyId, Source, DeductionSide.Below, null, 8015096.8m, 2m, StepCounting.Proportional),
            Direction.AtLeast, 51047773.819997213796753994904m, 0.001197213796753994904973m, 27.7m, 20m, 54m, false, new Rounding(3, RoundingMode.Up));
        Assert.Equal(21.744m, Score(c));
        Assert.Equal(Rational.Of(21.744m), c.Expected);
    }
}
