using System.Linq;
using System.Text.Json.Nodes;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Rules;
using static BudgetPerformance.Json.Tests.RuleSetEnvelopeMappingTests;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Issue 17 items 5 and 6 in rule-set documents: the budget block's points per evaluation type
/// (<c>budgetExecution.pointsByType</c>) and what each type must record (<c>recordRequirements</c>), read, reported and
/// written back.
/// </summary>
public class BudgetBlockRuleReadingTests
{
    private const string Src = """{ "reference": "某市财政局文件", "kind": "local" }""";

    [Fact]
    public void National_RecordRequirements_SelfEvaluationBudget_FinanceEvaluationVisit()
    {
        var r = Read(Preset()).RecordRequirements!;

        Assert.Equal([EvaluationType.SelfEvaluation], r.BudgetExecution);
        Assert.Equal([EvaluationType.FinanceEvaluation], r.OnSiteVisit);
        Assert.Equal("财预〔2020〕10号", r.Source.Reference);
    }

    [Theory]
    [InlineData("national-2020")]
    [InlineData("linqu-county-2021")]
    [InlineData("example-budget20-ratio")]
    [InlineData("example-uncapped-1dp")]
    public void ScoringPresets_KeepTheNationalRequirements(string id)
    {
        var r = RuleSetPresets.Get(id).RecordRequirements!;

        Assert.True(r.RequiresBudgetExecution(EvaluationType.SelfEvaluation));
        Assert.True(r.RequiresOnSiteVisit(EvaluationType.FinanceEvaluation));
        Assert.Equal((1, 1), (r.BudgetExecution.Count, r.OnSiteVisit.Count));
    }

    [Fact]
    public void RecordRequirements_Empty_RequireNothing_AndWriteBack()
    {
        var doc = Preset();
        doc["recordRequirements"] = JsonNode.Parse($$"""{ "budgetExecution": [], "onSiteVisit": [], "source": {{Src}} }""");

        var rules = Read(doc);

        Assert.Empty(rules.RecordRequirements!.BudgetExecution);
        Assert.Empty(rules.RecordRequirements.OnSiteVisit);
        var written = JsonNode.Parse(JsonDocuments.RuleSet.Write(rules))!["recordRequirements"]!;
        Assert.Equal("""{"budgetExecution":[],"onSiteVisit":[],"source":{"reference":"某市财政局文件","kind":"local"}}""", written.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void RecordRequirements_BadValues_AreReportedAtEachValue()
    {
        var doc = Preset();
        doc["recordRequirements"] = JsonNode.Parse("""{ "budgetExecution": ["peer-review"], "onSiteVisit": ["finance-evaluation", "site-tour"], "source": { "reference": "x", "kind": "rumour" } }""");

        Assert.Equal(
        [
            "invalid-value $.recordRequirements.budgetExecution[0]",
            "invalid-value $.recordRequirements.onSiteVisit[1]",
            "invalid-value $.recordRequirements.source.kind",
        ], CodesAndPaths(doc));
    }

    [Fact]
    public void RecordRequirements_MissingList_IsRequiredMissing()
    {
        var doc = Preset();
        doc["recordRequirements"] = JsonNode.Parse($$"""{ "budgetExecution": [], "source": {{Src}} }""");

        Assert.Equal(["required-missing $.recordRequirements.onSiteVisit"], CodesAndPaths(doc));
    }

    [Fact]
    public void BudgetExecution_NoTypeListed_HasNoBlockForAnyType()
    {
        var doc = Preset();
        doc["budgetExecution"]!["appliesTo"] = new JsonArray();

        var b = Read(doc).BudgetExecution!;

        Assert.Empty(b.AppliesTo);
        Assert.Null(b.PointsFor(EvaluationType.SelfEvaluation));
    }

    [Fact]
    public void BudgetExecution_PointsByType_AreReadAndWrittenBack()
    {
        var doc = Preset();
        doc["budgetExecution"]!["pointsByType"] = JsonNode.Parse("""[{ "type": "department-evaluation", "points": 20 }, { "type": "self-evaluation", "points": 0 }]""");

        var rules = Read(doc);
        var b = rules.BudgetExecution!;

        Assert.Equal((0m, 20m, (decimal?)null), (b.PointsFor(EvaluationType.SelfEvaluation)!.Value, b.PointsFor(EvaluationType.DepartmentEvaluation)!.Value, b.PointsFor(EvaluationType.FinanceEvaluation)));
        var written = JsonNode.Parse(JsonDocuments.RuleSet.Write(rules))!["budgetExecution"]!;
        Assert.Equal("""[{"type":"self-evaluation","points":0},{"type":"department-evaluation","points":20}]""", written["pointsByType"]!.ToJsonString());
        Assert.Empty(written["appliesTo"]!.AsArray());
        Assert.Equal(JsonDocuments.RuleSet.Write(rules), JsonDocuments.RuleSet.Write(JsonDocuments.RuleSet.Read(JsonDocuments.RuleSet.Write(rules))));
    }

    [Fact]
    public void BudgetExecution_PointsByType_BadValues_AreReportedAtEachValue()
    {
        var doc = Preset();
        doc["budgetExecution"]!["pointsByType"] = JsonNode.Parse("""
            [{ "type": "department-evaluation", "points": -1 }, { "type": "department-evaluation", "points": 20 }]
            """);

        Assert.Equal(
        [
            ("invalid-value", "$.budgetExecution.pointsByType[0].points", "The value must not be negative."),
            ("invalid-value", "$.budgetExecution.pointsByType[1].type", "The budget block's points are given twice for DepartmentEvaluation."),
        ], Entries(doc));
    }

    [Fact]
    public void BudgetExecution_PointsByType_UnknownType_IsReportedAtTheType()
    {
        var doc = Preset();
        doc["budgetExecution"]!["pointsByType"] = JsonNode.Parse("""[{ "type": "peer-review", "points": 5 }]""");

        Assert.Equal(["invalid-value $.budgetExecution.pointsByType[0].type"], CodesAndPaths(doc));
    }

    private static RuleSet Read(JsonNode doc)
    {
        Assert.True(JsonDocuments.RuleSet.TryRead(doc.ToJsonString(), out var rules, out var report), report.ToString());
        return rules!;
    }

    private static string[] CodesAndPaths(JsonNode doc) => [.. Entries(doc).Select(e => e.Code + " " + e.Path)];
}
