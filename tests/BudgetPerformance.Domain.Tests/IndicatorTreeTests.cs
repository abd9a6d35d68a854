using System;
using System.Linq;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPerformance.Tests;

public class IndicatorTreeTests
{
    private static LevelTwoIndicator Two(string code, decimal points, params LevelThreeIndicator[] children) =>
        new(new IndicatorCode(code), "二级" + code, IndicatorClass.Quantity, points, children);

    private static LevelOneIndicator One(string code, decimal points, params LevelTwoIndicator[] children) =>
        new(new IndicatorCode(code), "一级" + code, IndicatorClass.Output, points, children);

    [Fact]
    public void Constructor_ExampleTree_HasNinetyPointsAndNineIndicatorsInOrder()
    {
        var tree = Samples.AgricultureTree();
        Assert.Equal(90m, tree.TotalPoints);
        Assert.Equal(9, tree.Indicators.Count);
        Assert.Equal("1.1.1", tree.Indicators[0].Code.Value);
        Assert.Equal("3.1.1", tree.Indicators[^1].Code.Value);
        Assert.Equal("亩均建设成本", tree.GetIndicator(new IndicatorCode("1.4.1")).Name);
    }

    [Fact]
    public void Constructor_LevelTwoPointsDoNotAddUp_ThrowsNamingTheNode()
    {
        var e = Assert.Throws<DomainInvariantException>(() => new IndicatorTree(IndicatorWeighting.Weighted,
            [One("1", 10m, Two("1.1", 10m, Samples.Q("1.1.1", "a", Direction.AtLeast, 1m, "个", 6m), Samples.Q("1.1.2", "b", Direction.AtLeast, 1m, "个", 3m)))]));
        Assert.Equal("groups", e.ParamName);
        Assert.Equal(ProblemCodes.PointsSum, e.Problem.Code);
        Assert.Equal("1.1", e.Problem.Location.IndicatorCode);
        Assert.Contains("1.1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_LevelOnePointsDoNotAddUp_ThrowsNamingTheNode()
    {
        var e = Assert.Throws<DomainInvariantException>(() => new IndicatorTree(IndicatorWeighting.Weighted,
            [One("1", 50m, Two("1.1", 9m, Samples.Q("1.1.1", "a", Direction.AtLeast, 1m, "个", 9m)))]));
        Assert.Equal(ProblemCodes.PointsSum, e.Problem.Code);
        Assert.Equal("1", e.Problem.Location.IndicatorCode);
    }

    [Fact]
    public void Constructor_TemplateWithoutSums_IsAccepted()
    {
        var tree = new IndicatorTree(IndicatorWeighting.Template, [One("1", 50m, Two("1.1", 0m))]);
        Assert.Empty(tree.Indicators);
        Assert.Equal(50m, tree.TotalPoints);
    }

    [Fact]
    public void Constructor_WeightedEmptyLevelTwo_Throws()
    {
        var e = Assert.Throws<DomainInvariantException>(() => new IndicatorTree(IndicatorWeighting.Weighted, [One("1", 0m, Two("1.1", 0m))]));
        Assert.Equal(ProblemCodes.ChildrenRequired, e.Problem.Code);
        Assert.Equal("1.1", e.Problem.Location.IndicatorCode);
    }

    [Fact]
    public void Constructor_CodeUsedAtTwoLevels_ThrowsDuplicateCode()
    {
        var e = Assert.Throws<DomainInvariantException>(() => new IndicatorTree(IndicatorWeighting.Weighted,
            [One("1", 5m, Two("1.1", 5m, Samples.Q("1", "a", Direction.AtLeast, 1m, "个", 5m)))]));
        Assert.Equal(ProblemCodes.DuplicateCode, e.Problem.Code);
        Assert.Equal("1", e.Problem.Location.IndicatorCode);
    }

    [Fact]
    public void LevelTwoConstructor_DuplicateChildCodes_Throws()
    {
        var e = Assert.Throws<DomainInvariantException>(() => Two("1.1", 2m, Samples.Q("x", "a", Direction.AtLeast, 1m, "个", 1m), Samples.Q("x", "b", Direction.AtLeast, 1m, "个", 1m)));
        Assert.Equal("children", e.ParamName);
        Assert.Equal("x", e.Problem.Location.IndicatorCode);
    }

    [Fact]
    public void FindProblems_SeveralBrokenNodes_ReportsAllAtOnce()
    {
        var problems = IndicatorTree.FindProblems(IndicatorWeighting.Weighted,
        [
            One("1", 10m, Two("1.1", 3m, Samples.Q("a", "a", Direction.AtLeast, 1m, "个", 1m))),
            One("2", 10m, Two("2.1", 10m, Samples.Q("a", "b", Direction.AtLeast, 1m, "个", 10m))),
        ]);
        Assert.Contains(problems, p => p.Code == ProblemCodes.PointsSum && p.Location.IndicatorCode == "1.1");
        Assert.Contains(problems, p => p.Code == ProblemCodes.PointsSum && p.Location.IndicatorCode == "1");
        Assert.Contains(problems, p => p.Code == ProblemCodes.DuplicateCode && p.Location.IndicatorCode == "a");
        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void Constructor_NoGroups_Throws() =>
        Assert.Equal(ProblemCodes.ChildrenRequired, Assert.Throws<DomainInvariantException>(() => new IndicatorTree(IndicatorWeighting.Weighted, [])).Problem.Code);

    [Fact]
    public void Constructor_NullGroup_ThrowsArgumentExceptionNotNullReference() =>
        Assert.Equal("groups", Assert.Throws<ArgumentException>(() => new IndicatorTree(IndicatorWeighting.Weighted, [null!])).ParamName);

    [Fact]
    public void LevelOneConstructor_LevelTwoClass_ThrowsClassLevelMismatch()
    {
        var e = Assert.Throws<DomainInvariantException>(() => new LevelOneIndicator(new IndicatorCode("1"), "产出", IndicatorClass.Quantity, 1m, [Two("1.1", 1m)]));
        Assert.Equal("indicatorClass", e.ParamName);
        Assert.Equal(ProblemCodes.ClassLevelMismatch, e.Problem.Code);
    }

    [Fact]
    public void LevelOneConstructor_BlankName_ThrowsNameRequired()
    {
        var e = Assert.Throws<DomainInvariantException>(() => new LevelOneIndicator(new IndicatorCode("1"), "  ", IndicatorClass.Output, 1m, [Two("1.1", 1m)]));
        Assert.Equal("name", e.ParamName);
        Assert.Equal("1", e.Problem.Location.IndicatorCode);
    }

    [Fact]
    public void ToRows_ExampleTree_OneRowPerIndicatorRepeatingItsParents()
    {
        var rows = Samples.AgricultureTree().ToRows();
        Assert.Equal(9, rows.Count);
        Assert.Equal("产出指标", rows[0].LevelOne.Name);
        Assert.Equal("数量指标", rows[1].LevelTwo.Name);
        Assert.Equal(25m, rows[1].LevelTwo.Points);
        Assert.Equal("受益农户满意度", rows[8].Indicator!.Name);
    }

    [Fact]
    public void FromRows_NonContiguousLevelOne_Throws()
    {
        var rows = Samples.AgricultureTree().ToRows().ToList();
        (rows[0], rows[6]) = (rows[6], rows[0]);
        var e = Assert.Throws<DomainInvariantException>(() => IndicatorTree.FromRows(IndicatorWeighting.Weighted, rows));
        Assert.Equal(ProblemCodes.RowsInconsistent, e.Problem.Code);
    }

    [Fact]
    public void FromRows_RowsDisagreeAboutParentPoints_Throws()
    {
        var rows = Samples.AgricultureTree().ToRows().ToList();
        var first = rows[0];
        rows[0] = new IndicatorRow(first.LevelOne, new RowNode(first.LevelTwo.Code, first.LevelTwo.Name, first.LevelTwo.Class, 24m), first.Indicator);
        var e = Assert.Throws<DomainInvariantException>(() => IndicatorTree.FromRows(IndicatorWeighting.Weighted, rows));
        Assert.Equal("1.1", e.Problem.Location.IndicatorCode);
    }

    [Fact]
    public void FromRows_LaterRowOfALevelTwoNodeDisagreesAboutItsLevelOneNode_Throws()
    {
        // Rows 0 and 1 are both under 1.1; row 1 names level-1 node 1 with other points. Only the first row of each
        // level-2 node used to be checked, so the disagreement was silently dropped (the first row won).
        var rows = Samples.AgricultureTree().ToRows().ToList();
        Assert.Equal(rows[0].LevelTwo.Code, rows[1].LevelTwo.Code);
        var second = rows[1];
        rows[1] = new IndicatorRow(new RowNode(second.LevelOne.Code, "产出", second.LevelOne.Class, 49m), second.LevelTwo, second.Indicator);
        var e = Assert.Throws<DomainInvariantException>(() => IndicatorTree.FromRows(IndicatorWeighting.Weighted, rows));
        Assert.Equal(ProblemCodes.RowsInconsistent, e.Problem.Code);
        Assert.Equal("1", e.Problem.Location.IndicatorCode);
        Assert.Contains("Row 1 disagrees with earlier rows about level-1 node 1.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRows_TemplatePlaceholderRows_RoundTrip()
    {
        var template = new IndicatorTree(IndicatorWeighting.Template, [One("1", 50m, Two("1.1", 0m), Two("1.2", 0m, Samples.Q("1.2.1", "a", Direction.AtLeast, 1m, "个", 0m)))]);
        var rows = template.ToRows();
        Assert.Null(rows[0].Indicator);
        Assert.Equal(rows, IndicatorTree.FromRows(IndicatorWeighting.Template, rows).ToRows());
        Assert.Throws<DomainInvariantException>(() => IndicatorTree.FromRows(IndicatorWeighting.Weighted, rows));
    }

    [Property(MaxTest = 200)]
    public Property GeneratedWeightedTree_KeepsItsInvariants() =>
        Prop.ForAll(Generators.Tree(IndicatorWeighting.Weighted).ToArbitrary(), tree =>
        {
            var codes = tree.Groups.SelectMany(g => new[] { g.Code }.Concat(g.Children.SelectMany(t => new[] { t.Code }.Concat(t.Children.Select(i => i.Code))))).ToList();
            return codes.Distinct().Count() == codes.Count
                && tree.Groups.All(g => g.Points == g.Children.Sum(c => c.Points) && g.Children.All(t => t.Points == t.Children.Sum(i => i.Points) && t.Children.Count > 0))
                && tree.TotalPoints == tree.Indicators.Sum(i => i.Points)
                && IndicatorTree.FindProblems(tree.Weighting, tree.Groups).Count == 0
                && tree.Indicators.All(i => (i.Kind == IndicatorKind.Quantitative) == (i.Target is not null && i.Unit is not null));
        });

    [Property(MaxTest = 200)]
    public Property RowsToTreeToRows_IsTheIdentity() =>
        Prop.ForAll(Gen.Elements(IndicatorWeighting.Weighted, IndicatorWeighting.Template).SelectMany(Generators.Tree).ToArbitrary(), tree =>
        {
            var rows = tree.ToRows();
            return rows.SequenceEqual(IndicatorTree.FromRows(tree.Weighting, rows).ToRows());
        });
}

public class LevelThreeIndicatorTests
{
    [Fact]
    public void Quantitative_WithoutUnit_ThrowsUnitRequiredNamingCode()
    {
        var e = Assert.Throws<DomainInvariantException>(() => LevelThreeIndicator.Quantitative(new IndicatorCode("1.1.1"), "面积", Direction.AtLeast, 5000m, " ", 15m));
        Assert.Equal("unit", e.ParamName);
        Assert.Equal(ProblemCodes.UnitRequired, e.Problem.Code);
        Assert.Equal("1.1.1", e.Problem.Location.IndicatorCode);
    }

    [Fact]
    public void Constructor_QuantitativeWithoutTarget_ThrowsTargetRequired()
    {
        var e = Assert.Throws<DomainInvariantException>(() => new LevelThreeIndicator(new IndicatorCode("x"), "面积", IndicatorKind.Quantitative, Direction.AtLeast, null, "亩", ValueBasis.Plan, 1m));
        Assert.Equal("target", e.ParamName);
        Assert.Equal(ProblemCodes.TargetRequired, e.Problem.Code);
    }

    [Fact]
    public void Constructor_QualitativeWithUnit_ThrowsQualitativeHasMeasure()
    {
        var e = Assert.Throws<DomainInvariantException>(() => new LevelThreeIndicator(new IndicatorCode("x"), "质量", IndicatorKind.Qualitative, Direction.Qualitative, null, "%", ValueBasis.Plan, 1m));
        Assert.Equal("unit", e.ParamName);
        Assert.Equal(ProblemCodes.QualitativeHasMeasure, e.Problem.Code);
    }

    [Fact]
    public void Quantitative_QualitativeDirection_ThrowsDirectionKindMismatch() =>
        Assert.Equal(ProblemCodes.DirectionKindMismatch, Assert.Throws<DomainInvariantException>(() =>
            LevelThreeIndicator.Quantitative(new IndicatorCode("x"), "a", Direction.Qualitative, 1m, "个", 1m)).Problem.Code);

    [Fact]
    public void Constructor_NegativePoints_ThrowsPointsNegative()
    {
        var e = Assert.Throws<DomainInvariantException>(() => LevelThreeIndicator.Qualitative(new IndicatorCode("x"), "a", -0.01m));
        Assert.Equal("points", e.ParamName);
        Assert.Equal(ProblemCodes.PointsNegative, e.Problem.Code);
    }

    [Fact]
    public void Constructor_NullName_ThrowsArgumentNull() =>
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => LevelThreeIndicator.Qualitative(new IndicatorCode("x"), null!, 1m)).ParamName);

    [Fact]
    public void Constructor_DefaultCode_Throws() =>
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => LevelThreeIndicator.Qualitative(default, "a", 1m)).ParamName);

    [Fact]
    public void FindProblems_SeveralProblems_ListsEach()
    {
        var problems = LevelThreeIndicator.FindProblems(new IndicatorCode("x"), "", IndicatorKind.Quantitative, Direction.AtLeast, null, null, -1m);
        Assert.Equal(new[] { ProblemCodes.NameRequired, ProblemCodes.PointsNegative, ProblemCodes.TargetRequired, ProblemCodes.UnitRequired }, problems.Select(p => p.Code));
    }

    [Fact]
    public void DirectionSymbols_RoundTrip()
    {
        foreach (var direction in Enum.GetValues<Direction>())
        {
            Assert.True(DirectionSymbols.TryParse(DirectionSymbols.Of(direction), out var parsed));
            Assert.Equal(direction, parsed);
        }

        Assert.True(DirectionSymbols.TryParse("≥", out var ge) && ge == Direction.AtLeast);
        Assert.False(DirectionSymbols.TryParse("=>", out _));
    }
}
