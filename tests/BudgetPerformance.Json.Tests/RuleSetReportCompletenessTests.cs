using System.Linq;
using System.Text.Json.Nodes;
using static BudgetPerformance.Json.Tests.RuleSetEnvelopeMappingTests;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// docs/json/errors.md: the value pass reports <b>every</b> problem it finds. A bad enumeration text in a family or a
/// rule does not hide a bad source of the same family or rule: both are reported, each at its own path.
/// </summary>
public class RuleSetReportCompletenessTests
{
    private const string BadSource = """{ "reference": " ", "kind": "local" }""";

    [Fact]
    public void WeightCheck_BadTypeAndBadSource_AreBothReported()
    {
        var doc = Preset();
        doc["weightCheck"]!["appliesTo"]![1] = "audit";
        doc["weightCheck"]!["source"] = JsonNode.Parse(BadSource);

        Assert.Equal(["invalid-value $.weightCheck.appliesTo[1]", "invalid-value $.weightCheck.source.reference"], CodesAndPaths(doc));
    }

    [Fact]
    public void Rectification_BadConsequenceAndBadSource_AreBothReported()
    {
        var doc = Preset();
        doc["rectification"] = JsonNode.Parse($$"""{ "consequence": "forgive", "source": {{BadSource}} }""");

        Assert.Equal(["invalid-value $.rectification.consequence", "invalid-value $.rectification.source.reference"], CodesAndPaths(doc));
    }

    [Fact]
    public void Distribution_BadGradesAndBadSource_AreAllReported()
    {
        var doc = Preset();
        doc["distribution"] = JsonNode.Parse($$"""{ "topGrades": ["best"], "bottomGrades": ["worst"], "source": {{BadSource}} }""");

        Assert.Equal(
            ["invalid-value $.distribution.bottomGrades[0]", "invalid-value $.distribution.source.reference", "invalid-value $.distribution.topGrades[0]"],
            CodesAndPaths(doc));
    }

    [Fact]
    public void ResultRule_BadGradeKindOrActionAndBadSource_AreAllReported()
    {
        var doc = Preset("korea-sabp");
        var rules = doc["resultApplication"]!["rules"]!;
        rules[0]!["grades"]![0] = "awful";
        rules[0]!["source"] = JsonNode.Parse(BadSource);
        rules[1]!["kinds"] = JsonNode.Parse("""["forever"]""");
        rules[1]!["source"] = JsonNode.Parse(BadSource);
        rules[2]!["action"] = "double";
        rules[2]!["source"] = JsonNode.Parse(BadSource);

        Assert.Equal(
        [
            "invalid-value $.resultApplication.rules[0].grades[0]",
            "invalid-value $.resultApplication.rules[0].source.reference",
            "invalid-value $.resultApplication.rules[1].kinds[0]",
            "invalid-value $.resultApplication.rules[1].source.reference",
            "invalid-value $.resultApplication.rules[2].action",
            "invalid-value $.resultApplication.rules[2].source.reference",
        ], CodesAndPaths(doc));
    }

    [Fact]
    public void AdmissionCheck_BadCheckAndBadSource_AreBothReported()
    {
        var doc = Preset();
        doc["admission"]!["checks"]![0]!["check"] = "luck";
        doc["admission"]!["checks"]![0]!["source"] = JsonNode.Parse(BadSource);

        Assert.Equal(["invalid-value $.admission.checks[0].check", "invalid-value $.admission.checks[0].source.reference"], CodesAndPaths(doc));
    }

    [Fact]
    public void SmallAmountExemption_BadCheckAndBadSource_AreBothReported()
    {
        var doc = Preset();
        doc["admission"]!["smallAmountExemption"] = JsonNode.Parse($$"""{ "below": 1000, "exempted": ["everything"], "source": {{BadSource}} }""");

        Assert.Equal(
            ["invalid-value $.admission.smallAmountExemption.exempted[0]", "invalid-value $.admission.smallAmountExemption.source.reference"],
            CodesAndPaths(doc));
    }

    [Fact]
    public void ReviewGrading_ABadBandAndABadSource_AreBothReported()
    {
        var doc = Preset();
        doc["targetReview"]!["grading"] = JsonNode.Parse($$"""
            { "errorDeduction": 20, "warningDeduction": 5, "adviceDeduction": 1,
              "bands": [{ "grade": "poor", "lower": 0, "upper": 0 }, { "grade": "good", "lower": 60, "upper": 100 }], "source": {{BadSource}} }
            """);

        Assert.Equal(["grade-band-invalid $.targetReview.grading.bands[0].upper", "invalid-value $.targetReview.grading.source.reference"], CodesAndPaths(doc));
    }

    // A problem elsewhere in the family does not hide the review grade's own problems.
    [Fact]
    public void ReviewGrading_IsExaminedEvenWhenARequiredClassIsBad()
    {
        var doc = Preset();
        doc["targetReview"]!["requiredClasses"]![3]!["anyOf"]![1] = "costs";
        doc["targetReview"]!["grading"] = JsonNode.Parse("""
            { "errorDeduction": 150, "warningDeduction": 5, "adviceDeduction": 1,
              "bands": [{ "grade": "poor", "lower": 0, "upper": 60 }, { "grade": "good", "lower": 60, "upper": 100 }],
              "source": { "reference": "某市财政局文件", "kind": "local" } }
            """);

        Assert.Equal(["invalid-value $.targetReview.grading.errorDeduction", "unknown-class $.targetReview.requiredClasses[3].anyOf[1]"], CodesAndPaths(doc));
    }

    // A requirement whose only class is unknown names a class: it is reported once, as unknown-class, not also as a
    // requirement without classes.
    [Fact]
    public void RequiredClass_OnlyUnknownClasses_AreReportedOnceAsUnknown()
    {
        var doc = Preset();
        doc["targetReview"]!["requiredClasses"]![0]!["anyOf"] = JsonNode.Parse("""["quantities", "output"]""");

        Assert.Equal(
            ["unknown-class $.targetReview.requiredClasses[0].anyOf[0]", "unknown-class $.targetReview.requiredClasses[0].anyOf[1]"],
            CodesAndPaths(doc));
    }

    private static string[] CodesAndPaths(JsonNode doc) => [.. Entries(doc).Select(e => e.Code + " " + e.Path)];
}
