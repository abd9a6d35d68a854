using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetPerformance.Catalog;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Json.Reading;
using BudgetPerformance.Portfolios;
using NodaTime;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Rare bad values of frameworks, portfolios and rule-set grading, the small members of
/// <see cref="JsonDocumentFormat{T}"/> and the value semantics of <see cref="Entry"/>.
/// </summary>
public class DocumentMappingTests
{
    [Fact]
    public void Framework_BadIdAndUnknownSector_AreReportedAtEach()
    {
        var framework = IndicatorCatalog.BuiltIn.First(f => f.Origin == FrameworkOrigin.Individual);
        var doc = JsonNode.Parse(JsonDocuments.IndicatorFramework.WriteToUtf8Bytes(framework))!;
        doc["id"] = "Not An Id";
        doc["sector"] = "mining";

        Assert.False(JsonDocuments.IndicatorFramework.TryRead(EvaluationMappingTests.Bytes(doc), out _, out var report));

        Assert.Equal(["invalid-value $.id", "invalid-value $.sector"], Codes(report));
        Assert.Contains("'mining' is not a built-in sector", report.Problems.Single(e => e.Location.JsonPath == "$.sector").MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Portfolio_SpendingItemThatIsADepartment_IsInvalid()
    {
        var doc = JsonNode.Parse(JsonDocuments.Portfolio.WriteToUtf8Bytes(Documents.Portfolio()))!;
        doc["spendingItems"]![1]!["type"] = "department";

        Assert.False(JsonDocuments.Portfolio.TryRead(EvaluationMappingTests.Bytes(doc), out _, out var report));

        var entry = Assert.Single(report.Problems);
        Assert.Equal("invalid-value $.spendingItems[1].type", entry.Code + " " + entry.Location.JsonPath);
        Assert.Equal("A spending item is a project or a policy.", entry.MessageEn);
    }

    [Fact]
    public void Portfolio_RepeatedEvaluationIdAndTargetOfAnotherYear_AreReportedAtEach()
    {
        var doc = JsonNode.Parse(JsonDocuments.Portfolio.WriteToUtf8Bytes(Documents.Portfolio()))!;
        doc["evaluations"]![1]!["id"] = (string?)doc["evaluations"]![0]!["id"];
        doc["targets"]![0]!["year"] = 2022;

        Assert.False(JsonDocuments.Portfolio.TryRead(EvaluationMappingTests.Bytes(doc), out _, out var report));

        Assert.Equal(["duplicate-code $.evaluations[1].id", "year-mismatch $.targets[0].year"], Codes(report));
    }

    [Fact]
    public void Grading_NegativeLowerEdge_IsAnInvalidBandAtTheEdge()
    {
        var doc = JsonNode.Parse(JsonDocuments.RuleSet.WriteToUtf8Bytes(Documents.National2020()))!;
        var bands = doc["grading"]!["bands"]!.AsArray();
        var lowest = bands.Select((b, i) => (Lower: (decimal)b!["lower"]!, Index: i)).MinBy(x => x.Lower).Index;
        bands[lowest]!["lower"] = -1;

        Assert.False(JsonDocuments.RuleSet.TryRead(EvaluationMappingTests.Bytes(doc), out _, out var report));

        var entry = Assert.Single(report.Problems);
        Assert.Equal(FormattableString.Invariant($"grade-band-invalid $.grading.bands[{lowest}].lower"), entry.Code + " " + entry.Location.JsonPath);
        Assert.Equal("The lower edge -1 is negative.", entry.MessageEn);
    }

    [Fact]
    public void Grading_NoBands_IsOutOfRange()
    {
        var doc = JsonNode.Parse(JsonDocuments.RuleSet.WriteToUtf8Bytes(Documents.National2020()))!;
        doc["grading"]!["bands"] = new JsonArray();

        Assert.False(JsonDocuments.RuleSet.TryRead(EvaluationMappingTests.Bytes(doc), out _, out var report));

        var entry = Assert.Single(report.Problems);
        Assert.Equal("grade-bands-range $.grading.bands", entry.Code + " " + entry.Location.JsonPath);
    }

    [Fact]
    public void Format_KindAndSchemaVersion()
    {
        Assert.Equal("evaluation", JsonDocuments.Evaluation.Kind);
        Assert.Equal("portfolio", JsonDocuments.Portfolio.Kind);
        Assert.Equal("rule-set", JsonDocuments.RuleSet.Kind);
        Assert.Equal(1, JsonDocuments.Evaluation.SchemaVersion);
    }

    [Fact]
    public void Format_WriteToStream_WritesTheCanonicalBytesAndLeavesTheStreamOpen()
    {
        var evaluation = Documents.SelfEvaluation();
        using var stream = new MemoryStream();
        stream.WriteByte((byte)'#');

        JsonDocuments.Evaluation.Write(evaluation, stream);

        Assert.True(stream.CanWrite);
        Assert.Equal([(byte)'#', .. JsonDocuments.Evaluation.WriteToUtf8Bytes(evaluation)], stream.ToArray());
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => JsonDocuments.Evaluation.Write(evaluation, null!)).ParamName);
    }

