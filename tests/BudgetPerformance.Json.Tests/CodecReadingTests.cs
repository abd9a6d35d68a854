using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetPerformance.Catalog;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Json.Reading;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Targets;
using static BudgetPerformance.Json.Tests.MappingEntries;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// The read pipeline around the mapping (docs/json/errors.md): the document size limit, the header (kind and
/// schema version, docs/json/versioning.md), sums beyond the decimal range, and the canonical writer's form.
/// </summary>
public class CodecReadingTests
{
    private static readonly byte[] Valid = EvaluationMappingTests.Bytes(Doc(EvaluationMappingTests.Nested));

    private static Entry[] Entries(string json)
    {
        Assert.False(JsonDocuments.Evaluation.TryRead(json, out var value, out var report));
        Assert.Null(value);
        return [.. report.Problems];
    }

    [Fact]
    public void DocumentOfExactlyTheLimit_IsRead_AndOneByteLess_IsTooLarge()
    {
        var n = Valid.Length;

        Assert.True(JsonDocuments.Evaluation.TryRead(Valid, out _, out _, new JsonReadLimits(maxDocumentBytes: n)));
        Assert.False(JsonDocuments.Evaluation.TryRead(Valid, out var value, out var report, new JsonReadLimits(maxDocumentBytes: n - 1)));

        Assert.Null(value);
        Same([E(ProblemCodes.DocumentTooLarge, "$", null, FormattableString.Invariant($"The document has {n} bytes; the limit is {n - 1}."))], report.Problems);
    }

    [Fact]
    public void NestingDeeperThanTheDotNetReadersDefault_IsCountedAgainstTheLimitGiven()
    {
        // An unknown property holding 199 nested arrays: 200 levels with the document. The .NET readers stop at 64 by
        // default; the readers here are created with the limit given, so 200 is an unknown property, 199 too deep.
        var json = Encoding.UTF8.GetString(Valid);
        var deep = "{\"deep\":" + new string('[', 199) + new string(']', 199) + "," + json[1..];

        Assert.False(JsonDocuments.Evaluation.TryRead(deep, out _, out var report, new JsonReadLimits(maxDepth: 200)));
        Assert.Equal((ProblemCodes.UnknownProperty, "$.deep"), (report.Problems[0].Code, report.Problems[0].Location.JsonPath));
        Assert.DoesNotContain(report.Problems, e => e.Code is ProblemCodes.MalformedJson or ProblemCodes.DepthExceeded);

        Assert.False(JsonDocuments.Evaluation.TryRead(deep, out _, out report, new JsonReadLimits(maxDepth: 199)));
        Assert.Equal(ProblemCodes.DepthExceeded, Assert.Single(report.Problems).Code);
    }

    [Fact]
    public void DocumentNestedExactlyToTheDepthLimit_IsRead_AndOneLevelLess_IsRefused()
    {
        // The base evaluation nests 7 levels: document, indicators, level 1, children, level 2, indicators, level 3.
        Assert.True(JsonDocuments.Evaluation.TryRead(Valid, out var evaluation, out var report, new JsonReadLimits(maxDepth: 7)), report.ToString());
        Assert.Equal("E1", evaluation!.Id);

        Assert.False(JsonDocuments.Evaluation.TryRead(Valid, out _, out report, new JsonReadLimits(maxDepth: 6)));
        Assert.Equal(ProblemCodes.DepthExceeded, Assert.Single(report.Problems).Code);
    }

    [Fact]
    public void ByteOrderMark_DoesNotCountTowardsTheLimit()
    {
        byte[] withMark = [0xEF, 0xBB, 0xBF, .. Valid];

        Assert.True(JsonDocuments.Evaluation.TryRead(withMark, out var evaluation, out _, new JsonReadLimits(maxDocumentBytes: Valid.Length)));
        Assert.Equal("E1", evaluation!.Id);
    }

    [Fact]
    public void RootThatIsNotAnObject_IsAWrongTypeNamingTheKind()
    {
        Assert.False(JsonDocuments.PerformanceTarget.TryRead("[1, 2]", out _, out var report));

        Same([E(ProblemCodes.WrongType, "$", null, "A performance-target document is a JSON object.")], report.Problems);
    }

