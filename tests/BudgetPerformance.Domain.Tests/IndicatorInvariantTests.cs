using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Tests;

/// <summary>
/// The invariants of the three-level indicator system (docs/concepts.md, "Problem codes"): each problem with its code,
/// the node it names and its wording; rows ↔ tree; level-3 equality field by field and text.
/// </summary>
public class IndicatorInvariantTests
{
    private static readonly IndicatorCode C111 = new("1.1.1");

    private static LevelThreeIndicator Leaf(string code, decimal points) => Samples.Q(code, "指标" + code, Direction.AtLeast, 10m, "个", points);

    private static LevelTwoIndicator Two(string code, decimal points, params LevelThreeIndicator[] children) =>
        new(new IndicatorCode(code), "二级" + code, IndicatorClass.Quantity, points, children);

    private static LevelOneIndicator One(string code, decimal points, params LevelTwoIndicator[] children) =>
        new(new IndicatorCode(code), "一级" + code, IndicatorClass.Output, points, children);

    [Fact]
    public void FindProblems_PointsSum_WordsActualAndExpected()
    {
        var problems = IndicatorTree.FindProblems(IndicatorWeighting.Weighted, [One("1", 30m, Two("1.1", 30m, Leaf("1.1.1", 10m), Leaf("1.1.2", 15m)))]);

        var problem = Assert.Single(problems);
        Assert.Equal((ProblemCodes.PointsSum, "1.1", "The children of 1.1 have 25 points in all, not the 30 of 1.1."), (problem.Code, problem.Location.IndicatorCode, problem.MessageEn));
    }

    [Fact]
    public void FindProblems_LevelOneSum_IsCheckedOnItsOwn()
    {
        var problems = IndicatorTree.FindProblems(IndicatorWeighting.Weighted, [One("1", 20.5m, Two("1.1", 10m, Leaf("1.1.1", 10m)), Two("1.2", 10m, Leaf("1.2.1", 10m)))]);

        var problem = Assert.Single(problems);
        Assert.Equal((ProblemCodes.PointsSum, "1", "The children of 1 have 20 points in all, not the 20.5 of 1."), (problem.Code, problem.Location.IndicatorCode, problem.MessageEn));
    }

    [Fact]
    public void FindProblems_ExactDecimalSums_HaveNoProblem()
    {
        Assert.Empty(IndicatorTree.FindProblems(IndicatorWeighting.Weighted, [One("1", 10.00m, Two("1.1", 10.0m, Leaf("1.1.1", 3.33m), Leaf("1.1.2", 6.67m)))]));
        Assert.Single(IndicatorTree.FindProblems(IndicatorWeighting.Weighted, [One("1", 10m, Two("1.1", 10m, Leaf("1.1.1", 3.33m), Leaf("1.1.2", 6.66m)))]), p => p.Location.IndicatorCode == "1.1");
    }

    [Fact]
    public void FindProblems_WeightedEmptyLevelTwo_IsChildrenRequiredOnly()
    {
        var problems = IndicatorTree.FindProblems(IndicatorWeighting.Weighted, [One("1", 10m, Two("1.1", 10m))]);

        var problem = Assert.Single(problems);
        Assert.Equal((ProblemCodes.ChildrenRequired, "1.1", "Level-2 node 1.1 has no level-3 indicators."), (problem.Code, problem.Location.IndicatorCode, problem.MessageEn));
    }

    [Fact]
    public void FindProblems_Template_AcceptsEmptyNodesAndPointsThatDoNotAddUp()
    {
        Assert.Empty(IndicatorTree.FindProblems(IndicatorWeighting.Template, [One("1", 50m, Two("1.1", 7m), Two("1.2", 3m, Leaf("1.2.1", 1m)))]));
    }

    [Fact]
    public void FindProblems_Template_StillRefusesDuplicateCodesAndNoGroups()
    {
        var problems = IndicatorTree.FindProblems(IndicatorWeighting.Template, [One("1", 0m, Two("1.1", 0m, Leaf("1", 0m)))]);

        var problem = Assert.Single(problems);
        Assert.Equal((ProblemCodes.DuplicateCode, "1", "The code 1 is used more than once in the tree."), (problem.Code, problem.Location.IndicatorCode, problem.MessageEn));
        var none = Assert.Single(IndicatorTree.FindProblems(IndicatorWeighting.Template, []));
        Assert.Equal((ProblemCodes.ChildrenRequired, (string?)null, "The tree has no level-1 nodes."), (none.Code, none.Location.IndicatorCode, none.MessageEn));
    }