    [Fact]
    public void ValidationEntry_EqualsByCodeMessagePathAndIndicatorCode()
    {
        var a = new Entry("points-sum", "m", "$.x", "1.1");
        object same = new Entry("points-sum", "m", "$.x", "1.1");

        Assert.True(a.Equals(same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.False(a.Equals((object)new Entry("points-sum", "m", "$.x", "1.2")));
        Assert.False(a.Equals((object)new Entry("points-sum", "m", "$.y", "1.1")));
        Assert.False(a.Equals((object)new Entry("points-sum", "n", "$.x", "1.1")));
        Assert.False(a.Equals((object)new Entry("points-negative", "m", "$.x", "1.1")));
        Assert.False(a.Equals((object)"points-sum"));
        Assert.False(a.Equals((object?)null));
    }

    [Fact]
    public void DateConverter_NonStringOrBadString_IsAJsonException()
    {
        var converter = new IsoLocalDateConverter();

        Assert.Equal("A date must be a string of the form yyyy-MM-dd.", ReadDateFailure(converter, "20210518"u8.ToArray()));
        Assert.Equal("'2021/05/18' is not a date of the form yyyy-MM-dd.", ReadDateFailure(converter, "\"2021/05/18\""u8.ToArray()));
        var reader = new Utf8JsonReader("\"2021-05-18\""u8);
        reader.Read();
        Assert.Equal(new LocalDate(2021, 5, 18), converter.Read(ref reader, typeof(LocalDate), JsonSerializerOptions.Default));
    }

    [Fact]
    public void DomainTypeResolver_AnswersOnlyTheDocumentTypes()
    {
        var options = new JsonSerializerOptions();

        Assert.Null(DomainTypeResolver.Instance.GetTypeInfo(typeof(string), options));
        Assert.Null(DomainTypeResolver.Instance.GetTypeInfo(typeof(IndicatorTree), options));
        Assert.Equal(typeof(Evaluation), DomainTypeResolver.Instance.GetTypeInfo(typeof(Evaluation), options)!.Type);
        Assert.Equal(typeof(Portfolio), DomainTypeResolver.Instance.GetTypeInfo(typeof(Portfolio), options)!.Type);
    }

    private static string ReadDateFailure(IsoLocalDateConverter converter, byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        try
        {
            converter.Read(ref reader, typeof(LocalDate), JsonSerializerOptions.Default);
        }
        catch (JsonException e)
        {
            return e.Message;
        }

        return "no exception";
    }

    private static string[] Codes(ValidationReport report) => [.. report.Problems.Select(e => e.Code + " " + e.Location.JsonPath).Order(StringComparer.Ordinal)];
}
