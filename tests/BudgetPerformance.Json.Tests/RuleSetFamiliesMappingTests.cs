using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetPerformance.Admission;
using BudgetPerformance.Grades;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// The rule families the national preset does not use (rectification, distribution, the small-amount exemption,
/// expenditure standards and review grading), read, written and rejected with exact report entries.
/// </summary>
public class RuleSetFamiliesMappingTests
{
    private const string Source = """{ "reference": "某市财政局文件", "kind": "local" }""";

    [Fact]
    public void Preset_BaseDocument_IsValid()
    {
        var rules = JsonDocuments.RuleSet.Read(Bytes(Preset()));

        Assert.Equal("national-2020", rules.Id);
        Assert.Null(rules.Rectification);
        Assert.Null(rules.Distribution);
    }

    [Fact]
    public void LocalFamilies_AreReadWithEveryValueAndRoundTrip()
    {
        var doc = WithLocalFamilies();

        var rules = JsonDocuments.RuleSet.Read(Bytes(doc));

        Assert.Equal(RectificationConsequence.FurtherCut, rules.Rectification!.Consequence);
        Assert.Equal(0.1m, rules.Rectification.FurtherCutRate);
        Assert.Equal("某市财政局文件", rules.Rectification.Source.Reference);
        Assert.Equal(SourceKind.Local, rules.Rectification.Source.Kind);
        Assert.Equal([Grade.Excellent], rules.Distribution!.TopGrades);
        Assert.Equal(0.3m, rules.Distribution.MaximumTopShare);
        Assert.Equal([Grade.Fair, Grade.Poor], rules.Distribution.BottomGrades);
        Assert.Equal(0.05m, rules.Distribution.MinimumBottomShare);
        Assert.Equal(new SourceCitation("某市财政局文件", SourceKind.Local), rules.Distribution.Source);
        var exemption = rules.Admission!.SmallAmountExemption!;
        Assert.Equal(Money.FromYuan(500000m), exemption.Below);
        Assert.Equal([AdmissionCheck.ExAnteAssessmentRequired], exemption.Exempted);
        var standard = Assert.Single(rules.TargetReview!.ExpenditureStandards);
        Assert.Equal("亩均建设成本", standard.IndicatorName);
        Assert.Equal("元/亩", standard.Unit);
        Assert.Equal(3000m, standard.Maximum);
        var grading = rules.TargetReview.Grading!;
        Assert.Equal(20m, grading.ErrorDeduction);
        Assert.Equal(5m, grading.WarningDeduction);
        Assert.Equal(1m, grading.AdviceDeduction);
        Assert.Equal(GradeScale.National2020, grading.Scale);
        Assert.Equal(new SourceCitation("某市财政局文件", SourceKind.Local), grading.Source);

        var written = JsonDocuments.RuleSet.Write(rules);
        Assert.Equal(written, JsonDocuments.RuleSet.Write(JsonDocuments.RuleSet.Read(written)));
        var again = JsonNode.Parse(written)!;
        Assert.Equal("亩均建设成本", (string?)again["targetReview"]!["expenditureStandards"]![0]!["indicatorName"]);
        Assert.Equal(4, again["targetReview"]!["grading"]!["bands"]!.AsArray().Count);
        Assert.Equal("further-cut", (string?)again["rectification"]!["consequence"]);
    }

    [Fact]
    public void BadValuesInTheLocalFamilies_AreReportedAtEachValue()
    {
        var doc = WithLocalFamilies();
        doc["rectification"]!["consequence"] = "forgive";
        doc["distribution"]!["topGrades"]![0] = "best";
        doc["admission"]!["smallAmountExemption"]!["exempted"]![0] = "everything";
        doc["targetReview"]!["requiredClasses"]![0]!["anyOf"]!.AsArray().Add((JsonNode)JsonValue.Create("benefit-ish"));
        doc["targetReview"]!["grading"]!["bands"]![0]!["upper"] = -1;
        doc["indicatorScoring"]!["strategies"]![0]!["kind"] = "magic";
        doc["indicatorScoring"]!["indicatorRounding"]!["decimals"] = 29;

        Assert.Equal(
        [
            "grade-band-invalid $.targetReview.grading.bands[0].upper",
            "invalid-value $.admission.smallAmountExemption.exempted[0]",
            "invalid-value $.distribution.topGrades[0]",
            "invalid-value $.indicatorScoring.indicatorRounding.decimals",
            "invalid-value $.indicatorScoring.strategies[0].kind",
            "invalid-value $.rectification.consequence",
            "unknown-class $.targetReview.requiredClasses[0].anyOf[1]",
        ], Entries(doc));
    }

    [Fact]
    public void GradeBandWithAnUnknownGradeOrANegativeLowerEdge_IsInvalid()
    {
        var doc = WithLocalFamilies();
        doc["targetReview"]!["grading"]!["bands"]![0]!["grade"] = "bad";
        doc["targetReview"]!["grading"]!["bands"]![1]!["lower"] = -60;

        Assert.Equal(
        [
            "grade-band-invalid $.targetReview.grading.bands[1].lower",
            "invalid-value $.targetReview.grading.bands[0].grade",
        ], Entries(doc));
    }

    [Fact]
    public void FurtherCutWithoutARate_IsRejectedAtTheRate()
    {
        var doc = WithLocalFamilies();
        doc["rectification"]!.AsObject().Remove("furtherCutRate");

        Assert.Equal(["invalid-value $.rectification.furtherCutRate"], Entries(doc));
    }

    private static JsonNode WithLocalFamilies()
    {
        var doc = Preset();
        doc["rectification"] = JsonNode.Parse($$"""{ "consequence": "further-cut", "furtherCutRate": 0.1, "source": {{Source}} }""");
        doc["distribution"] = JsonNode.Parse($$"""
            { "topGrades": ["excellent"], "maximumTopShare": 0.3, "bottomGrades": ["poor", "fair"], "minimumBottomShare": 0.05, "source": {{Source}} }
            """);
        doc["admission"]!["smallAmountExemption"] = JsonNode.Parse($$"""
            { "below": 500000, "exempted": ["ex-ante-assessment-required"], "source": {{Source}} }
            """);
        doc["targetReview"]!["expenditureStandards"] = JsonNode.Parse($$"""
            [{ "indicatorName": "亩均建设成本", "unit": "元/亩", "maximum": 3000, "source": {{Source}} }]
            """);
        doc["targetReview"]!["grading"] = JsonNode.Parse($$"""
            {
              "errorDeduction": 20, "warningDeduction": 5, "adviceDeduction": 1,
              "bands": [
                { "grade": "excellent", "lower": 90, "upper": 100 },
                { "grade": "good", "lower": 80, "upper": 90 },
                { "grade": "fair", "lower": 60, "upper": 80 },
                { "grade": "poor", "lower": 0, "upper": 60 }
              ],
              "source": {{Source}}
            }
            """);
        return doc;
    }

    private static JsonNode Preset() =>
        JsonNode.Parse(File.ReadAllBytes(Path.Combine(Documents.RepositoryRoot(), "src", "BudgetPerformance.Json", "Presets", "national-2020.json")))!;

    private static string[] Entries(JsonNode doc)
    {
        Assert.False(JsonDocuments.RuleSet.TryRead(Bytes(doc), out var value, out var report));
        Assert.Null(value);
        return [.. report.Problems.Select(e => e.Code + " " + e.Location.JsonPath).Order(StringComparer.Ordinal)];
    }

    private static byte[] Bytes(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            node.WriteTo(writer);
        }

        return buffer.ToArray();
    }
}