    [Fact]
    public void FindProblems_DuplicatesAcrossLevelOneNodes_AtEveryLevel()
    {
        var problems = IndicatorTree.FindProblems(IndicatorWeighting.Weighted,
        [
            One("1", 10m, Two("1.1", 10m, Leaf("x", 10m))),
            One("2", 10m, Two("1.1", 10m, Leaf("x", 10m))),
            One("1", 10m, Two("3.1", 10m, Leaf("3.1.1", 10m))),
        ]);

        Assert.Equal(["1.1", "x", "1"], problems.Select(p => p.Location.IndicatorCode));
        Assert.All(problems, p => Assert.Equal(ProblemCodes.DuplicateCode, p.Code));
    }

    [Fact]
    public void Constructor_ThrowsTheFirstProblemNamingGroups()
    {
        var e = Assert.Throws<DomainInvariantException>(() => new IndicatorTree(IndicatorWeighting.Weighted,
            [One("1", 10m, Two("1.1", 9m, Leaf("1.1.1", 9m))), One("2", 5m, Two("2.1", 5m))]));

        Assert.Equal(("groups", ProblemCodes.PointsSum, "1"), (e.ParamName, e.Problem.Code, e.Problem.Location.IndicatorCode));
        Assert.StartsWith("The children of 1 have 9 points in all, not the 10 of 1.", e.Message, StringComparison.Ordinal);
        Assert.Equal("weighting", Assert.Throws<ArgumentOutOfRangeException>(() => new IndicatorTree((IndicatorWeighting)2, [One("1", 0m, Two("1.1", 0m))])).ParamName);
        var nullItem = Assert.Throws<ArgumentException>(() => new IndicatorTree(IndicatorWeighting.Template, [One("1", 0m, Two("1.1", 0m)), null!]));
        Assert.Equal("groups", nullItem.ParamName);
        Assert.StartsWith("Item 1 is null.", nullItem.Message, StringComparison.Ordinal);
        Assert.Equal("groups", Assert.Throws<ArgumentNullException>(() => new IndicatorTree(IndicatorWeighting.Template, null!)).ParamName);
    }

    [Fact]
    public void Tree_PropertiesAndLookup()
    {
        var tree = Samples.AgricultureTree();

        Assert.Equal(IndicatorWeighting.Weighted, tree.Weighting);
        Assert.Equal(90m, tree.TotalPoints);
        Assert.Equal(["1", "2", "3"], tree.Groups.Select(g => g.Code.Value));
        Assert.True(tree.TryGetIndicator(new IndicatorCode("2.3.1"), out var found));
        Assert.Equal(IndicatorKind.Qualitative, found.Kind);
        Assert.False(tree.TryGetIndicator(new IndicatorCode("2.3"), out var none));
        Assert.Null(none);
        Assert.Same(found, tree.GetIndicator(new IndicatorCode("2.3.1")));
        var e = Assert.Throws<KeyNotFoundException>(() => tree.GetIndicator(new IndicatorCode("2.3")));
        Assert.Equal("The tree has no level-3 indicator 2.3.", e.Message);
        Assert.Equal(["2.1.1", "2.2.1", "2.3.1"], tree.Groups[1].Indicators.Select(i => i.Code.Value));
    }

    [Fact]
    public void Template_TotalPointsIsTheSumOfLevelOnePoints()
    {
        var tree = new IndicatorTree(IndicatorWeighting.Template, [One("1", 50m, Two("1.1", 0m)), One("2", 30.5m, Two("2.1", 99m, Leaf("2.1.1", 1m)))]);

        Assert.Equal(80.5m, tree.TotalPoints);
        Assert.Equal(IndicatorWeighting.Template, tree.Weighting);
        Assert.Equal(["2.1.1"], tree.Indicators.Select(i => i.Code.Value));
    }

