using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// The streaming portfolio reader's rarer failures: each bad input ends the stream with a
/// <see cref="JsonContractException"/> whose report holds exactly the listed entry.
/// </summary>
public class StreamingProblemTests
{
    private const string Head = "{\"kind\":\"portfolio\",\"schemaVersion\":1,";

    // What streaming needs before the evaluations (docs/json/portfolio.md).
    private const string Subjects = "\"year\":2021,\"departments\":[],\"units\":[],\"sections\":[],\"spendingItems\":[],";

    [Theory]
    [InlineData("[]", "wrong-type $")]
    [InlineData("{\"\\ud800\":1}", "malformed-json $")]
    [InlineData("{\"evaluations\":[]}", "required-missing $.kind")]
    [InlineData(Head + "\"evaluations\":{}}", "wrong-type $.evaluations")]
    [InlineData(Head + "\"year\":\"\\ud800\"}", "malformed-json $.year")]
    [InlineData(Head + Subjects + "\"evaluations\":[\"\\udc00\"]}", "malformed-json $.evaluations[0]")]
    [InlineData(Head + Subjects + "\"evaluations\":[null]}", "null-not-allowed $.evaluations[0]")]
    [InlineData(Head + "\"year\":2021,\"departments\":[],\"evaluations\":[]}", "required-missing $.evaluations")]
    [InlineData("{\"kind\":\"portfolio\",\"kind\":\"portfolio\"}", "duplicate-property $.kind")]
    [InlineData("{\"kind\":\"evaluation\"}", "wrong-kind $.kind")]
    [InlineData("{\"kind\":\"portfolio\",\"schemaVersion\":2}", "unsupported-schema-version $.schemaVersion")]
    [InlineData(Head + "\"departments\":null}", "null-not-allowed $.departments")]
    public async Task BadInput_FailsWithExactlyOneEntry(string json, string expected)
    {
        var e = await Assert.ThrowsAsync<JsonContractException>(() => Count(Encoding.UTF8.GetBytes(json)));

        var entry = Assert.Single(e.Report.Problems);
        Assert.Equal(expected, entry.Code + " " + entry.Location.JsonPath);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"kind\":\"portfolio\",")]
    public async Task InputEndingEarly_IsMalformedAtTheRoot(string json)
    {
        var e = await Assert.ThrowsAsync<JsonContractException>(() => Count(Encoding.UTF8.GetBytes(json)));

        var entry = Assert.Single(e.Report.Problems);
        Assert.Equal("malformed-json $", entry.Code + " " + entry.Location.JsonPath);
    }

    [Fact]
    public async Task ByteOrderMark_IsSkipped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Bytes(Sample())];

        Assert.Equal(2, await Count(bytes));
    }

    [Fact]
    public async Task EscapedLoneSurrogate_InATopLevelValue_NamesTheProblem()
    {
        var e = await Assert.ThrowsAsync<JsonContractException>(() => Count(Encoding.UTF8.GetBytes(Head + "\"year\":\"\\ud800\"}")));

        Assert.Contains("lone surrogate", Assert.Single(e.Report.Problems).MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidUtf8_InAnEvaluation_GivesTheOffsetWithinThatValue()
    {
        // The evaluation value is "a<0xFF>": the quote is at offset 0, 'a' at 1, the invalid byte at 2.
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Head + Subjects + "\"evaluations\":[\"a"), 0xFF, .. "\"]}"u8];

        var e = await Assert.ThrowsAsync<JsonContractException>(() => Count(bytes));

        var entry = Assert.Single(e.Report.Problems);
        Assert.Equal(ProblemCodes.MalformedJson, entry.Code);
        Assert.Equal("$.evaluations[0]", entry.Location.JsonPath);
        Assert.Contains("offset 2 ", entry.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluationThatDoesNotMap_IsReportedWithItsPathInTheEvaluations()
    {
        var node = Sample();
        node["evaluations"]![1]!["performer"]!["name"] = " ";
        var read = 0;

        var e = await Assert.ThrowsAsync<JsonContractException>(async () =>
        {
            await foreach (var _ in JsonDocuments.ReadPortfolioEvaluationsAsync(new MemoryStream(Bytes(node))))
            {
                read++;
            }
        });

        Assert.Equal(1, read);
        var entry = Assert.Single(e.Report.Problems);
        Assert.Equal("name-required $.evaluations[1].performer.name", entry.Code + " " + entry.Location.JsonPath);
    }

    [Fact]
    public async Task EvaluationWhosePointsWouldOverflowWhenSummed_IsNumberOutOfRangeAtEachPointsOfThatEvaluation()
    {
        var node = Sample();
        var indicators = node["evaluations"]![0]!["indicators"]![0]!["children"]![0]!["indicators"]!;
        indicators[0]!["points"] = decimal.MaxValue;
        indicators[1]!["points"] = decimal.MaxValue;

        var e = await Assert.ThrowsAsync<JsonContractException>(() => Count(Bytes(node)));

        Assert.Equal(
            ["number-out-of-range $.evaluations[0].indicators[0].children[0].indicators[0].points", "number-out-of-range $.evaluations[0].indicators[0].children[0].indicators[1].points"],
            e.Report.Problems.Select(p => p.Code + " " + p.Location.JsonPath));
        Assert.All(e.Report.Problems, p => Assert.Contains("outside the limits of points", p.MessageEn, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EvaluationConductedInAnotherYear_IsAYearMismatch()
    {
        var node = Sample();
        node["evaluations"]![0]!["coveredYear"] = 2021;
        node["evaluations"]![0]!["conductedIn"] = 2022;

        var e = await Assert.ThrowsAsync<JsonContractException>(() => Count(Bytes(node)));

        var entry = Assert.Single(e.Report.Problems);
        Assert.Equal("year-mismatch $.evaluations[0].conductedIn", entry.Code + " " + entry.Location.JsonPath);
    }

    [Fact]
    public async Task BrokenReferenceBetweenTopLevelLists_IsReportedWhenTheDocumentEnds()
    {
        var node = Sample();
        node["units"]![0]!["departmentCode"] = "D404";

        var e = await Assert.ThrowsAsync<JsonContractException>(() => Count(Bytes(node)));

        var entry = Assert.Single(e.Report.Problems);
        Assert.Equal("reference-unknown $.units[0].departmentCode", entry.Code + " " + entry.Location.JsonPath);
    }

    [Fact]
    public async Task TopLevelValueLargerThanTheFirstBuffer_GrowsTheBufferAndReadsOn()
    {
        var padded = PaddedSample(100_000);

        Assert.Equal(2, await Count(padded));
    }

    [Fact]
    public async Task TopLevelValueLargerThanTheLimit_IsDocumentTooLarge()
    {
        var padded = PaddedSample(100_000);

        var e = await Assert.ThrowsAsync<JsonContractException>(async () =>
        {
            await foreach (var _ in JsonDocuments.ReadPortfolioEvaluationsAsync(new MemoryStream(padded), new JsonReadLimits(maxDocumentBytes: 1000)))
            {
            }
        });

        var entry = Assert.Single(e.Report.Problems);
        Assert.Equal("document-too-large $", entry.Code + " " + entry.Location.JsonPath);
        Assert.Contains("1000 bytes", entry.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_DocumentBytesBelowOne_ThrowWithTheParameterName()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new JsonReadLimits(maxDocumentBytes: 0));

        Assert.Equal("maxDocumentBytes", e.ParamName);
        Assert.Equal(1L, new JsonReadLimits(maxDocumentBytes: 1).MaxDocumentBytes);
    }

    // The sample portfolio with `spaces` blanks inside the departments array, so that one top-level value is that large.
    private static byte[] PaddedSample(int spaces)
    {
        var json = Encoding.UTF8.GetString(Bytes(Sample()));
        var at = json.IndexOf("\"departments\":[", StringComparison.Ordinal) + "\"departments\":[".Length;
        Assert.True(at > 20);
        return Encoding.UTF8.GetBytes(string.Concat(json.AsSpan(0, at), new string(' ', spaces), json.AsSpan(at)));
    }

    private static JsonNode Sample() => JsonNode.Parse(JsonDocuments.Portfolio.WriteToUtf8Bytes(Documents.Portfolio()))!;

    private static Task<int> Count(byte[] bytes) => StreamingTests.Count(new MemoryStream(bytes));

    private static byte[] Bytes(JsonNode node) => StreamingTests.Bytes(node);
}
