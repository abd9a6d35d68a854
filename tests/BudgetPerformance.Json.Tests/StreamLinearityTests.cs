using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BudgetPerformance.Json.Reading;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Issue 18, item 4: the streaming portfolio reader's cost per byte does not grow with the number of reads. The work is
/// counted (the bytes its JSON readers examine, <see cref="PortfolioStreamReader.BytesExamined"/>), not timed. Before the
/// change the unit's reader started again from the unit's first byte after every read of the stream, so the bytes examined
/// grew with the square of a unit's size over the read size: 32 MiB of blanks took 0.16 s read whole, 8.4 s in 64 KB reads
/// and 133 s in 4 KB reads; the 1 MiB of blanks below was examined about 130 times over in 4 KB reads.
/// </summary>
public class StreamLinearityTests
{
    private static async Task<(int Read, long Examined)> Examine(byte[] document, int readSize)
    {
        var reader = new PortfolioStreamReader(new PiecesStream(document, readSize), JsonReadLimits.Default);
        var read = 0;
        await foreach (var unused in reader.ReadAsync(CancellationToken.None))
        {
            read++;
        }

        return (read, reader.BytesExamined);
    }

    // The small portfolio of the stream contract tests with blanks spread through it: before the root, between top-level
    // properties, before each evaluation and after the document.
    private static byte[] WithBlanks(int evaluations, int blanks)
    {
        var text = Encoding.UTF8.GetString(StreamReaderContractTests.Compact(StreamReaderContractTests.Small(evaluations)));
        var pad = new string(' ', blanks);
        text = pad + text.Replace(",\"", "," + pad + "\"", StringComparison.Ordinal).Replace(",{", "," + pad + "{", StringComparison.Ordinal) + pad;
        return Encoding.UTF8.GetBytes(text);
    }

    [Fact]
    public async Task ReadAsync_OneMebibyteOfBlanksInFourKilobyteReads_ExaminesEachByteAFewTimesAsWhenReadWhole()
    {
        var document = Encoding.UTF8.GetBytes(new string(' ', 1 << 20) + Encoding.UTF8.GetString(StreamReaderContractTests.Compact(StreamReaderContractTests.Small(1))));

        var whole = await Examine(document, int.MaxValue);
        var small = await Examine(document, 4096);

        Assert.Equal((1, 1), (whole.Read, small.Read));

        // Each byte is examined at most three times (look-ahead, the unit's reader, the final unit); the old code examined the blanks ~128 times over.
        Assert.InRange(whole.Examined, document.Length, 3L * document.Length);
        Assert.InRange(small.Examined, document.Length, 3L * document.Length);
    }

    [Theory]
    [InlineData(1, 200, 1)]
    [InlineData(1, 200, 7)]
    [InlineData(40, 2_000, 4096)]
    [InlineData(40, 2_000, 65_536)]
    public async Task ReadAsync_AnyReadSize_ExaminesAtMostThreeTimesWhatWholeReadingExamines(int evaluations, int blanks, int readSize)
    {
        var document = WithBlanks(evaluations, blanks);

        var whole = await Examine(document, int.MaxValue);
        var pieces = await Examine(document, readSize);

        Assert.Equal((evaluations, evaluations), (whole.Read, pieces.Read));
        Assert.InRange(whole.Examined, document.Length, 3L * document.Length);
        Assert.InRange(pieces.Examined, document.Length, 3L * document.Length);
    }

    [Fact]
    public async Task ReadAsync_StrayByteInAnOpenArray_IsMalformedBeforeTheRestArrives()
    {
        // The look-ahead hands a unit over at a byte no JSON has outside a string, so the error comes at once, as it did
        // before the look-ahead, not after the rest of the stream (here: never closed) or the size limit.
        var head = Encoding.UTF8.GetBytes("{\"kind\":\"portfolio\",\"schemaVersion\":1,\"departments\":[@");
        var document = new byte[head.Length + (1 << 20)];
        head.CopyTo(document, 0);
        document.AsSpan(head.Length).Fill((byte)'[');
        var stream = new PiecesStream(document, 4096);

        var (read, report) = await StreamReaderContractTests.ReadAll(stream);

        Assert.Empty(read);
        Assert.Equal(Problems.ProblemCodes.MalformedJson, Assert.Single(report!.Problems).Code);
        Assert.True(stream.Position < 64 * 1024, $"read {stream.Position} bytes");
    }

    /// <summary>Delivers at most <c>size</c> bytes per read.</summary>
    private sealed class PiecesStream(byte[] data, int size) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, size)], cancellationToken);
    }
}
