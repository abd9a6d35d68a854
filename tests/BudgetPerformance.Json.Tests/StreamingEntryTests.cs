using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BudgetPerformance.Problems;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// <see cref="JsonDocuments.ReadPortfolioEntriesAsync"/> (issue 18, item 1): a bad evaluation is refused with its code,
/// path and id, and the reading goes on; a problem that leaves nothing to read is the last entry. Before this, the only
/// streaming reader threw at the first bad evaluation, so every evaluation after it was lost.
/// </summary>
public class StreamingEntryTests
{
    // A portfolio of n evaluations E000…, all copies of the sample's first, subject lists before the evaluations.
    private static JsonNode Portfolio(int n)
    {
        var node = JsonNode.Parse(JsonDocuments.Portfolio.WriteToUtf8Bytes(Documents.Portfolio()))!;
        var first = node["evaluations"]![0]!;
        var list = new JsonArray();
        for (var i = 0; i < n; i++)
        {
            var copy = first.DeepClone();
            copy["id"] = $"E{i:000}";
            list.Add(copy);
        }

        node["evaluations"] = list;
        return node;
    }

    private static async Task<List<PortfolioStreamEntry>> Entries(byte[] bytes, int pieces = int.MaxValue)
    {
        var list = new List<PortfolioStreamEntry>();
        await foreach (var entry in JsonDocuments.ReadPortfolioEntriesAsync(new PieceStream(bytes, pieces)))
        {
            list.Add(entry);
        }

        return list;
    }

    [Fact]
    public async Task ReadPortfolioEntriesAsync_MalformedValueInTheMiddle_RefusesItWithIdAndPathAndReadsTheRest()
    {
        var node = Portfolio(5);
        node["evaluations"]![2]!["records"]![0]!["actual"] = "4600";

        var entries = await Entries(StreamingTests.Bytes(node));

        Assert.Equal(5, entries.Count);
        Assert.Equal(["E000", "E001", "E003", "E004"], entries.Where(e => !e.IsRefused).Select(e => e.Evaluation!.Id));
        var refused = Assert.Single(entries, e => e.IsRefused);
        Assert.Equal(2, refused.Index);
        Assert.Equal("E002", refused.EvaluationId);
        Assert.False(refused.StopsReading);
        var problem = Assert.Single(refused.Report.Problems);
        Assert.Equal(ProblemCodes.WrongType, problem.Code);
        Assert.Equal("$.evaluations[2].records[0].actual", problem.Location.JsonPath);
        Assert.Equal([0, 1, 2, 3, 4], entries.Select(e => e.Index!.Value));
    }

    [Fact]
    public async Task ReadPortfolioEntriesAsync_DuplicateIdUnknownSubjectNullAndBadText_EachRefusedAndTheRestRead()
    {
        var node = Portfolio(6);
        node["evaluations"]![1]!["id"] = "E000";                 // duplicate-code
        node["evaluations"]![2]!["subject"]!["code"] = "P404";   // reference-unknown
        node["evaluations"]![3] = null;                          // null-not-allowed
        var bytes = StreamingTests.Bytes(node);
        var text = Encoding.UTF8.GetString(bytes).Replace("\"E004\"", "\"E004\\ud800\"", StringComparison.Ordinal); // an escaped lone surrogate

        var entries = await Entries(Encoding.UTF8.GetBytes(text));

        Assert.Equal(["E000", "E005"], entries.Where(e => !e.IsRefused).Select(e => e.Evaluation!.Id));
        var refused = entries.Where(e => e.IsRefused).ToDictionary(e => e.Index!.Value);
        Assert.Equal([1, 2, 3, 4], refused.Keys.Order());
        Assert.Equal(ProblemCodes.DuplicateCode, Assert.Single(refused[1].Report.Problems).Code);
        Assert.Equal("$.evaluations[1].id", refused[1].Report.Problems[0].Location.JsonPath);
        Assert.Equal("E000", refused[1].EvaluationId);
        Assert.Equal(ProblemCodes.ReferenceUnknown, Assert.Single(refused[2].Report.Problems).Code);
        Assert.Equal("E002", refused[2].EvaluationId);
        Assert.Equal(ProblemCodes.NullNotAllowed, Assert.Single(refused[3].Report.Problems).Code);
        Assert.Null(refused[3].EvaluationId);
        Assert.Equal(ProblemCodes.MalformedJson, Assert.Single(refused[4].Report.Problems).Code);
        Assert.All(entries, e => Assert.False(e.StopsReading));
    }