    [Fact]
    public void MissingKindAndSchemaVersion_AreBothReported_AndNothingElse()
    {
        Same(
        [
            E(ProblemCodes.RequiredMissing, "$.kind", null, "The document has no 'kind'; expected \"evaluation\"."),
            E(ProblemCodes.RequiredMissing, "$.schemaVersion", null, "The document has no 'schemaVersion'."),
        ], Entries("""{ "id": "E1", "colour": "red" }"""));
    }

    [Theory]
    [InlineData("5", "5")]
    [InlineData("\"portfolio\"", "\"portfolio\"")]
    [InlineData("\"Evaluation\"", "\"Evaluation\"")]
    [InlineData("null", "null")]
    public void KindOfAnotherDocument_IsAWrongKind_AndTheRestIsNotExamined(string kind, string shown)
    {
        Same(
            [E(ProblemCodes.WrongKind, "$.kind", null, $"The document is not a evaluation document (kind {shown}).")],
            Entries($$"""{ "kind": {{kind}}, "schemaVersion": 1, "colour": "red" }"""));
    }

    [Theory]
    [InlineData("2")]
    [InlineData("0")]
    [InlineData("\"1\"")]
    [InlineData("1.5")]
    [InlineData("4294967297")]
    public void OtherSchemaVersions_AreUnsupported_AndTheRestIsNotExamined(string version)
    {
        Same(
            [E(ProblemCodes.UnsupportedSchemaVersion, "$.schemaVersion", null, $"Schema version {version} is not supported; this library reads version 1.")],
            Entries($$"""{ "kind": "evaluation", "schemaVersion": {{version}}, "colour": "red" }"""));
    }

    [Fact]
    public void WrongKindAndVersion_AreBothReported()
    {
        Same(
        [
            E(ProblemCodes.WrongKind, "$.kind", null, "The document is not a evaluation document (kind \"rule-set\")."),
            E(ProblemCodes.UnsupportedSchemaVersion, "$.schemaVersion", null, "Schema version 3 is not supported; this library reads version 1."),
        ], Entries("""{ "kind": "rule-set", "schemaVersion": 3 }"""));
    }

    [Fact]
    public void SoundHeader_LetsTheStructureBeExamined()
    {
        var doc = Doc(EvaluationMappingTests.Nested);
        doc["colour"] = "red";

        Same([E(ProblemCodes.UnknownProperty, "$.colour", null, "The property 'colour' is not part of the contract.")], Entries(doc.ToJsonString()));
    }

    private static string Overflowing()
    {
        // Each number fits a decimal, and the points of 1.1 and of 1 would add up beyond it; each is beyond the limit of points.
        var doc = Doc(EvaluationMappingTests.Nested);
        var two = doc["indicators"]![0]!["children"]![0]!;
        two["indicators"]![0]!["points"] = decimal.MaxValue;
        two["indicators"]![1]!["points"] = decimal.MaxValue;
        return doc.ToJsonString();
    }

    private static Entry PointsBeyondLimit(int i) =>
        E(ProblemCodes.NumberOutOfRange, $"$.indicators[0].children[0].indicators[{i}].points", null, "The number 79228162514264337593543950335 is outside the limits of points: 0, or a magnitude from 0.0001 to 10,000.");

    [Fact]
    public void PointsWhoseSumWouldExceedTheDecimalRange_AreNumberOutOfRangeEach_BeforeTheSum()
    {
        // The structural pass bounds every points value (NumberLimits), so the model's check of the sum never sees them.
        Same([PointsBeyondLimit(0), PointsBeyondLimit(1)], Entries(Overflowing()));
    }

    [Fact]
    public void PointsWhoseSumWouldExceedTheDecimalRange_ThroughTheSerializer_AreTheSameReport()
    {
        var e = Assert.Throws<JsonContractException>(() => JsonSerializer.Deserialize<Evaluation>(Overflowing(), BudgetPerformanceJson.Options));

        Same([PointsBeyondLimit(0), PointsBeyondLimit(1)], e.Report.Problems);
    }

