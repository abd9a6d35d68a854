using System;
using System.Linq;
using BudgetPerformance.Catalog;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Tests;

/// <summary>
/// Argument checks, equality and text of frameworks, indicator nodes and rows, subjects, performers and budget execution.
/// </summary>
public class NodeAndSubjectTests
{
    [Fact]
    public void Provenance_EqualityHashAndText()
    {
        var verified = new Provenance("财预〔2013〕53号", true);

        Assert.False(verified != new Provenance("财预〔2013〕53号", true));
        Assert.True(verified != new Provenance("财预〔2013〕53号", false));
        Assert.True(verified.Equals((object)new Provenance("财预〔2013〕53号", true)));
        Assert.False(verified.Equals((object)"财预〔2013〕53号"));
        Assert.Equal(verified.GetHashCode(), new Provenance("财预〔2013〕53号", true).GetHashCode());
        Assert.Equal("财预〔2013〕53号", verified.ToString());
        Assert.Equal("某省模板 (unverified)", new Provenance("某省模板", false).ToString());
    }

    [Fact]
    public void LevelOne_WithoutChildren_IsChildrenRequired()
    {
        var e = Assert.Throws<DomainInvariantException>(() => new LevelOneIndicator(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 0m, []));

        Assert.Equal(("children", ProblemCodes.ChildrenRequired, "1"), (e.ParamName, e.Problem.Code, e.Problem.Location.IndicatorCode));
    }