    [Fact]
    public async Task ReadPortfolioEntriesAsync_Truncated_YieldsWhatCameWholeThenOneEntryThatStopsReading()
    {
        var bytes = StreamingTests.Bytes(Portfolio(4));
        var cut = Encoding.UTF8.GetString(bytes).IndexOf("\"E002\"", StringComparison.Ordinal) + 40;

        var entries = await Entries(bytes[..cut]);

        Assert.Equal(["E000", "E001"], entries.Where(e => !e.IsRefused).Select(e => e.Evaluation!.Id));
        var last = entries[^1];
        Assert.True(last.IsRefused);
        Assert.True(last.StopsReading);
        Assert.Equal(2, last.Index);
        Assert.Equal(ProblemCodes.MalformedJson, Assert.Single(last.Report.Problems).Code);
        Assert.Equal(3, entries.Count);
    }

    [Fact]
    public async Task ReadPortfolioEntriesAsync_EvaluationsBeforeTheSubjectLists_OneEntryWithACodeNothingRead()
    {
        var node = Portfolio(2);
        node["evaluations"]![1]!["subject"]!["code"] = "P404";
        var reordered = new JsonObject { ["kind"] = "portfolio", ["schemaVersion"] = 1, ["evaluations"] = node["evaluations"]!.DeepClone() };
        foreach (var name in new[] { "year", "departments", "units", "sections", "spendingItems", "targets" })
        {
            reordered[name] = node[name]!.DeepClone();
        }

        var entries = await Entries(StreamingTests.Bytes(reordered));

        var only = Assert.Single(entries);
        Assert.True(only.StopsReading);
        Assert.Null(only.Index);
        var problem = Assert.Single(only.Report.Problems);
        Assert.Equal(ProblemCodes.RequiredMissing, problem.Code);
        Assert.Equal("$.evaluations", problem.Location.JsonPath);
    }

    [Fact]
    public async Task ReadPortfolioEntriesAsync_ValidPortfolio_TheSameEvaluationsAsTheThrowingReader()
    {
        var bytes = StreamingTests.Bytes(Portfolio(3));
        var thrown = new List<string>();
        await foreach (var e in JsonDocuments.ReadPortfolioEvaluationsAsync(new MemoryStream(bytes)))
        {
            thrown.Add(JsonDocuments.Evaluation.Write(e));
        }

        var entries = await Entries(bytes, 5);
        Assert.All(entries, e => Assert.True(e.Report.IsValid));
        Assert.Equal(thrown, entries.Select(e => JsonDocuments.Evaluation.Write(e.Evaluation!)));
    }

    // The invariant of item 1: whatever evaluations are bad and whatever pieces the stream gives, there is one entry per
    // evaluation, refused exactly where one is bad, and none stops the reading.
    [Property(MaxTest = 40)]
    public Property ReadPortfolioEntriesAsync_AnyBadEvaluations_OneEntryEachRefusedExactlyThere() =>
        Prop.ForAll(
            Gen.Choose(0, 1).ListOf(8).Select(l => l.ToArray()).ToArbitrary(),
            Gen.Choose(1, 4096).ToArbitrary(),
            (bad, pieces) =>
            {
                var node = Portfolio(bad.Length);
                for (var i = 0; i < bad.Length; i++)
                {
                    if (bad[i] == 1)
                    {
                        node["evaluations"]![i]!["coveredYear"] = "x";
                    }
                }

                var entries = Entries(StreamingTests.Bytes(node), pieces).GetAwaiter().GetResult();
                return entries.Count == bad.Length
                    && entries.Select(e => e.IsRefused ? 1 : 0).SequenceEqual(bad)
                    && entries.Select(e => e.Index).SequenceEqual(Enumerable.Range(0, bad.Length).Select(i => (int?)i))
                    && entries.All(e => !e.StopsReading && (e.EvaluationId ?? e.Evaluation?.Id) == $"E{e.Index:000}");
            });

    /// <summary>Gives at most <c>pieces</c> bytes a read.</summary>
    private sealed class PieceStream(byte[] data, int pieces) : MemoryStream(data)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, pieces)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, pieces)], cancellationToken);
    }
}
