using System;
using System.IO;
using System.Text;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Json.Tests;

/// <summary>
/// Issue 18 item 3: every input is read within <see cref="JsonReadLimits"/>, in bounded time and memory, and a limit
/// exceeded is a report with a code. Before, the kind sniffer doubled its buffer without limit (a FIFO serving an endless
/// string hung <c>validate</c> at 790 MB and growing), and a 200 MB string before <c>kind</c> cost multiples of its size.
/// </summary>
public class BoundedInputTests
{
    private static readonly JsonReadLimits OneMegabyte = new(maxDocumentBytes: 1 << 20);

    [Fact]
    public void Sniff_EndlessStringBeforeKind_StopsWithStringTooLong()
    {
        // Before: the buffer doubled for as long as the stream gave bytes (this test never ended).
        using var stream = new EndlessStream("{\"name\": \""u8.ToArray(), (byte)'x');
        var e = Assert.Throws<JsonContractException>(() => DocumentKindSniffer.Sniff(stream));
        var problem = Assert.Single(e.Report.Problems);
        Assert.Equal(ProblemCodes.StringTooLong, problem.Code);
        Assert.Equal("$.name", problem.Location.JsonPath);
        Assert.True(stream.BytesRead < 200_000, $"{stream.BytesRead} bytes read");
    }

    [Fact]
    public void Sniff_EndlessKindValue_StopsWithStringTooLongAtKind()
    {
        using var stream = new EndlessStream("{\"kind\": \""u8.ToArray(), (byte)'k');
        var e = Assert.Throws<JsonContractException>(() => DocumentKindSniffer.Sniff(stream));
        Assert.Equal(("string-too-long", "$.kind"), (e.Report.Problems[0].Code, e.Report.Problems[0].Location.JsonPath));
    }

    [Fact]
    public void Sniff_EndlessBlanksBeforeKind_StopsAtTheDocumentLimit()
    {
        // Blanks between tokens are dropped as they come, so only the byte limit stops an endless run of them.
        using var stream = new EndlessStream("{"u8.ToArray(), (byte)' ');
        var e = Assert.Throws<JsonContractException>(() => DocumentKindSniffer.Sniff(stream, OneMegabyte));
        Assert.Equal(ProblemCodes.DocumentTooLarge, Assert.Single(e.Report.Problems).Code);
        Assert.True(stream.BytesRead <= OneMegabyte.MaxDocumentBytes + (1 << 16), $"{stream.BytesRead} bytes read");
    }

    [Fact]
    public void Sniff_EndlessNesting_StopsWithDepthExceeded()
    {
        using var stream = new EndlessStream("{\"a\": "u8.ToArray(), (byte)'[');
        var e = Assert.Throws<JsonContractException>(() => DocumentKindSniffer.Sniff(stream));
        Assert.Equal((ProblemCodes.DepthExceeded, "$.a"), (e.Report.Problems[0].Code, e.Report.Problems[0].Location.JsonPath));
    }

    [Fact]
    public void Sniff_StringOfTheLimitBeforeKind_FindsTheKind()
    {
        var json = "{\"name\": \"" + new string('x', JsonReadLimits.DefaultMaxStringLength) + "\", \"kind\": \"evaluation\"}";
        Assert.Equal("evaluation", DocumentKindSniffer.Sniff(new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }

    [Fact]
    public void Sniff_LongBlanksBeforeKind_FindsTheKind()
    {
        var json = "{" + new string(' ', 3 << 20) + "\"kind\": \"portfolio\"}";
        Assert.Equal("portfolio", DocumentKindSniffer.Sniff(new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }

    [Fact]
    public void Sniff_HugeStringBeforeKind_AllocatesFarLessThanItsSize()
    {
        // Before: the buffer grew to hold the whole string (64 MiB and more for a 40 MB string, about 2.6 times a 200 MB one).
        var bytes = Encoding.UTF8.GetBytes("{\"name\": \"" + new string('x', 40_000_000) + "\", \"kind\": \"evaluation\"}");
        using var stream = new MemoryStream(bytes);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<JsonContractException>(() => DocumentKindSniffer.Sniff(stream));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(ProblemCodes.StringTooLong, e.Report.Problems[0].Code);
        Assert.True(allocated < 4_000_000, $"{allocated} bytes allocated for a {bytes.Length}-byte document");
    }

    [Fact]
    public void TryRead_EndlessCalendarStream_ReportsDocumentTooLargeAfterTheLimitPlusOneByte()
    {
        // Before: the stream was copied 80 KB at a time into a MemoryStream (up to a chunk past the limit, in a buffer doubled beyond it).
        using var stream = new EndlessStream([], 0);
        Assert.False(JsonDocuments.WorkingDayCalendar.TryRead(stream, out _, out var report, OneMegabyte));
        Assert.Equal(ProblemCodes.DocumentTooLarge, Assert.Single(report.Problems).Code);
        Assert.Equal(OneMegabyte.MaxDocumentBytes + 1, stream.BytesRead);
    }

    [Fact]
    public void TryRead_EndlessStream_AllocatesAboutTheLimit()
    {
        using var stream = new EndlessStream([], (byte)' ');
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.False(JsonDocuments.Evaluation.TryRead(stream, out _, out var report, OneMegabyte));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(ProblemCodes.DocumentTooLarge, report.Problems[0].Code);
        Assert.True(allocated < 3 * OneMegabyte.MaxDocumentBytes / 2, $"{allocated} bytes allocated");
    }

    [Fact]
    public void TryRead_StreamOfExactlyTheLimit_IsRead()
    {
        var json = Encoding.UTF8.GetBytes("{\"kind\": \"evaluation\"}");
        var limits = new JsonReadLimits(maxDocumentBytes: json.Length);
        Assert.False(JsonDocuments.Evaluation.TryRead(new MemoryStream(json), out _, out var report, limits));
        Assert.DoesNotContain(report.Problems, p => p.Code == ProblemCodes.DocumentTooLarge);

        var tight = new JsonReadLimits(maxDocumentBytes: json.Length - 1);
        Assert.False(JsonDocuments.Evaluation.TryRead(new MemoryStream(json), out _, out var tooLarge, tight));
        Assert.Equal(ProblemCodes.DocumentTooLarge, Assert.Single(tooLarge.Problems).Code);
    }

    [Fact]
    public void TryRead_NonSeekableStreamWithinTheLimit_ReadsEveryByte()
    {
        var example = File.ReadAllBytes(Path.Combine(Documents.RepositoryRoot(), "docs", "json", "examples", "evaluation.json"));
        using var stream = new EndlessStream(example, null);
        Assert.True(JsonDocuments.Evaluation.TryRead(stream, out var evaluation, out var report), report.ToString());
        Assert.Equal(JsonDocuments.Evaluation.Read(example).Id, evaluation.Id);
    }

    /// <summary>A non-seekable stream: a prefix, then one byte for ever (or the end, when <c>fill</c> is null), in small reads.</summary>
    private sealed class EndlessStream(byte[] prefix, byte? fill) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => BytesRead;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            count = Math.Min(count, 4096);
            var n = 0;
            while (n < count && BytesRead < prefix.Length)
            {
                buffer[offset + n++] = prefix[BytesRead++];
            }

            if (fill is { } b)
            {
                buffer.AsSpan(offset + n, count - n).Fill(b);
                BytesRead += count - n;
                n = count;
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
