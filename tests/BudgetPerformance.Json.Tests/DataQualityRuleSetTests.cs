using System.Linq;
using System.Text.Json.Nodes;
using BudgetPerformance.Rules;
using static BudgetPerformance.Json.Tests.RuleSetEnvelopeMappingTests;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Issue 17, item 7 in rule-set documents: <c>indicatorScoring.dataQuality</c> (docs/json/rule-set.md,
/// docs/rules/data-quality.md) is read, written and checked; absent, it is the default (keep the score, flag it).
/// </summary>
public class DataQualityRuleSetTests
{
    private static RuleSet Read(JsonNode doc)
    {
        Assert.True(JsonDocuments.RuleSet.TryRead(doc.ToJsonString(), out var value, out var report), report.ToString());
        return value!;
    }

    [Theory]
    [InlineData("national-2020")]
    [InlineData("linqu-county-2021")]
    [InlineData("example-budget20-ratio")]
    [InlineData("example-uncapped-1dp")]
    public void Presets_CarryTheDefault_KeepTheScoreAndFlagIt(string id)
    {
        var quality = RuleSetPresets.Get(id).IndicatorScoring!.DataQuality;
        Assert.Equal((DataQualityPolicy.KeepScore, DataQualityPolicy.KeepScore), (quality.ZeroTarget, quality.ZeroReverseActual));
        Assert.Equal(DataQualityRules.Default.Source, quality.Source);
    }

    [Fact]
    public void Absent_IsTheDefault()
    {
        var doc = Preset();
        doc["indicatorScoring"]!.AsObject().Remove("dataQuality");
        Assert.Same(DataQualityRules.Default, Read(doc).IndicatorScoring!.DataQuality);
    }

    [Fact]
    public void Policies_AreRead_AndWrittenBack()
    {
        var doc = Preset();
        doc["indicatorScoring"]!["dataQuality"]!["zeroTarget"] = "reject";
        doc["indicatorScoring"]!["dataQuality"]!["zeroReverseActual"] = "score-zero";
        doc["indicatorScoring"]!["dataQuality"]!["source"] = new JsonObject { ["reference"] = "某市财政局文件", ["kind"] = "local" };
        var rules = Read(doc);
        var quality = rules.IndicatorScoring!.DataQuality;
        Assert.Equal((DataQualityPolicy.Reject, DataQualityPolicy.ScoreZero, "某市财政局文件", SourceKind.Local), (quality.ZeroTarget, quality.ZeroReverseActual, quality.Source.Reference, quality.Source.Kind));

        var written = JsonNode.Parse(JsonDocuments.RuleSet.Write(rules))!["indicatorScoring"]!["dataQuality"]!;
        Assert.Equal(("reject", "score-zero"), ((string?)written["zeroTarget"], (string?)written["zeroReverseActual"]));
    }

    [Fact]
    public void BadValues_AreInvalidValues_AtTheirPaths()
    {
        var doc = Preset();
        doc["indicatorScoring"]!["dataQuality"]!["zeroTarget"] = "full-points";
        doc["indicatorScoring"]!["dataQuality"]!["source"]!["kind"] = "x";
        Assert.Equal(
            ["invalid-value $.indicatorScoring.dataQuality.source.kind", "invalid-value $.indicatorScoring.dataQuality.zeroTarget"],
            Entries(doc).Select(e => e.Code + " " + e.Path));
    }
}
