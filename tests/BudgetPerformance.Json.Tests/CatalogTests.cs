using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Catalog;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Tests;

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
    public void Framework_ArgumentChecksNameTheParameter()
    {
        var f = IndicatorCatalog.BuiltIn.First(x => x.Origin == FrameworkOrigin.Individual);
        var provenance = Provenances(f);

        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Framework("Bad Id", f.Title, f.Origin, f.Sector, f, provenance)).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => Framework(f.Id, default, f.Origin, f.Sector, f, provenance)).ParamName);
        Assert.Equal("sector", Assert.Throws<ArgumentException>(() => Framework(f.Id, f.Title, f.Origin, null, f, provenance)).ParamName);
        Assert.Equal("sector", Assert.Throws<ArgumentException>(() => Framework(f.Id, f.Title, FrameworkOrigin.Common, f.Sector, f, provenance)).ParamName);
        var extra = new Dictionary<IndicatorCode, Provenance>(provenance) { [new IndicatorCode("9.9.9")] = new("某文件", true) };
        var e = Assert.Throws<DomainInvariantException>(() => Framework(f.Id, f.Title, f.Origin, f.Sector, f, extra));
        Assert.Equal(("provenance", ProblemCodes.ProvenanceMismatch, "9.9.9"), (e.ParamName, e.Problem.Code, e.Problem.Location.IndicatorCode));
        Assert.Equal($"{f.Id} {f.Title.Chinese}", Framework(f.Id, f.Title, f.Origin, f.Sector, f, provenance).ToString());
    }

    private static Dictionary<IndicatorCode, Provenance> Provenances(IndicatorFramework f)
    {
        var codes = f.Tree.Groups.Select(g => g.Code)
            .Concat(f.Tree.Groups.SelectMany(g => g.Children).Select(c => c.Code))
            .Concat(f.Tree.Indicators.Select(i => i.Code));
        return codes.ToDictionary(c => c, f.GetProvenance);
    }

    private static IndicatorFramework Framework(string id, LocalizedName title, FrameworkOrigin origin, Sector? sector, IndicatorFramework f, IReadOnlyDictionary<IndicatorCode, Provenance> provenance) =>
        new(id, title, f.Scope, origin, sector, f.Source, f.BudgetExecutionPoints, f.Tree, provenance);

    [Fact]
    public void Catalog_IdsInOrderAndLookups()
    {
        // docs/concepts.md, "The built-in catalogue".
        Assert.Equal(
            ["project-self-evaluation-2020", "project-evaluation-2020", "project-2013", "whole-department-2013", "whole-budget-2013", "agriculture-development"],
            IndicatorCatalog.BuiltIn.Select(f => f.Id));
        Assert.True(IndicatorCatalog.TryGet("project-2013", out var project));
        Assert.Same(IndicatorCatalog.BuiltIn[2], project);
        Assert.False(IndicatorCatalog.TryGet("Project-2013", out var none));
        Assert.Null(none);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => IndicatorCatalog.TryGet(null!, out _)).ParamName);
        Assert.Same(project, IndicatorCatalog.Get("project-2013"));
        Assert.Equal("There is no built-in framework 'nope'.", Assert.Throws<KeyNotFoundException>(() => IndicatorCatalog.Get("nope")).Message);
    }

    [Fact]
    public void Catalog_ScopesOriginsTotalsAndVerification()
    {
        var self = IndicatorCatalog.Get("project-self-evaluation-2020");
        Assert.Equal((FrameworkScope.Project, FrameworkOrigin.Common, (Sector?)null, 10m), (self.Scope, self.Origin, self.Sector, self.BudgetExecutionPoints));
        Assert.Equal(100m, self.TotalPoints);
        Assert.True(self.IsFullyVerified);
        Assert.Equal(IndicatorWeighting.Template, self.Tree.Weighting);

        var budget = IndicatorCatalog.Get("whole-budget-2013");
        Assert.Equal(FrameworkScope.WholeBudget, budget.Scope);
        Assert.False(budget.IsFullyVerified);
        Assert.True(budget.GetProvenance(budget.Tree.Groups[0].Code).IsVerified);

        Assert.Equal(FrameworkScope.WholeDepartment, IndicatorCatalog.Get("whole-department-2013").Scope);
        Assert.True(IndicatorCatalog.Get("project-2013").IsFullyVerified);
        var agriculture = IndicatorCatalog.Get("agriculture-development");
        Assert.Equal((FrameworkOrigin.Individual, (Sector?)Sector.Agriculture), (agriculture.Origin, agriculture.Sector));
        Assert.False(agriculture.IsFullyVerified);
        Assert.Equal(0m, agriculture.BudgetExecutionPoints);
        Assert.Equal(agriculture.Tree.TotalPoints, agriculture.TotalPoints);

        var e = Assert.Throws<KeyNotFoundException>(() => agriculture.GetProvenance(new IndicatorCode("9.9.9")));
        Assert.Equal("Framework agriculture-development has no node 9.9.9.", e.Message);
    }

    [Fact]
    public void Framework_ConstructorChecks()
    {
        var f = IndicatorCatalog.Get("project-2013");
        var codes = f.Tree.Groups.Select(g => g.Code).Concat(f.Tree.Groups.SelectMany(g => g.Children).Select(c => c.Code)).Concat(f.Tree.Indicators.Select(i => i.Code)).ToList();
        var provenance = codes.ToDictionary(c => c, f.GetProvenance);
        IndicatorFramework Make(string source = "财预〔2013〕53号", decimal budget = 0m, FrameworkScope scope = FrameworkScope.Project,
            FrameworkOrigin origin = FrameworkOrigin.Common, IndicatorTree? tree = null, IReadOnlyDictionary<IndicatorCode, Provenance>? p = null, string id = "own-2013") =>
            new(id, f.Title, scope, origin, null, source, budget, tree ?? f.Tree, p ?? provenance);

        var own = Make(budget: 12.5m);
        Assert.Equal(("own-2013", f.Title, "财预〔2013〕53号", 12.5m), (own.Id, own.Title, own.Source, own.BudgetExecutionPoints));
        Assert.Equal(f.Tree.TotalPoints + 12.5m, own.TotalPoints);
        Assert.Same(f.Tree, own.Tree);
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => Make(source: " ")).ParamName);
        Assert.Equal("budgetExecutionPoints", Assert.Throws<ArgumentOutOfRangeException>(() => Make(budget: -0.01m)).ParamName);
        Assert.Equal("scope", Assert.Throws<ArgumentOutOfRangeException>(() => Make(scope: (FrameworkScope)3)).ParamName);
        Assert.Equal("origin", Assert.Throws<ArgumentOutOfRangeException>(() => Make(origin: (FrameworkOrigin)2)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => Make(id: null!)).ParamName);
        Assert.StartsWith("'Own' is not a valid framework id.", Assert.Throws<ArgumentException>(() => Make(id: "Own")).Message, StringComparison.Ordinal);
        Assert.StartsWith("An individual framework names its sector; a common framework does not.",
            Assert.Throws<ArgumentException>(() => Make(origin: FrameworkOrigin.Individual)).Message, StringComparison.Ordinal);
        Assert.Equal("tree", Assert.Throws<ArgumentNullException>(() => new IndicatorFramework("x", f.Title, FrameworkScope.Project, FrameworkOrigin.Common, null, "s", 0m, null!, provenance)).ParamName);
        Assert.Equal("provenance", Assert.Throws<ArgumentNullException>(() => new IndicatorFramework("x", f.Title, FrameworkScope.Project, FrameworkOrigin.Common, null, "s", 0m, f.Tree, null!)).ParamName);

        var missing = new Dictionary<IndicatorCode, Provenance>(provenance);
        missing.Remove(codes[1]);
        var e = Assert.Throws<DomainInvariantException>(() => Make(p: missing));
        Assert.Equal(("provenance", ProblemCodes.ProvenanceMismatch, codes[1].Value), (e.ParamName, e.Problem.Code, e.Problem.Location.IndicatorCode));
        Assert.StartsWith($"Node {codes[1]} of framework own-2013 has no provenance.", e.Message, StringComparison.Ordinal);

        var blank = new Dictionary<IndicatorCode, Provenance>(provenance) { [codes[0]] = default };
        Assert.Equal(codes[0].Value, Assert.Throws<DomainInvariantException>(() => Make(p: blank)).Problem.Location.IndicatorCode);

        var extra = new Dictionary<IndicatorCode, Provenance>(provenance) { [new IndicatorCode("9.9.9")] = new("某文件", true) };
        Assert.StartsWith("Framework own-2013 gives provenance for 9.9.9, which is not a node of its tree.",
            Assert.Throws<DomainInvariantException>(() => Make(p: extra)).Message, StringComparison.Ordinal);

        var unverified = new Dictionary<IndicatorCode, Provenance>(provenance) { [codes[^1]] = new("某省模板", false) };
        Assert.False(Make(p: unverified).IsFullyVerified);
        Assert.True(Make().IsFullyVerified);
    }
}
