using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using BudgetPerformance.Grades;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// The envelope and the grading family of rule-set documents (docs/json/rule-set.md, docs/json/errors.md): every bad
/// value is an entry with its code, its path and a message that carries the offending numbers; values on the edge of
/// their range are read.
/// </summary>
public class RuleSetEnvelopeMappingTests
{
    // Envelope ---------------------------------------------------------------------------------------------------

    [Fact]
    public void VersionOneAndASingleDayInterval_AreRead()
    {
        var doc = Preset();
        doc["version"] = 1;
        doc["effectiveFrom"] = "2025-03-01";
        doc["effectiveTo"] = "2025-03-01";

        var rules = JsonDocuments.RuleSet.Read(doc.ToJsonString());

        Assert.Equal(1, rules.Version);
        Assert.Equal(new DateInterval(new LocalDate(2025, 3, 1), new LocalDate(2025, 3, 1)), rules.Effective);
        Assert.Equal(new LocalizedName("全国项目支出绩效评价默认规则（财预〔2020〕10号）", "National defaults for project evaluation (Cai Yu [2020] No. 10)"), rules.Title);
        Assert.Equal(
            [new SourceCitation("财预〔2020〕10号", SourceKind.National, "《项目支出绩效评价管理办法》"), new SourceCitation("deployed vendor systems", SourceKind.Deployed, "a default of deployed systems, not law")],
            rules.Sources);
    }

    [Fact]
    public void VersionZero_IsReportedAtTheVersion()
    {
        var doc = Preset();
        doc["version"] = 0;

        var entry = Assert.Single(Entries(doc));

        // The model's own check (RuleSet.FindProblems) and its words, those of the constructor's exception.
        Assert.Equal(("invalid-value", "$.version", "The version must be at least 1."), entry);
    }

    [Fact]
    public void BadId_IsReportedWithTheId()
    {
        var doc = Preset();
        doc["id"] = "National_2020";

        Assert.Equal(("invalid-value", "$.id", "'National_2020' is not a valid rule-set id: use lower-case ASCII letters, digits and '-'."), Assert.Single(Entries(doc)));
    }

    [Fact]
    public void ALongBadId_IsQuotedShortened()
    {
        var doc = Preset();
        doc["id"] = new string('a', 70) + "_";

        Assert.Equal(("invalid-value", "$.id", "'" + new string('a', 61) + "...' is not a valid rule-set id: use lower-case ASCII letters, digits and '-'."), Assert.Single(Entries(doc)));
    }

    [Fact]
    public void EffectiveToTheDayBeforeEffectiveFrom_IsReported()
    {
        var doc = Preset();
        doc["effectiveFrom"] = "2025-03-01";
        doc["effectiveTo"] = "2025-02-28";

        Assert.Equal(("invalid-value", "$.effectiveTo", "The effective interval ends before it starts (both ends are inclusive)."), Assert.Single(Entries(doc)));
    }

    [Fact]
    public void NoSources_IsReported()
    {
        var doc = Preset();
        doc["sources"] = new JsonArray();

        Assert.Equal(("invalid-value", "$.sources", "A rule set cites at least one source."), Assert.Single(Entries(doc)));
    }

    [Fact]
    public void BlankTitle_IsReportedPerLanguage()
    {
        var doc = Preset();
        doc["title"]!["zh"] = " ";
        doc["title"]!["en"] = "";

        Assert.Equal(
        [
            ("name-required", "$.title.en", "The English name must not be empty or white space."),
            ("name-required", "$.title.zh", "The Chinese name must not be empty or white space."),
        ], Entries(doc));
    }

    [Fact]
    public void BadSource_IsReportedAtItsIndex()
    {
        var doc = Preset();
        doc["sources"]![1]!["reference"] = "  ";
        doc["sources"]![0]!["kind"] = "law";

        Assert.Equal(
        [
            ("invalid-value", "$.sources[0].kind", "'law' is not a SourceKind: expected one of national, form, deployed, local, seed."),
            ("invalid-value", "$.sources[1].reference", "The source reference must not be empty or white space."),
        ], Entries(doc));
    }