    [Fact]
    public void Serializer_ReadsAValidDocument()
    {
        var evaluation = JsonSerializer.Deserialize<Evaluation>(Valid, BudgetPerformanceJson.Options)!;

        Assert.Equal("E1", evaluation.Id);
        Assert.Equal(3, evaluation.Records.Count);
    }

    [Fact]
    public void Serializer_WrongKind_IsTheHeadersReport()
    {
        var e = Assert.Throws<JsonContractException>(() => JsonSerializer.Deserialize<PerformanceTarget>(Valid, BudgetPerformanceJson.Options));

        Same([E(ProblemCodes.WrongKind, "$.kind", null, "The document is not a performance-target document (kind \"evaluation\").")], e.Report.Problems);
    }

    [Fact]
    public void DomainTypeResolver_AnswersEveryDocumentType()
    {
        var options = new JsonSerializerOptions();

        Assert.Equal(typeof(PerformanceTarget), DomainTypeResolver.Instance.GetTypeInfo(typeof(PerformanceTarget), options)!.Type);
        Assert.Equal(typeof(IndicatorFramework), DomainTypeResolver.Instance.GetTypeInfo(typeof(IndicatorFramework), options)!.Type);
        Assert.Equal(typeof(RuleSet), DomainTypeResolver.Instance.GetTypeInfo(typeof(RuleSet), options)!.Type);
        Assert.Null(DomainTypeResolver.Instance.GetTypeInfo(typeof(Documents), options));
    }

    [Fact]
    public void Serializer_RoundTripsEveryDocumentType()
    {
        var target = Documents.Target();
        var framework = IndicatorCatalog.BuiltIn[0];
        var rules = Documents.National2020();

        Assert.Equal(JsonDocuments.PerformanceTarget.Write(target), JsonDocuments.PerformanceTarget.Write(JsonSerializer.Deserialize<PerformanceTarget>(JsonSerializer.Serialize(target, BudgetPerformanceJson.Options), BudgetPerformanceJson.Options)!));
        Assert.Equal(JsonDocuments.IndicatorFramework.Write(framework), JsonDocuments.IndicatorFramework.Write(JsonSerializer.Deserialize<IndicatorFramework>(JsonSerializer.Serialize(framework, BudgetPerformanceJson.Options), BudgetPerformanceJson.Options)!));
        Assert.Equal(JsonDocuments.RuleSet.Write(rules), JsonDocuments.RuleSet.Write(JsonSerializer.Deserialize<RuleSet>(JsonSerializer.Serialize(rules, BudgetPerformanceJson.Options), BudgetPerformanceJson.Options)!));
    }

    [Fact]
    public void Writer_IsIndentedByTwoSpaces_WithTheHeaderFirst_AndEndsWithOneNewline()
    {
        var written = JsonDocuments.Evaluation.Write(JsonDocuments.Evaluation.Read(Valid));

        Assert.StartsWith("{\n  \"kind\": \"evaluation\",\n  \"schemaVersion\": 1,\n  \"id\": \"E1\",\n", written, StringComparison.Ordinal);
        Assert.EndsWith("}\n", written, StringComparison.Ordinal);
        Assert.False(written.EndsWith("\n\n", StringComparison.Ordinal));
        Assert.Contains("\"name\": \"农田建设股\"", written, StringComparison.Ordinal);
        Assert.Contains("\"direction\": \">=\"", written, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetBytes(written), JsonDocuments.Evaluation.WriteToUtf8Bytes(JsonDocuments.Evaluation.Read(Valid)));
    }

    [Fact]
    public void Writer_LeavesOutAbsentOptionalValues()
    {
        var written = JsonNode.Parse(JsonDocuments.Evaluation.Write(JsonDocuments.Evaluation.Read(Valid)))!.AsObject();

        Assert.False(written.ContainsKey("onSiteVisit"));
        Assert.False(written.ContainsKey("recordedTotal"));
        Assert.False(written.ContainsKey("rows"));
        Assert.Equal(
            ["kind", "schemaVersion", "id", "type", "subject", "performer", "coveredYear", "conductedIn", "weighting", "indicators", "records", "budgetExecution"],
            written.Select(p => p.Key).Where(k => k != "scoreGroups"));
    }
}