    [Fact]
    public void ToRows_TemplateEmptyLevelTwo_GivesOnePlaceholderRow()
    {
        var tree = new IndicatorTree(IndicatorWeighting.Template, [One("1", 50m, Two("1.1", 0m), Two("1.2", 5m, Leaf("1.2.1", 5m), Leaf("1.2.2", 5m)))]);

        var rows = tree.ToRows();

        Assert.Equal(3, rows.Count);
        Assert.Null(rows[0].Indicator);
        Assert.Equal(("1", "1.1"), (rows[0].LevelOne.Code.Value, rows[0].LevelTwo.Code.Value));
        Assert.Equal(["1.2.1", "1.2.2"], rows.Skip(1).Select(r => r.Indicator!.Code.Value));
        Assert.All(rows.Skip(1), r => Assert.Equal((new IndicatorCode("1.2"), "二级1.2", IndicatorClass.Quantity, 5m), (r.LevelTwo.Code, r.LevelTwo.Name, r.LevelTwo.Class, r.LevelTwo.Points)));
        Assert.All(rows, r => Assert.Equal((new IndicatorCode("1"), "一级1", IndicatorClass.Output, 50m), (r.LevelOne.Code, r.LevelOne.Name, r.LevelOne.Class, r.LevelOne.Points)));
    }

    [Fact]
    public void FromRows_RebuildsNamesClassesAndPoints()
    {
        var tree = IndicatorTree.FromRows(IndicatorWeighting.Weighted, Samples.AgricultureTree().ToRows());

        Assert.Equal(90m, tree.TotalPoints);
        var two = tree.Groups[1].Children[2];
        Assert.Equal((new IndicatorCode("2.3"), "可持续影响指标", IndicatorClass.SustainableImpact, 10m), (two.Code, two.Name, two.Class, two.Points));
        var one = tree.Groups[2];
        Assert.Equal((new IndicatorCode("3"), "满意度指标", IndicatorClass.Satisfaction, 10m), (one.Code, one.Name, one.Class, one.Points));
        Assert.Equal(Samples.AgricultureTree().Indicators, tree.Indicators);
        Assert.Equal([4, 3, 1], tree.Groups.Select(g => g.Children.Count));
    }

    [Fact]
    public void FromRows_PlaceholderInAWeightedTree_IsInconsistent()
    {
        var one = new RowNode(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 10m);
        var two = new RowNode(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, 10m);

        var e = Assert.Throws<DomainInvariantException>(() => IndicatorTree.FromRows(IndicatorWeighting.Weighted, [new IndicatorRow(one, two, null)]));

        Assert.Equal(("rows", ProblemCodes.RowsInconsistent, "1.1"), (e.ParamName, e.Problem.Code, e.Problem.Location.IndicatorCode));
        Assert.StartsWith("Level-2 node 1.1 has a placeholder row; placeholders stand alone and only in templates.", e.Message, StringComparison.Ordinal);
        var template = IndicatorTree.FromRows(IndicatorWeighting.Template, [new IndicatorRow(one, two, null)]);
        Assert.Empty(template.Groups[0].Children[0].Children);
    }

    [Fact]
    public void FromRows_PlaceholderNextToIndicatorRows_IsInconsistentEvenInATemplate()
    {
        var one = new RowNode(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 10m);
        var two = new RowNode(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, 10m);

        var e = Assert.Throws<DomainInvariantException>(() => IndicatorTree.FromRows(IndicatorWeighting.Template,
            [new IndicatorRow(one, two, Leaf("1.1.1", 10m)), new IndicatorRow(one, two, null)]));

        Assert.Equal(("rows", ProblemCodes.RowsInconsistent, "1.1"), (e.ParamName, e.Problem.Code, e.Problem.Location.IndicatorCode));
    }