    [Fact]
    public void NodeChecks_DefaultCodeAndNegativePoints()
    {
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => new LevelTwoIndicator(default, "数量指标", IndicatorClass.Quantity, 0m, [])).ParamName);
        var e = Assert.Throws<DomainInvariantException>(() => new LevelTwoIndicator(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, -1m, []));
        Assert.Equal(("points", ProblemCodes.PointsNegative, "1.1"), (e.ParamName, e.Problem.Code, e.Problem.Location.IndicatorCode));
    }

    [Fact]
    public void Nodes_ToString_IsCodeAndName()
    {
        var tree = Samples.AgricultureTree();

        Assert.Equal("1 产出指标", tree.Groups[0].ToString());
        Assert.Equal("1.1 数量指标", tree.Groups[0].Children[0].ToString());
    }

    [Fact]
    public void LevelThree_BlankScoringRule_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new LevelThreeIndicator(new IndicatorCode("1.1.1"), "面积", IndicatorKind.Quantitative, Direction.AtLeast, 10m, "亩", ValueBasis.Plan, 5m, null, " "));

        Assert.Equal("scoringRule", e.ParamName);
    }

    [Fact]
    public void LevelThree_HashAgreesWithEquality()
    {
        var a = Samples.Q("1.1.1", "面积", Direction.AtLeast, 10m, "亩", 5m);
        var b = Samples.Q("1.1.1", "面积", Direction.AtLeast, 10.0m, "亩", 5m);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Rows_EqualityHashAndText()
    {
        var rows = Samples.AgricultureTree().ToRows();
        var again = Samples.AgricultureTree().ToRows();
        var one = rows[0].LevelOne;

        Assert.True(rows[0].Equals((object)again[0]));
        Assert.False(rows[0].Equals((object)again[1]));
        Assert.Equal(rows[0].GetHashCode(), again[0].GetHashCode());
        Assert.Equal("产出指标 / 数量指标 / 高标准农田建设面积", rows[0].ToString());
        Assert.Equal("产出指标 / 质量 / (placeholder)", new IndicatorRow(one, new RowNode(new IndicatorCode("1.9"), "质量", IndicatorClass.Quality, 0m), null).ToString());
        Assert.True(one.Equals((object)again[0].LevelOne));
        Assert.False(one.Equals((object)rows[0].LevelTwo));
        Assert.Equal(one.GetHashCode(), again[0].LevelOne.GetHashCode());
        Assert.Equal("1 产出指标", one.ToString());
    }

    [Fact]
    public void Row_DefaultNode_NamesTheParameter()
    {
        var one = Samples.AgricultureTree().ToRows()[0].LevelOne;

        Assert.Equal("levelOne", Assert.Throws<ArgumentException>(() => new IndicatorRow(default, one, null)).ParamName);
        Assert.Equal("levelTwo", Assert.Throws<ArgumentException>(() => new IndicatorRow(one, default, null)).ParamName);
        Assert.StartsWith("The row nodes must be created with a code, name and class.",
            Assert.Throws<ArgumentException>(() => new IndicatorRow(one, default, null)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRows_RowDisagreeingAboutItsLevelOneNode_IsInconsistent()
    {
        // Row 2 is the first row of level-2 node 1.2 (rows 0 and 1 are 1.1.1 and 1.1.2).
        var rows = Samples.AgricultureTree().ToRows().ToList();
        Assert.Equal("1.2.1", rows[2].Indicator!.Code.Value);
        var changed = new RowNode(rows[2].LevelOne.Code, "产出", rows[2].LevelOne.Class, rows[2].LevelOne.Points);
        rows[2] = new IndicatorRow(changed, rows[2].LevelTwo, rows[2].Indicator);

        var e = Assert.Throws<DomainInvariantException>(() => IndicatorTree.FromRows(IndicatorWeighting.Weighted, rows));

        Assert.Equal(("rows", ProblemCodes.RowsInconsistent, "1"), (e.ParamName, e.Problem.Code, e.Problem.Location.IndicatorCode));
        Assert.StartsWith("Row 2 disagrees with earlier rows about level-1 node 1.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRows_LevelTwoNodeSplitAcrossLevelOneNodes_IsInconsistent()
    {
        var rows = Samples.AgricultureTree().ToRows().ToList();
        var first = rows.FindIndex(r => r.LevelOne.Code.Value == "2");
        rows[first] = new IndicatorRow(rows[first].LevelOne, rows[0].LevelTwo, rows[first].Indicator);

        var e = Assert.Throws<DomainInvariantException>(() => IndicatorTree.FromRows(IndicatorWeighting.Weighted, rows));

        Assert.Equal(("rows", ProblemCodes.RowsInconsistent, "1.1"), (e.ParamName, e.Problem.Code, e.Problem.Location.IndicatorCode));
        Assert.StartsWith(FormattableString.Invariant($"The rows of level-2 node 1.1 are not contiguous (row {first})."), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IndicatorClass_Custom_ChecksCodeAndName_AndTextIsTheCode()
    {
        var name = new LocalizedName("地方产出", "Local output");

        Assert.Equal("code", Assert.Throws<ArgumentException>(() => IndicatorClass.Custom(1, "Local Output", name)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => IndicatorClass.Custom(1, "local-output", default)).ParamName);
        var custom = IndicatorClass.Custom(1, "local-output", name);
        Assert.Equal("local-output", custom.ToString());
        Assert.True(custom != IndicatorClass.Output);
        Assert.False(custom != IndicatorClass.Custom(1, "local-output", name));
        Assert.True(custom != null);
    }

    [Fact]
    public void SubjectRef_ObjectEqualityAndSubjectText()
    {
        var r = new SubjectRef(SubjectType.Project, "P001");

        Assert.True(r.Equals((object)new SubjectRef(SubjectType.Project, "P001")));
        Assert.False(r.Equals((object)new SubjectRef(SubjectType.Policy, "P001")));
        Assert.False(r.Equals((object)"P001"));
        Assert.Equal("Department:D01 县农业农村局", new Department("D01", "县农业农村局").ToString());
    }

    [Fact]
    public void SpendingItem_DefaultSector_NamesTheParameter()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            new SpendingItem(SubjectType.Project, "P001", "项目", "D01", null, default, ProjectKind.OneOff, false, Money.FromYuan(1m)));

        Assert.Equal("sector", e.ParamName);
    }

    [Fact]
    public void BudgetExecution_ChecksAndEquality()
    {
        var e = Assert.Throws<DomainInvariantException>(() => new BudgetExecution(Money.FromYuan(-1m), Money.Zero));
        Assert.Equal(("adjustedBudget", ProblemCodes.AmountNegative), (e.ParamName, e.Problem.Code));
        Assert.Equal("recordedScore", Assert.Throws<ArgumentOutOfRangeException>(() => new BudgetExecution(Money.FromYuan(1m), Money.Zero, -1m)).ParamName);
        var a = new BudgetExecution(Money.FromYuan(100m), Money.FromYuan(90m), 9.5m);

        Assert.Equal(a, new BudgetExecution(Money.FromYuan(100.00m), Money.FromYuan(90m), 9.5m));
        Assert.Equal(a.GetHashCode(), new BudgetExecution(Money.FromYuan(100.00m), Money.FromYuan(90m), 9.5m).GetHashCode());
        Assert.NotEqual(a, new BudgetExecution(Money.FromYuan(100m), Money.FromYuan(90m), null));
    }

    [Fact]
    public void Performer_EqualityHashAndText()
    {
        var p = new Performer(PerformerRole.Unit, "农田建设股");

        Assert.False(p != new Performer(PerformerRole.Unit, "农田建设股"));
        Assert.True(p != new Performer(PerformerRole.Department, "农田建设股"));
        Assert.True(p.Equals((object)new Performer(PerformerRole.Unit, "农田建设股")));
        Assert.False(p.Equals((object)"农田建设股"));
        Assert.Equal(p.GetHashCode(), new Performer(PerformerRole.Unit, "农田建设股").GetHashCode());
        Assert.Equal("Unit: 农田建设股", p.ToString());
    }

    [Fact]
    public void OnSiteVisit_HashAgreesWithEquality()
    {
        var v = new OnSiteVisit(new LocalDate(2021, 5, 18), "抽查");

        Assert.Equal(v, new OnSiteVisit(new LocalDate(2021, 5, 18), "抽查"));
        Assert.Equal(v.GetHashCode(), new OnSiteVisit(new LocalDate(2021, 5, 18), "抽查").GetHashCode());
        Assert.NotEqual(v, new OnSiteVisit(new LocalDate(2021, 5, 18)));
    }

    [Fact]
    public void Framework_ProvenanceMissingForANode_Throws()
    {
        var tree = Samples.AgricultureTree();
        var e = Assert.Throws<DomainInvariantException>(() => new IndicatorFramework("x", new LocalizedName("甲", "A"), FrameworkScope.Project, FrameworkOrigin.Common, null, "src", 10m, tree,
            new System.Collections.Generic.Dictionary<IndicatorCode, Provenance>()));
        Assert.Equal(ProblemCodes.ProvenanceMismatch, e.Problem.Code);
        Assert.Equal("provenance", e.ParamName);
    }
}
