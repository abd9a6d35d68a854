using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPerformance.Scoring.Tests;

public class PropertyTests
{
    private static readonly EvaluationScorer National = new(Rules.National());
    private static readonly EvaluationScorer Loose = new(Rules.National(requiredTotal: null));

    private static Gen<decimal> Amount => Gen.Choose(0, 2_000_000).Select(i => i / 100m);

    private static Gen<decimal> Positive => Gen.Choose(1, 2_000_000).Select(i => i / 100m);

    private static Gen<decimal> Points => Gen.Choose(0, 3000).Select(i => i / 100m);

    private static Gen<string> QuantitativeRule(Direction direction) => direction switch
    {
        Direction.AtLeast or Direction.GreaterThan => Gen.Elements("proportional", "steps", "deviation", "deduct-below"),
        Direction.EqualTo => Gen.Elements("equality", "deviation"),
        _ => Gen.Elements("reverse-linear", "reverse-ratio", "deviation", "deduct-above"),
    };

    private static readonly Gen<(Direction Direction, string Rule, decimal Target, decimal Actual, decimal Points)> Case =
        from direction in Gen.Elements(Direction.AtLeast, Direction.GreaterThan, Direction.EqualTo, Direction.AtMost, Direction.LessThan)
        from rule in QuantitativeRule(direction)
        from target in Positive
        from actual in Amount
        from points in Points
        select (direction, rule, target, actual, points);

    private static readonly Gen<(decimal T, decimal A, decimal B, decimal W)> Pair =
        from t in Positive
        from a in Amount
        from b in Amount
        from w in Points
        select (t, a, b, w);

    private static Gen<(decimal T, decimal A, decimal W, int K)> Scaled =>
        from t in Positive
        from a in Amount
        from w in Points
        from k in Gen.Choose(1, 1000)
        select (t, a, w, k);

    private static IndicatorScore ScoreOne(Direction direction, string rule, decimal target, decimal actual, decimal points) =>
        Loose.Score(Example.Single(Example.Q("x", "指标", direction, target, "个", points, rule), IndicatorRecord.Measured(new IndicatorCode("x"), actual))).Indicators[0];

    [Property(MaxTest = 1000)]
    public Property CappedScores_LieBetweenZeroAndThePoints() =>
        Prop.ForAll(Case.ToArbitrary(), c =>
        {
            var s = ScoreOne(c.Direction, c.Rule, c.Target, c.Actual, c.Points);
            return s.Raw >= 0m && s.Raw <= c.Points && s.Score >= 0m && s.Score <= c.Points;
        });