    [Fact]
    public void FromRows_LaterRowDisagreesAboutItsLevelTwoNode_NamesTheRow()
    {
        var rows = Samples.AgricultureTree().ToRows().ToList();
        var changed = new RowNode(rows[1].LevelTwo.Code, rows[1].LevelTwo.Name, rows[1].LevelTwo.Class, 26m);
        rows[1] = new IndicatorRow(rows[1].LevelOne, changed, rows[1].Indicator);

        var e = Assert.Throws<DomainInvariantException>(() => IndicatorTree.FromRows(IndicatorWeighting.Weighted, rows));

        Assert.Equal(("rows", ProblemCodes.RowsInconsistent, "1.1"), (e.ParamName, e.Problem.Code, e.Problem.Location.IndicatorCode));
        Assert.StartsWith("Row 1 disagrees with earlier rows about level-2 node 1.1.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRows_LevelOneNodeResumedLater_NamesTheRow()
    {
        var rows = Samples.AgricultureTree().ToRows().ToList();
        var last = rows[^1];
        rows.Insert(1, last);

        var e = Assert.Throws<DomainInvariantException>(() => IndicatorTree.FromRows(IndicatorWeighting.Weighted, rows));

        Assert.Equal(("rows", ProblemCodes.RowsInconsistent, "1"), (e.ParamName, e.Problem.Code, e.Problem.Location.IndicatorCode));
        Assert.StartsWith("The rows of level-1 node 1 are not contiguous (row 2).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRows_NoRowsOrANullRow()
    {
        var e = Assert.Throws<DomainInvariantException>(() => IndicatorTree.FromRows(IndicatorWeighting.Template, []));
        Assert.Equal(("groups", ProblemCodes.ChildrenRequired), (e.ParamName, e.Problem.Code));
        Assert.Equal("rows", Assert.Throws<ArgumentException>(() => IndicatorTree.FromRows(IndicatorWeighting.Template, [null!])).ParamName);
        Assert.StartsWith("Item 0 is null.", Assert.Throws<ArgumentException>(() => IndicatorTree.FromRows(IndicatorWeighting.Template, [null!])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LevelTwo_NodeChecks_CodeSubjectParameterAndWording()
    {
        var wrongClass = Assert.Throws<DomainInvariantException>(() => new LevelTwoIndicator(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Output, 10m, []));
        Assert.Equal(("indicatorClass", ProblemCodes.ClassLevelMismatch, "1.1"), (wrongClass.ParamName, wrongClass.Problem.Code, wrongClass.Problem.Location.IndicatorCode));
        Assert.StartsWith("Level-2 node 1.1 has the level-1 class 'output'.", wrongClass.Message, StringComparison.Ordinal);

        var blank = Assert.Throws<DomainInvariantException>(() => new LevelTwoIndicator(new IndicatorCode("1.1"), " ", IndicatorClass.Quantity, 10m, []));
        Assert.Equal(("name", ProblemCodes.NameRequired, "1.1"), (blank.ParamName, blank.Problem.Code, blank.Problem.Location.IndicatorCode));
        Assert.StartsWith("Level-2 node 1.1 has no name.", blank.Message, StringComparison.Ordinal);

        var negative = Assert.Throws<DomainInvariantException>(() => new LevelTwoIndicator(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, -0.01m, []));
        Assert.StartsWith("Level-2 node 1.1 has negative points.", negative.Message, StringComparison.Ordinal);
        Assert.Equal(0m, new LevelTwoIndicator(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, 0m, []).Points);

        var duplicate = Assert.Throws<DomainInvariantException>(() => Two("1.1", 2m, Leaf("1.1.1", 1m), Leaf("1.1.1", 1m)));
        Assert.Equal(("children", ProblemCodes.DuplicateCode, "1.1.1"), (duplicate.ParamName, duplicate.Problem.Code, duplicate.Problem.Location.IndicatorCode));
        Assert.StartsWith("The code 1.1.1 is used more than once.", duplicate.Message, StringComparison.Ordinal);

        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new LevelTwoIndicator(new IndicatorCode("1.1"), null!, IndicatorClass.Quantity, 0m, [])).ParamName);
        Assert.Equal("indicatorClass", Assert.Throws<ArgumentNullException>(() => new LevelTwoIndicator(new IndicatorCode("1.1"), "n", null!, 0m, [])).ParamName);
        Assert.Equal("children", Assert.Throws<ArgumentNullException>(() => new LevelTwoIndicator(new IndicatorCode("1.1"), "n", IndicatorClass.Quantity, 0m, null!)).ParamName);
        Assert.StartsWith("The code must be a created IndicatorCode.", Assert.Throws<ArgumentException>(() => new LevelTwoIndicator(default, "n", IndicatorClass.Quantity, 0m, [])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LevelOne_NodeChecks_CodeSubjectParameterAndWording()
    {
        var wrongClass = Assert.Throws<DomainInvariantException>(() => new LevelOneIndicator(new IndicatorCode("1"), "产出指标", IndicatorClass.Quantity, 10m, [Two("1.1", 10m)]));
        Assert.StartsWith("Level-1 node 1 has the level-2 class 'quantity'.", wrongClass.Message, StringComparison.Ordinal);
        var negative = Assert.Throws<DomainInvariantException>(() => new LevelOneIndicator(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, -1m, [Two("1.1", 10m)]));
        Assert.Equal(("points", ProblemCodes.PointsNegative, "1"), (negative.ParamName, negative.Problem.Code, negative.Problem.Location.IndicatorCode));
        Assert.StartsWith("Level-1 node 1 has negative points.", negative.Message, StringComparison.Ordinal);
        var empty = Assert.Throws<DomainInvariantException>(() => new LevelOneIndicator(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 0m, []));
        Assert.StartsWith("Level-1 node 1 has no level-2 nodes.", empty.Message, StringComparison.Ordinal);
        var duplicate = Assert.Throws<DomainInvariantException>(() => One("1", 0m, Two("1.1", 0m), Two("1.1", 0m)));
        Assert.Equal(("children", ProblemCodes.DuplicateCode, "1.1"), (duplicate.ParamName, duplicate.Problem.Code, duplicate.Problem.Location.IndicatorCode));
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => new LevelOneIndicator(default, "产出指标", IndicatorClass.Output, 0m, [Two("1.1", 0m)])).ParamName);

        var node = One("1", 10m, Two("1.1", 10m));
        Assert.Equal((new IndicatorCode("1"), "一级1", IndicatorClass.Output, 10m), (node.Code, node.Name, node.Class, node.Points));
    }

    [Fact]
    public void LevelThree_FindProblems_EveryWordingAndParameter()
    {
        var all = LevelThreeIndicator.FindProblems(C111, " ", IndicatorKind.Quantitative, Direction.Qualitative, null, " ", -1m);

        Assert.Equal(
        [
            (ProblemCodes.NameRequired, "Indicator 1.1.1 has no name.", "name"),
            (ProblemCodes.PointsNegative, "Indicator 1.1.1 has negative points.", "points"),
            (ProblemCodes.DirectionKindMismatch, "Indicator 1.1.1 is Quantitative but its direction is Qualitative.", "direction"),
            (ProblemCodes.TargetRequired, "Quantitative indicator 1.1.1 has no target value.", "target"),
            (ProblemCodes.UnitRequired, "Quantitative indicator 1.1.1 has no unit.", "unit"),
        ], all.Select(p => (p.Code, p.MessageEn, p.Location.Element)));
        Assert.All(all, p => Assert.Equal("1.1.1", p.Location.IndicatorCode));
    }

    [Fact]
    public void LevelThree_FindProblems_QualitativeSide()
    {
        var mismatch = Assert.Single(LevelThreeIndicator.FindProblems(C111, "n", IndicatorKind.Qualitative, Direction.AtLeast, null, null, 0m));
        Assert.Equal((ProblemCodes.DirectionKindMismatch, "Indicator 1.1.1 is Qualitative but its direction is AtLeast.", "direction"), (mismatch.Code, mismatch.MessageEn, mismatch.Location.Element));

        var target = Assert.Single(LevelThreeIndicator.FindProblems(C111, "n", IndicatorKind.Qualitative, Direction.Qualitative, 0m, "亩", 0m));
        Assert.Equal((ProblemCodes.QualitativeHasMeasure, "Qualitative indicator 1.1.1 must have neither a target value nor a unit.", "target"), (target.Code, target.MessageEn, target.Location.Element));
        var unit = Assert.Single(LevelThreeIndicator.FindProblems(C111, "n", IndicatorKind.Qualitative, Direction.Qualitative, null, "", 0m));
        Assert.Equal((ProblemCodes.QualitativeHasMeasure, "unit"), (unit.Code, unit.Location.Element));

        Assert.Empty(LevelThreeIndicator.FindProblems(C111, "n", IndicatorKind.Qualitative, Direction.Qualitative, null, null, 0m));
        Assert.Empty(LevelThreeIndicator.FindProblems(C111, "n", IndicatorKind.Quantitative, Direction.LessThan, 0m, "%", 0m));
    }

    [Fact]
    public void LevelThree_Constructor_ThrowsTheFirstProblemWithItsParameter()
    {
        var e = Assert.Throws<DomainInvariantException>(() => new LevelThreeIndicator(C111, "面积", IndicatorKind.Quantitative, Direction.AtLeast, 10m, "", ValueBasis.Plan, 5m));
        Assert.Equal(("unit", ProblemCodes.UnitRequired, "1.1.1"), (e.ParamName, e.Problem.Code, e.Problem.Location.IndicatorCode));
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new LevelThreeIndicator(C111, "面积", (IndicatorKind)2, Direction.AtLeast, 10m, "亩", ValueBasis.Plan, 5m)).ParamName);
        Assert.Equal("direction", Assert.Throws<ArgumentOutOfRangeException>(() => new LevelThreeIndicator(C111, "面积", IndicatorKind.Quantitative, (Direction)6, 10m, "亩", ValueBasis.Plan, 5m)).ParamName);
        Assert.Equal("valueBasis", Assert.Throws<ArgumentOutOfRangeException>(() => new LevelThreeIndicator(C111, "面积", IndicatorKind.Quantitative, Direction.AtLeast, 10m, "亩", (ValueBasis)6, 5m)).ParamName);
        var noCode = Assert.Throws<ArgumentException>(() => new LevelThreeIndicator(default, "面积", IndicatorKind.Quantitative, Direction.AtLeast, 10m, "亩", ValueBasis.Plan, 5m));
        Assert.Equal("code", noCode.ParamName);
        Assert.StartsWith("The code must be a created IndicatorCode.", noCode.Message, StringComparison.Ordinal);
        Assert.StartsWith("A scoring rule reference, when given, must not be blank.",
            Assert.Throws<ArgumentException>(() => LevelThreeIndicator.Qualitative(C111, "质量", 5m, scoringRule: "")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LevelThree_FactoriesKeepEveryValue()
    {
        var q = LevelThreeIndicator.Quantitative(C111, "面积", Direction.LessThan, 3000m, "元", 10m, ValueBasis.BudgetExpenditureStandard, "每亩成本", "reverse-ratio");
        Assert.Equal(
            (C111, "面积", IndicatorKind.Quantitative, Direction.LessThan, (decimal?)3000m, "元", ValueBasis.BudgetExpenditureStandard, 10m, "每亩成本", "reverse-ratio"),
            (q.Code, q.Name, q.Kind, q.Direction, q.Target, q.Unit, q.ValueBasis, q.Points, q.Explanation, q.ScoringRule));

        var d = LevelThreeIndicator.Quantitative(C111, "面积", Direction.AtLeast, 1m, "亩", 0m);
        Assert.Equal((ValueBasis.NotStated, (string?)null, (string?)null), (d.ValueBasis, d.Explanation, d.ScoringRule));

        var l = LevelThreeIndicator.Qualitative(C111, "质量", 5m, ValueBasis.Industry, "依据验收报告", "judgement");
        Assert.Equal(
            (IndicatorKind.Qualitative, Direction.Qualitative, (decimal?)null, (string?)null, ValueBasis.Industry, 5m, "依据验收报告", "judgement"),
            (l.Kind, l.Direction, l.Target, l.Unit, l.ValueBasis, l.Points, l.Explanation, l.ScoringRule));
    }

    [Fact]
    public void LevelThree_EqualityFieldByField()
    {
        LevelThreeIndicator Make(string code = "1.1.1", string name = "面积", Direction direction = Direction.AtLeast, decimal target = 10m, string unit = "亩",
            ValueBasis basis = ValueBasis.Plan, decimal points = 5m, string? explanation = "说明", string? rule = "r") =>
            LevelThreeIndicator.Quantitative(new IndicatorCode(code), name, direction, target, unit, points, basis, explanation, rule);

        var a = Make();
        Assert.True(a.Equals((object)Make()));
        Assert.Equal(a.GetHashCode(), Make().GetHashCode());
        Assert.NotEqual(a, Make(code: "1.1.2"));
        Assert.NotEqual(a, Make(name: "面积2"));
        Assert.NotEqual(a, Make(direction: Direction.GreaterThan));
        Assert.NotEqual(a, Make(target: 11m));
        Assert.NotEqual(a, Make(unit: "公顷"));
        Assert.NotEqual(a, Make(basis: ValueBasis.Industry));
        Assert.NotEqual(a, Make(points: 6m));
        Assert.NotEqual(a, Make(explanation: null));
        Assert.NotEqual(a, Make(rule: null));
        Assert.False(a.Equals((LevelThreeIndicator?)null));
        Assert.False(a.Equals((object)"1.1.1"));
        Assert.NotEqual(a.GetHashCode(), Make(target: 11m).GetHashCode());

        var qualitative = LevelThreeIndicator.Qualitative(C111, "面积", 5m);
        Assert.NotEqual(qualitative, LevelThreeIndicator.Qualitative(C111, "面积", 5m, ValueBasis.Other));
        Assert.Equal(qualitative, LevelThreeIndicator.Qualitative(C111, "面积", 5.0m));
    }

    [Fact]
    public void LevelThree_Text()
    {
        var tree = Samples.AgricultureTree();

        Assert.Equal("1.1.1 高标准农田建设面积 >= 5000 亩 (15)", tree.Indicators[0].ToString());
        Assert.Equal("1.4.1 亩均建设成本 <= 3000 元 (10)", tree.Indicators[4].ToString());
        Assert.Equal("2.3.1 耕地质量改善 qualitative (10)", tree.Indicators[7].ToString());
        Assert.Equal("x 率 < 0.5 % (2.50)", LevelThreeIndicator.Quantitative(new IndicatorCode("x"), "率", Direction.LessThan, 0.5m, "%", 2.50m).ToString());
    }

    [Fact]
    public void RowNode_FieldByFieldEquality()
    {
        var node = new RowNode(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 50m);

        Assert.True(node == new RowNode(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 50.0m));
        Assert.False(node != new RowNode(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 50.0m));
        Assert.False(node == new RowNode(new IndicatorCode("2"), "产出指标", IndicatorClass.Output, 50m));
        Assert.False(node == new RowNode(new IndicatorCode("1"), "产出", IndicatorClass.Output, 50m));
        Assert.False(node == new RowNode(new IndicatorCode("1"), "产出指标", IndicatorClass.Benefit, 50m));
        Assert.True(node != new RowNode(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 49m));
        Assert.False(node.Equals((object)"1 产出指标"));
        Assert.Equal(node.GetHashCode(), new RowNode(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 50.0m).GetHashCode());
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new RowNode(new IndicatorCode("1"), null!, IndicatorClass.Output, 1m)).ParamName);
        Assert.Equal("indicatorClass", Assert.Throws<ArgumentNullException>(() => new RowNode(new IndicatorCode("1"), "n", null!, 1m)).ParamName);
    }

    [Fact]
    public void IndicatorRow_EqualityComparesTheIndicator()
    {
        var one = new RowNode(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 10m);
        var two = new RowNode(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, 10m);
        var other = new RowNode(new IndicatorCode("1.2"), "质量指标", IndicatorClass.Quality, 10m);
        var row = new IndicatorRow(one, two, Leaf("1.1.1", 10m));

        Assert.True(row.Equals(new IndicatorRow(one, two, Leaf("1.1.1", 10m))));
        Assert.False(row.Equals(new IndicatorRow(one, two, Leaf("1.1.1", 9m))));
        Assert.False(row.Equals(new IndicatorRow(one, two, null)));
        Assert.False(row.Equals(new IndicatorRow(one, other, Leaf("1.1.1", 10m))));
        Assert.False(row.Equals(new IndicatorRow(other, two, Leaf("1.1.1", 10m))));
        Assert.False(row.Equals((IndicatorRow?)null));
        Assert.True(new IndicatorRow(one, two, null).Equals(new IndicatorRow(one, two, null)));
        Assert.Equal((one, two), (row.LevelOne, row.LevelTwo));
    }

    [Fact]
    public void ProblemCodes_AreTheStableTextsOfTheGlossary()
    {
        Assert.Equal(
            ["name-required", "points-negative", "points-sum", "duplicate-code", "target-required", "unit-required", "qualitative-has-measure",
             "direction-kind-mismatch", "class-level-mismatch", "children-required", "rows-inconsistent", "provenance-mismatch", "record-mismatch",
             "evaluation-constraint", "amount-negative", "reference-unknown", "year-mismatch"],
            new[]
            {
                ProblemCodes.NameRequired, ProblemCodes.PointsNegative, ProblemCodes.PointsSum, ProblemCodes.DuplicateCode, ProblemCodes.TargetRequired,
                ProblemCodes.UnitRequired, ProblemCodes.QualitativeHasMeasure, ProblemCodes.DirectionKindMismatch, ProblemCodes.ClassLevelMismatch,
                ProblemCodes.ChildrenRequired, ProblemCodes.RowsInconsistent, ProblemCodes.ProvenanceMismatch, ProblemCodes.RecordMismatch,
                ProblemCodes.EvaluationConstraint, ProblemCodes.AmountNegative, ProblemCodes.ReferenceUnknown, ProblemCodes.YearMismatch,
            });
    }
}
