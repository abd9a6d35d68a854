using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Problems;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Tests;

public class StreamingTests
{
    [Fact]
    public async Task ReadPortfolioEvaluationsAsync_SamplePortfolio_YieldsTheSameEvaluationsAsTheDocumentReader()
    {
        var bytes = JsonDocuments.Portfolio.WriteToUtf8Bytes(Documents.Portfolio());
        var streamed = new List<Evaluation>();
        await foreach (var e in JsonDocuments.ReadPortfolioEvaluationsAsync(new SlowStream(bytes)))
        {
            streamed.Add(e);
        }

        var whole = JsonDocuments.Portfolio.Read(bytes);
        Assert.Equal(whole.Evaluations.Select(e => JsonDocuments.Evaluation.Write(e)), streamed.Select(e => JsonDocuments.Evaluation.Write(e)));
    }

    [Fact]
    public async Task ReadPortfolioEvaluationsAsync_BadSecondEvaluation_YieldsTheFirstThenThrowsWithItsPath()
    {
        var node = JsonNode.Parse(JsonDocuments.Portfolio.WriteToUtf8Bytes(Documents.Portfolio()))!;
        node["evaluations"]![1]!["records"]![0]!["actual"] = "4600";
        node["evaluations"]![1]!["subject"]!["code"] = "P404";
        var read = new List<Evaluation>();

        var e = await Assert.ThrowsAsync<JsonContractException>(async () =>
        {
            await foreach (var evaluation in JsonDocuments.ReadPortfolioEvaluationsAsync(new MemoryStream(Bytes(node))))
            {
                read.Add(evaluation);
            }
        });

        Assert.Single(read);
        var entry = Assert.Single(e.Report.Problems);
        Assert.Equal(ProblemCodes.WrongType, entry.Code);
        Assert.Equal("$.evaluations[1].records[0].actual", entry.Location.JsonPath);
    }

    [Fact]
    public async Task ReadPortfolioEvaluationsAsync_UnknownSubjectOrTopLevelProblem_Throws()
    {
        var node = JsonNode.Parse(JsonDocuments.Portfolio.WriteToUtf8Bytes(Documents.Portfolio()))!;
        node["evaluations"]![0]!["subject"]!["code"] = "P404";
        var e = await Assert.ThrowsAsync<JsonContractException>(async () => await Count(new MemoryStream(Bytes(node))));
        Assert.Equal(ProblemCodes.ReferenceUnknown, Assert.Single(e.Report.Problems).Code);

        var truncated = JsonDocuments.Portfolio.WriteToUtf8Bytes(Documents.Portfolio())[..^30];
        e = await Assert.ThrowsAsync<JsonContractException>(async () => await Count(new MemoryStream(truncated)));
        Assert.Equal(ProblemCodes.MalformedJson, Assert.Single(e.Report.Problems).Code);

        e = await Assert.ThrowsAsync<JsonContractException>(async () => await Count(new MemoryStream("{\"kind\":\"portfolio\",\"schemaVersion\":1,\"extra\":1}"u8.ToArray())));
        Assert.Equal(ProblemCodes.UnknownProperty, Assert.Single(e.Report.Problems).Code);

        e = await Assert.ThrowsAsync<JsonContractException>(async () => await Count(new MemoryStream("{\"kind\":\"portfolio\",\"schemaVersion\":1}"u8.ToArray())));
        Assert.Contains(e.Report.Problems, x => x.Code == ProblemCodes.RequiredMissing && x.Location.JsonPath == "$.evaluations");
    }

    internal static async Task<int> Count(Stream stream)
    {
        var n = 0;
        await foreach (var _ in JsonDocuments.ReadPortfolioEvaluationsAsync(stream))
        {
            n++;
        }

        return n;
    }

    internal static byte[] Bytes(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            node.WriteTo(writer);
        }

