using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using BudgetPerformance.Json;

namespace BudgetPerformance.Cli.Tests;

/// <summary>
/// Issue 18 items 3 and 5 through bpm: every file a command reads is bounded by <see cref="JsonReadLimits"/> and a breach
/// is reported with its code; text from a document reaches neither standard output nor standard error raw, and a value a
/// message echoes is short.
/// </summary>
public sealed class BoundedInputCommandTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private static string Example(string name) => Path.Combine(CliInputs.ExamplesFolder(), name);

    /// <summary>A file of <paramref name="bytes"/> zero bytes (sparse: cheap to make at 64 MiB).</summary>
    private string Sparse(string name, long bytes)
    {
        var path = dir.File(name);
        using var file = new FileStream(path, FileMode.Create);
        file.SetLength(bytes);
        return path;
    }

    [Fact]
    public async Task Propose_RequestsJustOverTheLimit_ReportsDocumentTooLarge()
    {
        // Before: the requests file was parsed whole by JsonDocument.Parse(stream), with no limit (/dev/zero ended in an
        // OverflowException at 2.1 GB), and a bad one was a line without a code.
        var requests = Sparse("requests.json", JsonReadLimits.DefaultMaxDocumentBytes + 1);
        var run = await Bpm.InProcess("propose", Example("portfolio.json"), "--rules", "linqu-county-2021", "--requests", requests, "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("(document-too-large at $)", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_RequestsAtTheLimit_IsNotTooLarge()
    {
        // Exactly the limit is read (then found not to be JSON: zero bytes), so the limit is inclusive.
        var requests = Sparse("requests.json", JsonReadLimits.DefaultMaxDocumentBytes);
        var run = await Bpm.InProcess("propose", Example("portfolio.json"), "--rules", "linqu-county-2021", "--requests", requests, "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("document-too-large", run.Err, StringComparison.Ordinal);
        Assert.Contains("malformed-json", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_RequestCodeLongerThanTheStringLimit_ReportsStringTooLong()
    {
        var requests = dir.File("requests.json");
        File.WriteAllText(requests, "{\"" + new string('P', JsonReadLimits.DefaultMaxStringLength + 1) + "\": 1}");
        var run = await Bpm.InProcess("propose", Example("portfolio.json"), "--rules", "linqu-county-2021", "--requests", requests, "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("string-too-long", run.Err, StringComparison.Ordinal);
        Assert.True(run.Err.Length < 1000, $"{run.Err.Length} characters on standard error");
    }

    [Fact]
    public async Task Monitor_CalendarJustOverTheLimit_ReportsDocumentTooLarge()
    {
        var calendar = Sparse("calendar.json", JsonReadLimits.DefaultMaxDocumentBytes + 1);
        var run = await Bpm.InProcess("monitor", Example("evaluation.json"), "--as-of", "2021-12-31", "--rules", "national-2020", "--calendar", calendar, "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("(document-too-large at $)", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_TenMegabyteKind_MessageIsShortAndHasACode()
    {
        // Before: the sniffer read the whole kind and "score needs an evaluation or portfolio document; … is <kind>" put all
        // 10 MB of it on standard error.
        var file = dir.File("kind.json");
        File.WriteAllText(file, "{\"kind\": \"" + new string('k', 10_000_000) + "\", \"schemaVersion\": 1}");
        var run = await Bpm.InProcess("score", file, "--rules", "national-2020", "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("string-too-long $.kind", run.Err, StringComparison.Ordinal);
        Assert.True(run.Err.Length < 1000, $"{run.Err.Length} characters on standard error");

        var validate = await Bpm.InProcess("validate", file, "--format", "json");
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains("\"code\": \"string-too-long\"", validate.Out, StringComparison.Ordinal);
        Assert.True(validate.Out.Length < 1000, $"{validate.Out.Length} characters on standard output");
    }

    [Fact]
    public async Task Score_UnknownKindOfThousandsOfCharacters_IsEchoedCut()
    {
        // Within the string limit, so the sniffer returns it: the message echoes 64 characters of it, escaped.
        var file = dir.File("kind.json");
        File.WriteAllText(file, "{\"kind\": \"\\u001b" + new string('k', 10_000) + "\"}");
        var run = await Bpm.InProcess("score", file, "--rules", "national-2020", "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is \\u001B" + new string('k', 60) + "...", run.Err, StringComparison.Ordinal);
        Assert.True(run.Err.Length < 300, $"{run.Err.Length} characters on standard error");
    }

    [Fact]
    public async Task ScoreExplain_IndicatorNameWithEscAndBel_IsPrintedEscaped()
    {
        // Before: the name reached the terminal raw, so a document could retitle or repaint it (ESC ] 0 ; … BEL).
        var json = File.ReadAllText(Example("evaluation.json"), Encoding.UTF8).Replace("\"name\": \"高标准农田建设面积\"", "\"name\": \"\\u001b]0;pwned\\u0007\\u202e面积\"", StringComparison.Ordinal);
        Assert.Contains("pwned", json, StringComparison.Ordinal);
        var file = dir.File("evaluation.json");
        File.WriteAllText(file, json);
        var run = await Bpm.InProcess("score", file, "--rules", "national-2020", "--explain", "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\\u001B]0;pwned\\u0007\\u202E面积", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001B', run.Out);
        Assert.DoesNotContain('\u0007', run.Out);
        Assert.DoesNotContain('\u202E', run.Out);
    }

    [Fact]
    public async Task Validate_FifoServingAnEndlessString_StopsWithStringTooLong()
    {
        // Before: the kind sniffer doubled its buffer for as long as the FIFO gave bytes (790 MB after 60 s, and growing).
        if (!OperatingSystem.IsLinux())
        {
            return; // a named pipe of the file system
        }

        var fifo = dir.File("endless.json");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var writer = Task.Run(() =>
        {
            try
            {
                using var pipe = new FileStream(fifo, FileMode.Open, FileAccess.Write);
                pipe.Write("{\"name\": \""u8);
                var block = new byte[1 << 16];
                block.AsSpan().Fill((byte)'x');
                while (true)
                {
                    pipe.Write(block);
                }
            }
            catch (IOException)
            {
                // The reader closed the pipe: what a bounded reader does.
            }
        });

        var run = await Bpm.Process("validate", fifo, "--format", "json");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\"code\": \"string-too-long\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"path\": \"$.name\"", run.Out, StringComparison.Ordinal);
        Assert.True(await Task.WhenAny(writer, Task.Delay(TimeSpan.FromSeconds(30))) == writer, "the writer was never released");
    }

    [Fact]
    public async Task Score_MissingFileWithEscInItsName_IsReportedEscaped()
    {
        // Standard error goes through SafeTextWriter: before, the line carried the ESC as it was.
        var run = await Bpm.InDir(dir.Path, "score", "a\u001B[2Jb.json", "--rules", "national-2020", "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("file not found: a\\u001B[2Jb.json", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001B', run.Err);
    }
}
