using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;

namespace BudgetPerformance.Tests;

/// <summary>FsCheck generators of valid domain values.</summary>
public static class Generators
{
    /// <summary>Points with up to two decimals in [0, 30].</summary>
    public static Gen<decimal> Points => Gen.Choose(0, 3000).Select(i => i / 100m);

    public static Gen<Func<string, LevelThreeIndicator>> LevelThree =>
        from qualitative in Gen.Elements(true, false)
        from points in Points
        from direction in Gen.Elements(Direction.AtLeast, Direction.GreaterThan, Direction.EqualTo, Direction.AtMost, Direction.LessThan)
        from target in Gen.Choose(-1000, 100000).Select(i => i / 10m)
        from unit in Gen.Elements("亩", "%", "户", "元", "公里")
        from basis in Gen.Elements(ValueBasis.NotStated, ValueBasis.Plan, ValueBasis.Industry, ValueBasis.Historical)
        select new Func<string, LevelThreeIndicator>(code => qualitative
            ? LevelThreeIndicator.Qualitative(new IndicatorCode(code), "定性指标" + code, points, basis, "说明")
            : LevelThreeIndicator.Quantitative(new IndicatorCode(code), "定量指标" + code, direction, target, unit, points, basis));

    /// <summary>A valid tree; weighted trees get parent points equal to the sum of their children.</summary>
    public static Gen<IndicatorTree> Tree(IndicatorWeighting weighting) =>
        from ones in Gen.Choose(1, 4)
        from twos in Gen.Choose(1, 4)
        from threes in Gen.Choose(1, 4)
        from makers in LevelThree.ListOf(ones * twos * threes)
        from extra in Points
        select Build(weighting, ones, twos, threes, makers.Select((make, i) => make("c" + i)).ToArray(), extra);

    private static IndicatorTree Build(IndicatorWeighting weighting, int ones, int twos, int threes, LevelThreeIndicator[] leaves, decimal extra)
    {
        var groups = new List<LevelOneIndicator>();
        var k = 0;
        for (var a = 0; a < ones; a++)
        {
            var twoNodes = new List<LevelTwoIndicator>();
            for (var b = 0; b < twos; b++)
            {
                var children = leaves.Skip(k).Take(threes).ToArray();
                k += threes;
                var points = weighting == IndicatorWeighting.Weighted ? children.Sum(c => c.Points) : extra;
                twoNodes.Add(new LevelTwoIndicator(new IndicatorCode($"L2-{a}-{b}"), "二级" + b, IndicatorClass.Quantity, points, children));
            }

            var onePoints = weighting == IndicatorWeighting.Weighted ? twoNodes.Sum(c => c.Points) : extra;
            groups.Add(new LevelOneIndicator(new IndicatorCode($"L1-{a}"), "一级" + a, IndicatorClass.Output, onePoints, twoNodes));
        }

        return new IndicatorTree(weighting, groups);
    }

    /// <summary>A valid grade scale: 1 to 4 grades with increasing thresholds strictly inside (0, 100).</summary>
    public static Gen<GradeScale> Scale =>
        from count in Gen.Choose(1, 4)
        from cuts in Gen.Choose(1, 9999).ListOf(count - 1)
        select BuildScale(count, cuts.Distinct().OrderBy(c => c).Select(c => c / 100m).ToArray());

    private static GradeScale BuildScale(int count, decimal[] cuts)
    {
        var grades = new[] { Grade.Poor, Grade.Fair, Grade.Good, Grade.Excellent }.Skip(4 - (cuts.Length + 1)).ToArray();
        var edges = new List<decimal> { 0m };
        edges.AddRange(cuts);
        edges.Add(100m);
        return new GradeScale(Enumerable.Range(0, grades.Length).Select(i => new GradeBand(grades[i], edges[i], edges[i + 1])));
    }

    /// <summary>Decimals in [0, 100] with up to four decimals, including both ends.</summary>
    public static Gen<decimal> Score =>
        Gen.OneOf(Gen.Choose(0, 1_000_000).Select(i => i / 10000m), Gen.Elements(0m, 100m, 59.9999m, 60m, 89.9999m, 90m));
}