    [Property(MaxTest = 1000)]
    public Property Proportional_IsNonDecreasingInTheActual() =>
        Prop.ForAll(Pair.ToArbitrary(), p =>
        {
            var (t, a, b, w) = p;
            var (low, high) = a <= b ? (a, b) : (b, a);
            foreach (var rule in new[] { "proportional", "steps", "deduct-below" })
            {
                if (ScoreOne(Direction.AtLeast, rule, t, low, w).Raw > ScoreOne(Direction.AtLeast, rule, t, high, w).Raw)
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 1000)]
    public Property Reverse_IsNonIncreasingInTheActual() =>
        Prop.ForAll(Pair.ToArbitrary(), p =>
        {
            var (t, a, b, w) = p;
            var (low, high) = a <= b ? (a, b) : (b, a);
            foreach (var rule in new[] { "reverse-linear", "reverse-ratio", "deduct-above" })
            {
                if (ScoreOne(Direction.AtMost, rule, t, low, w).Raw < ScoreOne(Direction.AtMost, rule, t, high, w).Raw)
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 1000)]
    public Property Proportional_ScalingTargetAndActualTogether_LeavesTheScoreUnchanged() =>
        Prop.ForAll(Scaled.ToArbitrary(), p =>
            p is var (t, a, w, k) && ScoreOne(Direction.AtLeast, "proportional", t, a, w).Score == ScoreOne(Direction.AtLeast, "proportional", t * k, a * k, w).Score);

    private static Gen<List<IndicatorRecord>> ExampleRecords =>
        from actuals in Amount.ListOf(8)
        from level in Gen.Elements(AchievementLevel.Achieved, AchievementLevel.PartlyAchieved, AchievementLevel.NotAchieved)
        from inBand in Gen.Choose(0, 199)
        select Records(actuals.ToArray(), level, inBand);

    private static List<IndicatorRecord> Records(decimal[] actuals, AchievementLevel level, int inBand)
    {
        var (low, span) = level switch { AchievementLevel.Achieved => (8m, 2m), AchievementLevel.PartlyAchieved => (6m, 1.99m), _ => (0m, 5.99m) };
        var codes = new[] { "1.1.1", "1.1.2", "1.2.1", "1.3.1", "1.4.1", "2.1.1", "2.2.1", "3.1.1" };
        var records = codes.Select((c, i) => IndicatorRecord.Measured(new IndicatorCode(c), actuals[i])).ToList();
        records.Insert(7, IndicatorRecord.Achieved(new IndicatorCode("2.3.1"), level, low + decimal.Round(span * inBand / 199m, 2, System.MidpointRounding.ToZero)));
        return records;
    }

    [Property(MaxTest = 300)]
    public Property Total_IsTheRoundedSumOfTheLevelOneSubtotalsAndTheBudget() =>
        Prop.ForAll(ExampleRecords.ToArbitrary(), Amount.ToArbitrary(), (records, spent) =>
        {
            var result = National.Score(Example.Evaluation(records, Example.Budget(1_000_000m, spent * 100m)));
            var sum = result.LevelOne.Sum(s => s.Score!.Value) + result.Budget!.Value.Score!.Value;
            return result.Outcome == ScoringOutcome.Complete && result.RawTotal == sum && result.Total == Rules.Two.Apply(sum)
                && result.LevelOne.Sum(s => s.Score) == result.LevelTwo.Sum(s => s.Score)
                && result.LevelTwo.Sum(s => s.Score) == result.Indicators.Sum(s => s.Score);
        });

    [Property(MaxTest = 300)]
    public Property Grade_IsMonotoneInTheTotal() =>
        Prop.ForAll(Gen.Choose(0, 1_000_000).ToArbitrary(), Gen.Choose(0, 1_000_000).ToArbitrary(), (x, y) =>
        {
            var scorer = new EvaluationScorer(Rules.National(indicatorRounding: new Rounding(4, RoundingMode.HalfAwayFromZero)));
            Grade GradeOf(int v) => scorer.Score(Example.Single(Example.Q("x", "综合", Direction.AtLeast, 1m, "项", 100m), IndicatorRecord.Judged(new IndicatorCode("x"), v / 10_000m))).Grade!.Value;
            return x <= y ? GradeOf(x) <= GradeOf(y) : GradeOf(x) >= GradeOf(y);
        });

    [Property(MaxTest = 200)]
    public Property Result_DoesNotDependOnIndicatorOrRecordOrder() =>
        Prop.ForAll(ExampleRecords.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (records, seed) =>
        {
            var random = new System.Random(seed);
            var tree = Example.Tree();
            var shuffled = new IndicatorTree(IndicatorWeighting.Weighted, tree.Groups.OrderBy(_ => random.Next()).Select(one =>
                new LevelOneIndicator(one.Code, one.Name, one.Class, one.Points, one.Children.OrderBy(_ => random.Next()).Select(two =>
                    new LevelTwoIndicator(two.Code, two.Name, two.Class, two.Points, two.Children.OrderBy(_ => random.Next()))))));
            var a = National.Score(Example.Evaluation(records));
            var b = National.Score(Example.Evaluation(records.OrderBy(_ => random.Next()), tree: shuffled));
            return a.Total == b.Total && a.Grade == b.Grade
                && a.Indicators.OrderBy(s => s.Code).SequenceEqual(b.Indicators.OrderBy(s => s.Code));
        });

    [Fact]
    public void ScoreAllParallel_ManyThreads_GivesTheSequentialResults()
    {
        var random = new System.Random(20201231);
        var evaluations = Enumerable.Range(0, 2000).Select(i =>
        {
            var actuals = Enumerable.Range(0, 8).Select(_ => random.Next(0, 2_000_000) / 100m).ToArray();
            return Example.Evaluation(Records(actuals, (AchievementLevel)(i % 3), random.Next(0, 200)), Example.Budget(1_000_000m, random.Next(0, 1_200_000)));
        }).ToList();
        var sequential = National.ScoreAll(evaluations).ToList();
        foreach (var threads in new[] { 1, 2, 8 })
        {
            var parallel = National.ScoreAllParallel(evaluations, threads);
            Assert.Equal(sequential.Select(r => (r.Total, r.Grade)), parallel.Select(r => (r.Total, r.Grade)));
            Assert.True(sequential.Zip(parallel).All(p => p.First.Indicators.SequenceEqual(p.Second.Indicators)));
        }
    }
}
