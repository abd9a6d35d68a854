using System;
using System.Linq;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Tests;

/// <summary>
/// Two-level score sheets (issue 17 item 6; docs/concepts.md, "Two-level score sheets"): a level-1 node whose
/// level-3 indicators sit directly under it holds one level-2 node of class <see cref="IndicatorClass.NotPrinted"/>
/// with its own code, name and points, so every consumer still sees three levels and no heading is made up.
/// </summary>
public class TwoLevelSheetTests
{
    private static readonly IndicatorClass Result = IndicatorClass.Custom(1, "result", new LocalizedName("结果", "Result"));

    private static LevelThreeIndicator Judged(string code, decimal points) => LevelThreeIndicator.Qualitative(new IndicatorCode(code), "指标" + code, points);

    private static LevelOneIndicator Sheet(string code, decimal points, params LevelThreeIndicator[] indicators) =>
        LevelOneIndicator.WithoutLevelTwo(new IndicatorCode(code), "结果", Result, points, indicators);

    [Fact]
    public void WithoutLevelTwo_HoldsOneUnprintedLevelTwoNodeWithItsCodeNameAndPoints()
    {
        var one = Sheet("3", 25m, Judged("3.1", 15m), Judged("3.2", 10m));

        var two = Assert.Single(one.Children);
        Assert.False(one.HasLevelTwoHeadings);
        Assert.Equal((new IndicatorCode("3"), "结果", IndicatorClass.NotPrinted, 25m, false), (two.Code, two.Name, two.Class, two.Points, two.IsPrinted));
        Assert.Equal(["3.1", "3.2"], one.Indicators.Select(i => i.Code.Value));
    }

    [Fact]
    public void OrdinaryLevelOne_HasLevelTwoHeadings()
    {
        var one = new LevelOneIndicator(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 10m,
            [new LevelTwoIndicator(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, 10m, [Judged("1.1.1", 10m)])]);

        Assert.True(one.HasLevelTwoHeadings);
        Assert.True(one.Children[0].IsPrinted);
    }

    [Fact]
    public void UnprintedLevelTwo_BesideAnotherChildOrWithOtherCodeOrPoints_IsShapeConflict()
    {
        var unprinted = new LevelTwoIndicator(new IndicatorCode("1"), "结果", IndicatorClass.NotPrinted, 10m, [Judged("1.1", 10m)]);
        var printed = new LevelTwoIndicator(new IndicatorCode("1.2"), "数量指标", IndicatorClass.Quantity, 0m, []);

        var beside = Assert.Throws<DomainInvariantException>(() => new LevelOneIndicator(new IndicatorCode("1"), "结果", Result, 10m, [unprinted, printed]));
        var otherCode = Assert.Throws<DomainInvariantException>(() => new LevelOneIndicator(new IndicatorCode("9"), "结果", Result, 10m, [unprinted]));
        var otherPoints = Assert.Throws<DomainInvariantException>(() => new LevelOneIndicator(new IndicatorCode("1"), "结果", Result, 12m, [unprinted]));

        Assert.All([beside, otherCode, otherPoints], e => Assert.Equal(ProblemCodes.ShapeConflict, e.Problem.Code));
        Assert.Equal("The unprinted level-2 node of level-1 node 9 must be its only child and have the code and points of 9.", otherCode.Problem.MessageEn);
    }

    [Fact]
    public void Tree_OfTwoLevelNodes_SharesNoCodeTwiceAndChecksTheIndicatorsAgainstTheLevelOnePoints()
    {
        var tree = new IndicatorTree(IndicatorWeighting.Weighted, [Sheet("1", 10m, Judged("1.1", 10m)), Sheet("2", 5m, Judged("2.1", 5m))]);
        var problems = IndicatorTree.FindProblems(IndicatorWeighting.Weighted, [Sheet("1", 12m, Judged("1.1", 10m))]);

        Assert.Equal(15m, tree.TotalPoints);
        Assert.Equal(["The children of 1 have 10 points in all, not the 12 of 1."], problems.Select(p => p.MessageEn));
    }

    [Fact]
    public void Tree_ToRowsAndFromRows_KeepsTheTwoLevelShape()
    {
        var tree = new IndicatorTree(IndicatorWeighting.Weighted,
        [
            Sheet("1", 10m, Judged("1.1", 4m), Judged("1.2", 6m)),
            new LevelOneIndicator(new IndicatorCode("2"), "产出指标", IndicatorClass.Output, 5m,
                [new LevelTwoIndicator(new IndicatorCode("2.1"), "数量指标", IndicatorClass.Quantity, 5m, [Judged("2.1.1", 5m)])]),
        ]);

        var rows = tree.ToRows();
        var back = IndicatorTree.FromRows(IndicatorWeighting.Weighted, rows);

        Assert.Equal([false, false, true], rows.Select(r => r.LevelTwo.IsPrinted));
        Assert.Equal(["结果 / 指标1.1", "结果 / 指标1.2", "产出指标 / 数量指标 / 指标2.1.1"], rows.Select(r => r.ToString()));
        Assert.Equal([false, true], back.Groups.Select(g => g.HasLevelTwoHeadings));
        Assert.Equal(rows, back.ToRows());
    }

    [Fact]
    public void NotPrinted_IsNoBuiltInClassAndNoCustomClassMayTakeItsCode()
    {
        Assert.False(IndicatorClass.TryGetBuiltIn(2, "not-printed", out _));
        Assert.DoesNotContain(IndicatorClass.NotPrinted, IndicatorClass.BuiltIn);
        Assert.True(IndicatorClass.IsReserved("not-printed"));
        Assert.False(IndicatorClass.IsReserved("result"));
        var e = Assert.Throws<ArgumentException>(() => IndicatorClass.Custom(2, "not-printed", new LocalizedName("无", "None")));
        Assert.Equal("code", e.ParamName);
    }
}
