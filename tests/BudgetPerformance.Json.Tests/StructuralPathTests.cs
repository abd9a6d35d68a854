using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Structural checks and shared mapping steps that the corpus does not reach: quoted paths of odd property names,
/// escaped names, wrong types of strings, booleans and dates, years out of range, blank localized names, a
/// node without children and a sum that overflows.
/// </summary>
public class StructuralPathTests
{
    [Fact]
    public void UnknownPropertiesWithNonIdentifierNames_GetBracketedEscapedPaths()
    {
        var doc = JsonNode.Parse(EvaluationMappingTests.Nested)!;
        doc["备注"] = 1;
        doc["it's"] = 1;
        doc["a\\b"] = 1;
        doc["plain_1"] = 1;

        Assert.Equal(["unknown-property $.plain_1", "unknown-property $['a\\\\b']", "unknown-property $['it\\'s']", "unknown-property $['备注']"], Entries(doc));
    }

    [Fact]
    public void RepeatedUnknownProperty_IsUnknownOnceAndThenADuplicate()
    {
        var json = EvaluationMappingTests.Nested.Replace("\"id\": \"E1\",", "\"id\": \"E1\", \"x\": 1, \"x\": 2,", StringComparison.Ordinal);

        Assert.Equal(["duplicate-property $.x", "unknown-property $.x"], Entries(json));
    }

    [Fact]
    public void EscapedPropertyNames_MatchTheContract()
    {
        var json = EvaluationMappingTests.Nested.Replace("\"id\": \"E1\"", "\"\\u0069d\": \"E1\"", StringComparison.Ordinal);
        Assert.Contains("\\u0069d", json, StringComparison.Ordinal);

        var evaluation = JsonDocuments.Evaluation.Read(json);

        Assert.Equal("E1", evaluation.Id);
    }

    [Fact]
    public void LoneSurrogateInAPropertyName_IsMalformed()
    {
        var json = EvaluationMappingTests.Nested.Replace("\"id\": \"E1\",", "\"id\": \"E1\", \"\\ud800\": 1,", StringComparison.Ordinal);

        Assert.False(JsonDocuments.Evaluation.TryRead(json, out _, out var report));

        var entry = Assert.Single(report.Problems);
        Assert.Equal(ProblemCodes.MalformedJson, entry.Code);
        Assert.Contains("lone surrogate", entry.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberWhereAStringBelongs_IsAWrongType()
    {
        var doc = JsonNode.Parse(EvaluationMappingTests.Nested)!;
        doc["id"] = 5;

        var entry = Assert.Single(Report(doc).Problems);

        Assert.Equal("wrong-type $.id", entry.Code + " " + entry.Location.JsonPath);
        Assert.Equal("Expected a string, found a number.", entry.MessageEn);
    }

    [Fact]
    public void NumberWhereADateBelongs_IsAWrongType()
    {
        var doc = JsonNode.Parse(EvaluationMappingTests.Nested)!;
        doc["onSiteVisit"] = JsonNode.Parse("""{ "date": 20210518 }""");

        var entry = Assert.Single(Report(doc).Problems);

        Assert.Equal("wrong-type $.onSiteVisit.date", entry.Code + " " + entry.Location.JsonPath);
        Assert.Equal("Expected a date string yyyy-MM-dd, found a number.", entry.MessageEn);
    }

    [Fact]
    public void StringWhereABooleanBelongs_IsAWrongType()
    {
        var doc = JsonNode.Parse(File.ReadAllBytes(Path.Combine(Documents.RepositoryRoot(), "src", "BudgetPerformance.Json", "Presets", "national-2020.json")))!;
        doc["indicatorScoring"]!["capAtPoints"] = "yes";

        Assert.False(JsonDocuments.RuleSet.TryRead(EvaluationMappingTests.Bytes(doc), out _, out var report));

        var entry = Assert.Single(report.Problems);
        Assert.Equal("wrong-type $.indicatorScoring.capAtPoints", entry.Code + " " + entry.Location.JsonPath);
        Assert.Equal("Expected true or false, found a string.", entry.MessageEn);
    }

    [Fact]
    public void ByteOrderMark_IsSkipped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(EvaluationMappingTests.Nested)];

        Assert.True(JsonDocuments.Evaluation.TryRead(bytes, out var evaluation, out var report));

        Assert.True(report.IsValid);
        Assert.Equal("E1", evaluation.Id);
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(9999)]
    public void YearOutsideTheFiscalRange_IsInvalidWithTheRangeInTheMessage(int year)
    {
        var doc = JsonNode.Parse(EvaluationMappingTests.Nested)!;
        doc["coveredYear"] = year;

        var entry = Assert.Single(Report(doc).Problems);

        Assert.Equal("invalid-value $.coveredYear", entry.Code + " " + entry.Location.JsonPath);
        Assert.Equal($"The year {year} is outside [1900, 9998].", entry.MessageEn);
    }

    [Fact]
    public void BlankChineseTitle_IsNameRequired()
    {
        var doc = JsonNode.Parse(JsonDocuments.RuleSet.WriteToUtf8Bytes(Documents.National2020()))!;
        doc["title"]!["zh"] = " ";

        Assert.False(JsonDocuments.RuleSet.TryRead(EvaluationMappingTests.Bytes(doc), out _, out var report));

        var entry = Assert.Single(report.Problems);
        Assert.Equal("name-required $.title.zh", entry.Code + " " + entry.Location.JsonPath);
    }

    [Fact]
    public void LevelOneNodeWithoutChildren_IsChildrenRequiredWithItsCode()
    {
        var doc = JsonNode.Parse(EvaluationMappingTests.Nested)!;
        doc["indicators"]![0]!["children"] = new JsonArray();
        doc["indicators"]![0]!["points"] = 0;
        doc["records"] = new JsonArray();

        var entry = Assert.Single(Report(doc).Problems);

        Assert.Equal("children-required $.indicators[0].children", entry.Code + " " + entry.Location.JsonPath);
        Assert.Equal("1", entry.Location.IndicatorCode);
    }

    [Fact]
    public void FormRowsWhosePointsWouldOverflowWhenSummed_AreNumberOutOfRangeAtEachRowsPoints()
    {
        var doc = JsonNode.Parse("{" + EvaluationMappingTests.FormHead + """
            "rows": [
              { "levelOne": "产出指标", "levelTwo": "数量指标", "levelThree": "甲", "direction": "qualitative", "points": 79228162514264337593543950335 },
              { "levelOne": "产出指标", "levelTwo": "数量指标", "levelThree": "乙", "direction": "qualitative", "points": 79228162514264337593543950335 }
            ] }
            """)!;

        Assert.Equal(["number-out-of-range $.rows[0].points", "number-out-of-range $.rows[1].points"], Entries(doc));
    }

    private static ValidationReport Report(JsonNode doc)
    {
        Assert.False(JsonDocuments.Evaluation.TryRead(EvaluationMappingTests.Bytes(doc), out _, out var report));
        return report;
    }

    private static string[] Entries(JsonNode doc) => [.. Report(doc).Problems.Select(e => e.Code + " " + e.Location.JsonPath).Order(StringComparer.Ordinal)];

    private static string[] Entries(string json)
    {
        Assert.False(JsonDocuments.Evaluation.TryRead(json, out _, out var report));
        return [.. report.Problems.Select(e => e.Code + " " + e.Location.JsonPath).Order(StringComparer.Ordinal)];
    }
}
