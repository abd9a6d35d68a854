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

namespace BudgetPerformance.Scoring.Tests;

/// <summary>
/// Issue 17, items 7 and 10, as invariants: a data-quality flag is raised exactly when its value is zero, always with one
/// problem at the indicator, and the policy alone decides the score; rescaled points are shown at the precision, and the
/// score does not depend on how they are shown.
/// </summary>
public class DataQualityPropertyTests
{
    private static Gen<decimal> Measure => Gen.Frequency(
        (1, Gen.Constant(0m)),
        (3, Gen.Choose(1, 2_000_000).Select(i => i / 100m)));

    private static Gen<decimal> Points => Gen.Choose(1, 3000).Select(i => i / 100m);

    private static ScoringResult Score(DataQualityPolicy policy, Direction direction, decimal target, decimal actual, decimal points) =>
        new EvaluationScorer(Rules.National(requiredTotal: null, dataQuality: new DataQualityRules(policy, policy, DataQualityRules.Default.Source)))
            .Score(Example.Single(Example.Q("x", "指标", direction, target, "个", points), IndicatorRecord.Measured(new IndicatorCode("x"), actual)));

    [Property(MaxTest = 400)]
    public Property ZeroFlags_RaisedExactlyForZeroValues_AndThePolicyDecidesTheScore() =>
        Prop.ForAll(
            (from direction in Gen.Elements(Direction.AtLeast, Direction.GreaterThan, Direction.AtMost, Direction.LessThan)
             from target in Measure
             from actual in Measure
             from points in Points
             from policy in Gen.Elements(DataQualityPolicy.KeepScore, DataQualityPolicy.ScoreZero, DataQualityPolicy.Reject)
             select (direction, target, actual, points, policy)).ToArbitrary(),
            c =>
            {
                var positive = c.direction is Direction.AtLeast or Direction.GreaterThan;
                var flagged = positive ? c.target == 0m : c.actual == 0m;
                var kept = Score(DataQualityPolicy.KeepScore, c.direction, c.target, c.actual, c.points);
                var result = Score(c.policy, c.direction, c.target, c.actual, c.points);
                var score = result.Indicators[0];
                var flags = score.Flags & (ScoreFlags.ZeroTarget | ScoreFlags.ZeroActual);
                var codes = result.Problems.Where(p => p.Location.IndicatorCode == "x").Select(p => p.Code).ToList();

                if (!flagged)
                {
                    // Nothing to flag: the policy changes nothing.
                    return flags == ScoreFlags.None && codes.Count == 0 && score.Score == kept.Indicators[0].Score && result.Outcome == ScoringOutcome.Complete;
                }

                var expectedFlag = positive ? ScoreFlags.ZeroTarget : ScoreFlags.ZeroActual;
                var warning = positive ? ProblemCodes.ZeroTarget : ProblemCodes.ZeroActual;
                var error = positive ? ProblemCodes.ZeroTargetRejected : ProblemCodes.ZeroActualRejected;
                return flags == expectedFlag && c.policy switch
                {
                    // Kept: the score of the strategy (which is never below a flagged zero's full points here), complete.
                    DataQualityPolicy.KeepScore => codes.SequenceEqual([warning]) && result.Outcome == ScoringOutcome.Complete && score.Score is not null,
                    DataQualityPolicy.ScoreZero => codes.SequenceEqual([warning]) && result.Outcome == ScoringOutcome.Complete && score.Score == 0m,
                    _ => codes.SequenceEqual([error]) && result.Outcome == ScoringOutcome.Invalid && score.Score is null,
                };
            });

    [Property(MaxTest = 200)]
    public Property RescaledPoints_AreShownAtThePrecisionWithTheFactor_AndComputedExactly() =>
        Prop.ForAll(
            (from dropped in Gen.Choose(0, 8)
             from decimals in Gen.Choose(0, 4)
             select (dropped, decimals)).ToArbitrary(),
            c =>
            {
                // One indicator of the worked example does not apply: the others (and the budget block) are rescaled by
                // 100 ÷ (100 − its points).
                var tree = Example.Tree().Indicators;
                var records = Example.Records();
                records[c.dropped] = IndicatorRecord.NotApplicable(records[c.dropped].Code, "不适用");
                var remaining = 100m - tree[c.dropped].Points;
                var explanation = new EvaluationScorer(Rules.National(indicatorRounding: new Rounding(c.decimals, RoundingMode.HalfAwayFromZero))).Explain(Example.Evaluation(records));
                var longDecimal = new System.Text.RegularExpressions.Regex(@"\d\.\d{5,}", System.Text.RegularExpressions.RegexOptions.None, System.TimeSpan.FromSeconds(1));
                var ok = explanation.Result.PointsAvailable == 100m && explanation.Result.PointsRemaining == remaining
                    && explanation.BudgetEn!.Contains($"(10 × 100 ÷ {remaining})", System.StringComparison.Ordinal);
                for (var i = 0; i < tree.Count; i++)
                {
                    if (i == c.dropped)
                    {
                        continue;
                    }

                    var x = explanation.Indicators[i];
                    var exact = tree[i].Points * 100m / remaining;
                    ok &= x.Points == exact
                        && x.PointsShown == decimal.Round(exact, c.decimals, System.MidpointRounding.AwayFromZero)
                        && x.FormulaEn.Contains($" 100 ÷ {remaining}", System.StringComparison.Ordinal)
                        && !longDecimal.IsMatch(x.FormulaEn) && !longDecimal.IsMatch(x.FormulaZh);
                }

                return ok;
            });
}