    [Fact]
    public void EveryEnvelopeProblem_IsReportedTogether()
    {
        var doc = Preset();
        doc["id"] = "";
        doc["version"] = -3;
        doc["effectiveTo"] = "2019-01-01";
        doc["title"]!["en"] = " ";
        doc["sources"]![0]!["kind"] = "rumour";
        doc["grading"]!["source"]!["reference"] = "";

        Assert.Equal(
        [
            "invalid-value $.effectiveTo",
            "invalid-value $.grading.source.reference",
            "invalid-value $.id",
            "invalid-value $.sources[0].kind",
            "invalid-value $.version",
            "name-required $.title.en",
        ], Entries(doc).Select(e => e.Code + " " + e.Path));
    }

    [Fact]
    public void ABadFamilyAlone_FailsTheWholeDocument()
    {
        var doc = Preset();
        doc["exAnte"]!["adjustFrom"] = 95;

        var entry = Assert.Single(Entries(doc));

        Assert.Equal(("invalid-value", "$.exAnte.adjustFrom"), (entry.Code, entry.Path));
        Assert.Contains("supportFrom", entry.Message, StringComparison.Ordinal);
    }

    // Grading ----------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void TotalRoundingOnTheEdgesOfZeroToFour_IsRead(int decimals)
    {
        var doc = Preset();
        doc["grading"]!["totalRounding"] = JsonNode.Parse($$"""{ "decimals": {{decimals}}, "mode": "half-to-even" }""");

        var rules = JsonDocuments.RuleSet.Read(doc.ToJsonString());

        Assert.Equal(new Rounding(decimals, RoundingMode.HalfToEven), rules.Grading.TotalRounding);
        Assert.Equal(GradeScale.National2020, rules.Grading.Scale);
        Assert.Equal(new SourceCitation("财预〔2020〕10号", SourceKind.National, "《项目支出绩效评价管理办法》"), rules.Grading.Source);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void TotalRoundingOutsideZeroToFour_IsReported(int decimals)
    {
        var doc = Preset();
        doc["grading"]!["totalRounding"]!["decimals"] = decimals;

        Assert.Equal(("invalid-value", "$.grading.totalRounding.decimals", $"The precision must lie in [0, 4], not {decimals}."), Assert.Single(Entries(doc)));
    }

    [Fact]
    public void UnknownRoundingMode_IsReportedWithTheModes()
    {
        var doc = Preset();
        doc["grading"]!["totalRounding"]!["mode"] = "bankers";

        Assert.Equal(
            ("invalid-value", "$.grading.totalRounding.mode", "'bankers' is not a RoundingMode: expected one of half-away-from-zero, half-to-even, up, down."),
            Assert.Single(Entries(doc)));
    }

    [Fact]
    public void BandsOutOfOrderInTheDocument_AreReadAndSorted()
    {
        var doc = Preset();
        doc["grading"]!["bands"] = Bands(("good", 80, 90), ("poor", 0, 60), ("excellent", 90, 100), ("fair", 60, 80));

        var rules = JsonDocuments.RuleSet.Read(doc.ToJsonString());

        Assert.Equal(GradeScale.National2020, rules.Grading.Scale);
    }

    [Fact]
    public void NegativeLowerEdge_IsInvalid()
    {
        var doc = Preset();
        doc["grading"]!["bands"] = Bands(("poor", -10, 60), ("fair", 60, 80), ("good", 80, 90), ("excellent", 90, 100));

        Assert.Equal(("grade-band-invalid", "$.grading.bands[0].lower", "The lower edge -10 is negative."), Assert.Single(Entries(doc)));
    }

    [Fact]
    public void UpperEdgeEqualToTheLowerEdge_IsInvalid_OneAboveIsNot()
    {
        var doc = Preset();
        doc["grading"]!["bands"] = Bands(("poor", 0, 60), ("fair", 60, 60), ("good", 60, 90), ("excellent", 90, 100));

        Assert.Equal(("grade-band-invalid", "$.grading.bands[1].upper", "The upper edge 60 is not above the lower edge 60."), Assert.Single(Entries(doc)));

        doc["grading"]!["bands"] = Bands(("poor", 0, 60), ("fair", 60, 60.01m), ("good", 60.01m, 90), ("excellent", 90, 100));
        Assert.Equal(Grade.Fair, JsonDocuments.RuleSet.Read(doc.ToJsonString()).Grading.Scale.Classify(60m));
    }

    [Fact]
    public void BothEdgesOfABandBroken_AreBothReported()
    {
        var doc = Preset();
        doc["grading"]!["bands"] = Bands(("poor", -5, -6), ("fair", 60, 80), ("good", 80, 90), ("excellent", 90, 100));

        Assert.Equal(
        [
            ("grade-band-invalid", "$.grading.bands[0].lower", "The lower edge -5 is negative."),
            ("grade-band-invalid", "$.grading.bands[0].upper", "The upper edge -6 is not above the lower edge -5."),
        ], Entries(doc));
    }

    [Fact]
    public void NoBands_IsARangeProblem()
    {
        var doc = Preset();
        doc["grading"]!["bands"] = new JsonArray();

        Assert.Equal(("grade-bands-range", "$.grading.bands", "A grade scale needs at least one band."), Assert.Single(Entries(doc)));
    }

    [Fact]
    public void ASingleBandFromZeroToHundred_IsAScale()
    {
        var doc = Preset();
        doc["grading"]!["bands"] = Bands(("fair", 0, 100));

        var scale = JsonDocuments.RuleSet.Read(doc.ToJsonString()).Grading.Scale;

        Assert.Equal(Grade.Fair, scale.Classify(0m));
        Assert.Equal(Grade.Fair, scale.Classify(100m));
    }

    // The lowest band is found by its lower edge, not by its place in the document.
    [Fact]
    public void LowestBandNotStartingAtZero_IsReportedAtThatBand()
    {
        var doc = Preset();
        doc["grading"]!["bands"] = Bands(("excellent", 90, 100), ("good", 80, 90), ("fair", 60, 80), ("poor", 10, 60));

        Assert.Equal(
            ("grade-bands-range", "$.grading.bands[3].lower", "The lowest band starts at 10, not at 0: lower scores would have no grade."),
            Assert.Single(Entries(doc)));
    }

    [Fact]
    public void HighestBandNotEndingAtHundred_IsReportedAtThatBand()
    {
        var doc = Preset();
        doc["grading"]!["bands"] = Bands(("excellent", 90, 99.5m), ("poor", 0, 60), ("fair", 60, 80), ("good", 80, 90));

        Assert.Equal(("grade-bands-range", "$.grading.bands[0].upper", "The highest band ends at 99.5, not at 100."), Assert.Single(Entries(doc)));

        doc["grading"]!["bands"] = Bands(("excellent", 90, 100.5m), ("poor", 0, 60), ("fair", 60, 80), ("good", 80, 90));
        Assert.Equal(("grade-bands-range", "$.grading.bands[0].upper", "The highest band ends at 100.5, not at 100."), Assert.Single(Entries(doc)));
    }

    [Fact]
    public void OverlappingBands_AreReportedAtTheHigherBand()
    {
        var doc = Preset();
        doc["grading"]!["bands"] = Bands(("good", 79.5m, 90), ("poor", 0, 60), ("fair", 60, 80), ("excellent", 90, 100));

        Assert.Equal(
            ("grade-bands-overlap", "$.grading.bands[0].lower", "The bands Fair [60, 80) and Good [79.5, 90) overlap."),
            Assert.Single(Entries(doc)));
    }

    // Two bands from the same lower edge: the narrower one is the lower of the two, so the wider one overlaps it.
    [Fact]
    public void BandsFromTheSameLowerEdge_TheWiderOneOverlapsTheNarrower()
    {
        var doc = Preset();
        doc["grading"]!["bands"] = Bands(("poor", 0, 60), ("good", 60, 90), ("fair", 60, 80), ("excellent", 90, 100));

        Assert.Equal(
            ("grade-bands-overlap", "$.grading.bands[1].lower", "The bands Fair [60, 80) and Good [60, 90) overlap."),
            Assert.Single(Entries(doc)));
    }

    [Fact]
    public void AGapBetweenBands_IsReportedAtTheHigherBand()
    {
        var doc = Preset();
        doc["grading"]!["bands"] = Bands(("poor", 0, 60), ("fair", 60, 80), ("good", 80.01m, 90), ("excellent", 90, 100));

        Assert.Equal(("grade-bands-gap", "$.grading.bands[2].lower", "The scores from 80 to 80.01 have no band."), Assert.Single(Entries(doc)));
    }

    [Fact]
    public void AHigherBandWithAWorseOrTheSameGrade_IsAnOrderProblem()
    {
        var doc = Preset();
        doc["grading"]!["bands"] = Bands(("poor", 0, 60), ("good", 60, 80), ("fair", 80, 90), ("excellent", 90, 100));

        Assert.Equal(
            ("grade-bands-order", "$.grading.bands[2].grade", "The band Fair [80, 90) is above Good [60, 80) but its grade is not better."),
            Assert.Single(Entries(doc)));

        doc["grading"]!["bands"] = Bands(("poor", 0, 60), ("fair", 60, 80), ("fair", 80, 90), ("excellent", 90, 100));
        Assert.Equal(("grade-bands-order", "$.grading.bands[2].grade"), Single(Entries(doc)));
    }

    [Fact]
    public void EveryScaleProblem_IsReportedTogether()
    {
        var doc = Preset();
        doc["grading"]!["bands"] = Bands(("poor", 5, 60), ("good", 55, 80), ("fair", 85, 95));

        Assert.Equal(
        [
            "grade-bands-gap $.grading.bands[2].lower",
            "grade-bands-order $.grading.bands[2].grade",
            "grade-bands-overlap $.grading.bands[1].lower",
            "grade-bands-range $.grading.bands[0].lower",
            "grade-bands-range $.grading.bands[2].upper",
        ], Entries(doc).Select(e => e.Code + " " + e.Path));
    }

    // The scale is examined only when every band is sound: a broken band says nothing about coverage.
    [Fact]
    public void ABrokenBand_StopsTheScaleChecks()
    {
        var doc = Preset();
        doc["grading"]!["bands"] = Bands(("best", 0, 60), ("fair", 70, 80));

        Assert.Equal(("invalid-value", "$.grading.bands[0].grade"), Single(Entries(doc)));
    }

    [Fact]
    public void ABrokenRoundingOrSource_StopsTheGrading_ButTheBandsAreStillExamined()
    {
        var doc = Preset();
        doc["grading"]!["bands"] = Bands(("poor", 0, 60), ("fair", 70, 100));
        doc["grading"]!["totalRounding"]!["decimals"] = 9;
        doc["grading"]!["source"]!["kind"] = "x";

        Assert.Equal(
        [
            "grade-bands-gap $.grading.bands[1].lower",
            "invalid-value $.grading.source.kind",
            "invalid-value $.grading.totalRounding.decimals",
        ], Entries(doc).Select(e => e.Code + " " + e.Path));
    }

    internal static JsonArray Bands(params (string Grade, decimal Lower, decimal Upper)[] bands) =>
        new([.. bands.Select(b => (JsonNode)new JsonObject { ["grade"] = b.Grade, ["lower"] = b.Lower, ["upper"] = b.Upper })]);

    internal static JsonNode Preset(string id = "national-2020") =>
        JsonNode.Parse(File.ReadAllBytes(Path.Combine(Documents.RepositoryRoot(), "src", "BudgetPerformance.Json", "Presets", id + ".json")))!;

    internal static (string Code, string Path, string Message)[] Entries(JsonNode doc)
    {
        Assert.False(JsonDocuments.RuleSet.TryRead(doc.ToJsonString(), out var value, out var report));
        Assert.Null(value);
        return [.. report.Problems.Select(e => (e.Code, Path: e.Location.JsonPath!, Message: e.MessageEn)).OrderBy(e => e.Code, StringComparer.Ordinal).ThenBy(e => e.Path, StringComparer.Ordinal)];
    }

    internal static (string Code, string Path) Single((string Code, string Path, string Message)[] entries)
    {
        var e = Assert.Single(entries);
        return (e.Code, e.Path);
    }
}
