using System;
using System.Linq;
using BudgetPerformance.Catalog;

namespace BudgetPerformance.Tests;

public class CatalogTests
{
    [Fact]
    public void BuiltIn_LoadsSixFrameworks_EachKeepingItsInvariants()
    {
        var frameworks = IndicatorCatalog.BuiltIn;
        Assert.Equal(
            new[] { "project-self-evaluation-2020", "project-evaluation-2020", "project-2013", "whole-department-2013", "whole-budget-2013", "agriculture-development" },
            frameworks.Select(f => f.Id));
        foreach (var framework in frameworks)
        {
            Assert.Empty(IndicatorTree.FindProblems(framework.Tree.Weighting, framework.Tree.Groups));
            foreach (var group in framework.Tree.Groups)
            {
                Assert.False(string.IsNullOrWhiteSpace(framework.GetProvenance(group.Code).Source));
                Assert.All(group.Children, two => Assert.False(string.IsNullOrWhiteSpace(framework.GetProvenance(two.Code).Source)));
            }

            Assert.All(framework.Tree.Indicators, i => Assert.False(string.IsNullOrWhiteSpace(i.Explanation)));
        }
    }

    [Fact]
    public void Load_Afresh_ReadsTheSameFrameworksInTheSameOrderAsTheCache()
    {
        var fresh = IndicatorCatalog.Load();

        Assert.Equal(IndicatorCatalog.BuiltIn.Select(f => f.Id), fresh.Select(f => f.Id));
        Assert.Equal(6, fresh.Count);
        Assert.All(fresh.Zip(IndicatorCatalog.BuiltIn), pair =>
        {
            Assert.NotSame(pair.Second, pair.First);
            Assert.Equal(pair.Second.Title, pair.First.Title);
            Assert.Equal(pair.Second.Tree.ToRows().Count, pair.First.Tree.ToRows().Count);
        });
    }

    [Fact]
    public void SelfEvaluationTemplate_IsOutput50Benefit30Satisfaction10PlusBudget10()
    {
        var template = IndicatorCatalog.Get("project-self-evaluation-2020");
        Assert.Equal(new[] { 50m, 30m, 10m }, template.Tree.Groups.Select(g => g.Points));
        Assert.Equal(new[] { IndicatorClass.Output, IndicatorClass.Benefit, IndicatorClass.Satisfaction }, template.Tree.Groups.Select(g => g.Class));
        Assert.Equal(10m, template.BudgetExecutionPoints);
        Assert.Equal(100m, template.TotalPoints);
        Assert.Contains(template.Tree.Groups[1].Children, c => c.Class == IndicatorClass.SustainableImpact);
    }

    [Fact]
    public void EvaluationFramework2020_HasDecisionProcessOutputBenefit()
    {
        var framework = IndicatorCatalog.Get("project-evaluation-2020");
        Assert.Equal(new[] { "decision", "process", "output", "benefit" }, framework.Tree.Groups.Select(g => g.Class.Code));
        Assert.Contains(framework.Tree.Indicators, i => i.Name == "资金到位率" && i.Direction == Direction.AtLeast && i.Unit == "%");
        Assert.True(framework.IsFullyVerified);
    }

    [Fact]
    public void Project2013_InputIsWeighted20As15Plus5FromRealForms()
    {
        var input = IndicatorCatalog.Get("project-2013").Tree.Groups[0];
        Assert.Equal(IndicatorClass.Input, input.Class);
        Assert.Equal(20m, input.Points);
        Assert.Equal(new[] { 15m, 5m }, input.Children.Select(c => c.Points));
        Assert.Equal(new[] { 3m, 2m }, input.Children[1].Children.Select(c => c.Points));
    }

    [Fact]
    public void WholeDepartment2013_StaffControlRateIsAtMost100Percent()
    {
        var framework = IndicatorCatalog.Get("whole-department-2013");
        Assert.Equal(FrameworkScope.WholeDepartment, framework.Scope);
        var staff = framework.Tree.GetIndicator(new IndicatorCode("input.allocation.staff"));
        Assert.Equal(Direction.AtMost, staff.Direction);
        Assert.Equal(100m, staff.Target);
    }

    [Fact]
    public void WholeBudget2013_StopsAtLevelTwoWithUnverifiedPlaceholders()
    {
        var framework = IndicatorCatalog.Get("whole-budget-2013");
        Assert.Empty(framework.Tree.Indicators);
        Assert.False(framework.IsFullyVerified);
        Assert.All(framework.Tree.Groups.SelectMany(g => g.Children), two => Assert.False(framework.GetProvenance(two.Code).IsVerified));
        Assert.All(framework.Tree.Groups, one => Assert.True(framework.GetProvenance(one.Code).IsVerified));
    }

    [Fact]
    public void AgricultureLibrary_IsIndividualWithAtLeast12QuantifiedIndicators()
    {
        var library = IndicatorCatalog.Get("agriculture-development");
        Assert.Equal(FrameworkOrigin.Individual, library.Origin);
        Assert.Equal(Sector.Agriculture, library.Sector);
        Assert.True(library.Tree.Indicators.Count >= 12);
        var quantitative = library.Tree.Indicators.Where(i => i.Kind == IndicatorKind.Quantitative).ToList();
        Assert.True(quantitative.Count >= 12);
        Assert.All(quantitative, i => Assert.False(string.IsNullOrWhiteSpace(i.Unit)));
        Assert.Contains(quantitative, i => i.Direction == Direction.AtMost);
        Assert.Contains(quantitative, i => i.Direction == Direction.EqualTo);
        Assert.False(library.IsFullyVerified);
    }

    [Fact]
    public void Get_UnknownId_ThrowsKeyNotFound() => Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => IndicatorCatalog.Get("nope"));

    [Fact]
    public void Framework_ProvenanceMissingForANode_Throws()
    {
        var tree = Samples.AgricultureTree();
        var e = Assert.Throws<DomainInvariantException>(() => new IndicatorFramework("x", new LocalizedName("甲", "A"), FrameworkScope.Project, FrameworkOrigin.Common, null, "src", 10m, tree,
            new System.Collections.Generic.Dictionary<IndicatorCode, Provenance>()));
        Assert.Equal(ProblemCodes.ProvenanceMismatch, e.ProblemCode);
        Assert.Equal("provenance", e.ParamName);
    }
}
