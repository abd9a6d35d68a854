using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BudgetPerformance.Json;
using BudgetPerformance.Json.Output;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Cli.Tests;

/// <summary>
/// The hostile-input suite (issue 18 item 8), large portfolios made at test time: 2,000 evaluations with faults in the
/// middle (a malformed value, a duplicate id, an unknown subject, another year), cut short in the middle, or with the
/// evaluations before the subject lists. The streamed entry reader is read through 1-byte, 4 KB and whole reads and
/// must refuse exactly the bad evaluations and read every other one; <c>bpm score</c>/<c>reconcile</c> must score
/// them all, list the refused ones, exit 1 and write one JSON document.
/// </summary>
public sealed class HostilePortfolioTests : IDisposable
{
    private const int Count = 2000;

    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    // The example portfolio with Count copies of its finance evaluation (ids H00000…), subject lists first.
    private static JsonNode Large()
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(CliInputs.ExamplesFolder(), "portfolio.json")))!;
        var finance = node["evaluations"]!.AsArray().Single(e => (string?)e!["id"] == "F2021-007")!;
        var list = new JsonArray();
        for (var i = 0; i < Count; i++)
        {
            var copy = finance.DeepClone();
            copy["id"] = $"H{i:00000}";
            list.Add(copy);
        }

        node["evaluations"] = list;
        return node;
    }

    public static TheoryData<string, int, string, string> Faults() => new()
    {
        // fault, index, code, path
        { "malformed-value", 1500, ProblemCodes.WrongType, "$.evaluations[1500].records[1].actual" },
        { "duplicate-id", 1999, ProblemCodes.DuplicateCode, "$.evaluations[1999].id" },
        { "unknown-subject", 1, ProblemCodes.ReferenceUnknown, "$.evaluations[1].subject" },
        { "too-many-digits", 1000, ProblemCodes.NumberOutOfRange, "$.evaluations[1000].records[1].actual" },
    };

    private static byte[] WithFault(string fault, int index)
    {
        var node = Large();
        var e = node["evaluations"]![index]!;
        switch (fault)
        {
            case "malformed-value": e["records"]![1]!["actual"] = "abc"; break;
            case "duplicate-id": e["id"] = "H00000"; break;
            case "unknown-subject": e["subject"]!["code"] = "P-NOWHERE"; break;
            default: e["records"]![1]!["actual"] = "__NUMBER__"; break;
        }

        var text = node.ToJsonString();
        text = text.Replace("\"__NUMBER__\"", "1.234567890123456789012345678901", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text);
    }

    private static async Task<List<PortfolioStreamEntry>> Entries(Stream stream)
    {
        var entries = new List<PortfolioStreamEntry>();
        await foreach (var entry in JsonDocuments.ReadPortfolioEntriesAsync(stream))
        {
            entries.Add(entry);
        }

        return entries;
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task MidStreamFault_RefusesThatEvaluationAlone_AtEveryReadSize(string fault, int index, string code, string path)
    {
        var bytes = WithFault(fault, index);
        // 1-byte reads are StreamLinearityTests' (Json.Tests); here a pipe's 4 KB and the whole buffer.
        foreach (var chunk in new[] { 4096, int.MaxValue })
        {
            var entries = await Entries(chunk == int.MaxValue ? new MemoryStream(bytes) : new ChunkedStream(bytes, chunk));
            Assert.Equal(Count, entries.Count);
            var refused = Assert.Single(entries, e => e.IsRefused);
            Assert.Equal(index, refused.Index);
            Assert.False(refused.StopsReading);
            Assert.Contains(refused.Report.Problems, p => p.Code == code && p.Location.JsonPath == path);
        }

        var file = dir.File(fault + ".json");
        await File.WriteAllBytesAsync(file, bytes);
        var run = await Bpm.InProcess("score", file, "--rules", "national-2020", "--format", "json", "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        var document = CliJson.Read(run.Out, CliJson.Context.ScoringResultsDocument);
        Assert.Equal(Count - 1, document.Results.Count);
        var listed = Assert.Single(document.Refused);
        Assert.Equal(index, listed.Index);
        Assert.Contains(listed.Problems, p => p.Code == code && p.Path == path);

        // validate gives the same verdict for the whole document.
        var validate = await Bpm.InProcess("validate", file, "--format", "json", "--lang", "en");
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains(code, validate.Out, StringComparison.Ordinal);
        Assert.Contains(path.Replace("$", string.Empty, StringComparison.Ordinal), validate.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TruncatedLargePortfolio_EveryEvaluationBeforeTheCutIsRead_JsonClosed()
    {
        var text = Large().ToJsonString();
        var cut = text.IndexOf("\"H01500\"", StringComparison.Ordinal) + 300;
        var bytes = Encoding.UTF8.GetBytes(text[..cut]);

        var entries = await Entries(new ChunkedStream(bytes, 4096));
        Assert.Equal(1501, entries.Count);
        Assert.All(entries.Take(1500), e => Assert.False(e.IsRefused));
        Assert.True(entries[^1].StopsReading);
        Assert.Equal(ProblemCodes.MalformedJson, entries[^1].Report.Problems[0].Code);

        var file = dir.File("cut.json");
        await File.WriteAllBytesAsync(file, bytes);
        Assert.Equal(1, (await HostileCases.RunBpm("doc", "portfolio", file)).ExitCode); // validate, score, reconcile: json and table, the suite's checks
        foreach (var command in new[] { "score", "reconcile" })
        {
                var run = await Bpm.InProcess(command, file, "--rules", "national-2020", "--format", "json", "--lang", "en");
            Assert.Equal(1, run.ExitCode);
            using var parsed = System.Text.Json.JsonDocument.Parse(run.Out); // one whole document
            Assert.Contains("\"stopsReading\": true", run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EvaluationsBeforeSubjects_StreamingRefusesWithACode_ValidateAccepts()
    {
        // The case: an evaluation of an unknown subject was scored "complete, 优" when evaluations came first.
        var node = Large();
        node["evaluations"]![7]!["subject"]!["code"] = "P-NOWHERE";
        var reordered = new JsonObject { ["kind"] = "portfolio", ["schemaVersion"] = 1, ["evaluations"] = node["evaluations"]!.DeepClone() };
        foreach (var (key, value) in node.AsObject().Where(p => p.Key is not ("kind" or "schemaVersion" or "evaluations")))
        {
            reordered[key] = value!.DeepClone();
        }

        var bytes = Encoding.UTF8.GetBytes(reordered.ToJsonString());
        var entries = await Entries(new MemoryStream(bytes));
        var only = Assert.Single(entries);
        Assert.True(only.StopsReading);
        Assert.Contains(only.Report.Problems, p => p.Code == ProblemCodes.RequiredMissing && p.Location.JsonPath == "$.evaluations");

        Assert.False(JsonDocuments.Portfolio.TryRead(bytes, out _, out var report));
        Assert.Contains(report.Problems, p => p.Code == ProblemCodes.ReferenceUnknown && p.Location.JsonPath == "$.evaluations[7].subject");

        var file = dir.File("reordered.json");
        await File.WriteAllBytesAsync(file, bytes);
        var run = await Bpm.InProcess("score", file, "--rules", "national-2020", "--format", "json", "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        var document = CliJson.Read(run.Out, CliJson.Context.ScoringResultsDocument);
        Assert.Empty(document.Results);
        Assert.Contains(Assert.Single(document.Refused).Problems, p => p.Code == ProblemCodes.RequiredMissing);
    }
}