        return buffer.ToArray();
    }

    /// <summary>Returns data a few bytes at a time, to exercise the buffer refills.</summary>
    private sealed class SlowStream(byte[] data) : MemoryStream(data)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 7)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 7)], cancellationToken);
    }

    /// <summary>A portfolio document made on the fly: the header, then the same small evaluation with a fresh id, never held in memory.</summary>
    internal sealed class GeneratedPortfolio : Stream
    {
        private readonly byte[] header;
        private readonly byte[] before;
        private readonly byte[] after;
        private readonly int count;
        private byte[] current;
        private int offset;
        private int next;
        private long position;

        private GeneratedPortfolio(byte[] header, byte[] before, byte[] after, int count)
        {
            this.header = header;
            this.before = before;
            this.after = after;
            this.count = count;
            current = header;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public static GeneratedPortfolio Create(int count)
        {
            var tree = new IndicatorTree(IndicatorWeighting.Weighted,
            [
                new LevelOneIndicator(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 20m,
                [
                    new LevelTwoIndicator(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, 20m,
                    [
                        Documents.Q("1.1.1", "高标准农田建设面积", Direction.AtLeast, 5000m, "亩", 15m),
                        LevelThreeIndicator.Qualitative(new IndicatorCode("1.1.2"), "耕地质量改善", 5m),
                    ]),
                ]),
            ]);
            var evaluation = new Evaluation("ID-PLACEHOLDER", EvaluationType.SelfEvaluation, new SubjectRef(SubjectType.Project, "P001"), new Performer(PerformerRole.Unit, "农田建设股"),
                new FiscalYear(2020), new FiscalYear(2021), tree,
                [IndicatorRecord.Measured(new IndicatorCode("1.1.1"), 4600m, null, 13.80m), IndicatorRecord.Achieved(new IndicatorCode("1.1.2"), AchievementLevel.Achieved, 4.5m)],
                new BudgetExecution(Money.FromYuan(4_000_000.00m), Money.FromYuan(3_900_000.00m)));
            var portfolio = new Portfolio(Documents.Portfolio().Year, Documents.Portfolio().Departments, Documents.Portfolio().Units, Documents.Portfolio().Sections,
                Documents.Portfolio().SpendingItems, Documents.Portfolio().Targets, [evaluation]);
            var node = JsonNode.Parse(JsonDocuments.Portfolio.WriteToUtf8Bytes(portfolio))!;
            var item = Encoding.UTF8.GetString(Compact(node["evaluations"]![0]!));
            node["evaluations"] = new JsonArray();
            var head = Encoding.UTF8.GetString(Compact(node));
            var split = item.IndexOf("ID-PLACEHOLDER", StringComparison.Ordinal);
            return new GeneratedPortfolio(
                Encoding.UTF8.GetBytes(head[..^2]),
                Encoding.UTF8.GetBytes(item[..split]),
                Encoding.UTF8.GetBytes(item[(split + "ID-PLACEHOLDER".Length)..]),
                count);
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var written = 0;
            while (written < buffer.Length)
            {
                if (this.offset == current.Length && !Advance())
                {
                    break;
                }

                var n = Math.Min(buffer.Length - written, current.Length - this.offset);
                current.AsSpan(this.offset, n).CopyTo(buffer[written..]);
                this.offset += n;
                written += n;
            }

            position += written;
            return written;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private bool Advance()
        {
            if (next > count)
            {
                return false; // the end, for every read from now on
            }

            offset = 0;

            if (next == count)
            {
                current = "]}"u8.ToArray();
                next++;
                return true;
            }

            var id = Encoding.UTF8.GetBytes((next == 0 ? string.Empty : ",") + Encoding.UTF8.GetString(before) + "E" + next.ToString("D7", System.Globalization.CultureInfo.InvariantCulture) + Encoding.UTF8.GetString(after));
            current = id;
            next++;
            return true;
        }

        private static byte[] Compact(JsonNode node)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                node.WriteTo(writer);
            }

            return buffer.ToArray();
        }
    }
}
