using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using BudgetPerformance.Json;
using BudgetPerformance.Json.Reading;

namespace BudgetPerformance.Cli.Tests;

/// <summary>One case of the hostile-input suite: a line of Hostile/manifest.tsv.</summary>
/// <remarks>BpmCodes (an optional sixth column) lists the codes bpm names where its verdict differs from the library reader's
/// (bpm's kind sniffer speaks first for the main document).</remarks>
public sealed record HostileCase(string File, string Reader, string Role, string Expected, int ExitCode, string? BpmCodes = null)
{
    public override string ToString() => File;
}

/// <summary>
/// The readers and the <c>bpm</c> runs of the hostile-input suite (issue 18 item 8), and what every run must satisfy
/// whatever its input: no exception, no stack trace, <c>--format json</c> output that parses as one JSON document, and
/// text output without a raw control or bidi character.
/// </summary>
internal static partial class HostileCases
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Hostile");

    public static IReadOnlyList<HostileCase> Manifest { get; } = File.ReadAllLines(Path.Combine(Folder, "manifest.tsv"), Encoding.UTF8)
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('\t'))
        .Select(c => new HostileCase(c[0], c[1], c[2], c[3], int.Parse(c[4], CultureInfo.InvariantCulture), c.Length > 5 ? c[5] : null))
        .ToArray();

    /// <summary>The outcome of a library reader: "ok", or the report as sorted "code@path" joined by ";".</summary>
    public static async Task<string> ReadWithLibrary(string reader, byte[] input)
    {
        switch (reader)
        {
            case "evaluation": return Outcome(JsonDocuments.Evaluation, input);
            case "portfolio":
                var whole = Outcome(JsonDocuments.Portfolio, input);
                await CheckStreamAgrees(input, whole);
                return whole;
            case "rule-set": return Outcome(JsonDocuments.RuleSet, input);
            case "performance-target": return Outcome(JsonDocuments.PerformanceTarget, input);
            case "indicator-framework": return Outcome(JsonDocuments.IndicatorFramework, input);
            case "calendar": return Outcome(JsonDocuments.WorkingDayCalendar, input);
            case "requests":
                using (var stream = new MemoryStream(input))
                {
                    return Codes(BoundedInput.ReadSideFile(stream, JsonReadLimits.Default, out _));
                }

            default: throw new ArgumentOutOfRangeException(nameof(reader), reader, "Unknown reader.");
        }
    }

    private static string Outcome<T>(JsonDocumentFormat<T> format, byte[] input)
        where T : class
    {
        var fromBytes = format.TryRead(input, out _, out var report) ? "ok" : Codes(report);
        using var stream = new MemoryStream(input);
        var fromStream = format.TryRead(stream, out _, out var streamReport) ? "ok" : Codes(streamReport);
        Assert.Equal(fromBytes, fromStream);
        return fromBytes;
    }

    /// <summary>The streamed entry reader never throws, refuses something when the whole-document reader does, and accepts
    /// every evaluation when the whole document is valid (no silent acceptance, nothing lost).</summary>
    private static async Task CheckStreamAgrees(byte[] input, string whole)
    {
        var entries = new List<PortfolioStreamEntry>();
        await foreach (var entry in JsonDocuments.ReadPortfolioEntriesAsync(new MemoryStream(input)))
        {
            entries.Add(entry);
        }

        if (whole == "ok")
        {
            Assert.All(entries, e => Assert.False(e.IsRefused, e.Report.ToString()));
        }
        else
        {
            Assert.Contains(entries, e => e.IsRefused);
        }
    }

    public static string Codes(ValidationReport? report) => report is null || report.IsValid
        ? "ok"
        : string.Join(";", report.Problems.Select(p => p.Code + "@" + (p.Location.JsonPath ?? string.Empty)).Distinct().Order(StringComparer.Ordinal));

    /// <summary>The bpm runs of a case's role (IN is the input); every one is run with --format json and as text.</summary>
    public static IEnumerable<string[]> Commands(string role, string reader) => role switch
    {
        "doc" when reader == "portfolio" => [["validate", "IN"], ["score", "IN", "--rules", "national-2020"], ["reconcile", "IN", "--rules", "national-2020"]],
        "doc" => [["validate", "IN"]],
        "rules" => [["score", "evaluation.json", "--rules", "IN"]],
        "calendar" => [["monitor", "monitoring.json", "--as-of", "2021-12-31", "--rules", "national-2020", "--calendar", "IN"]],
        "requests" => [["propose", "portfolio.json", "--rules", "linqu-county-2021", "--requests", "IN"]],
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };

    /// <summary>Runs bpm on <paramref name="input"/> (a path) with the commands of the role, as json and as text; checks what
    /// every run must satisfy; returns the exit code of the first command (they must agree).</summary>
    public static async Task<(int ExitCode, string Json)> RunBpm(string role, string reader, string input)
    {
        int? exit = null;
        var firstJson = string.Empty;
        foreach (var template in Commands(role, reader))
        {
            var args = template.Select(a => a == "IN" ? input : a).Append("--lang").Append("en").ToArray();
            foreach (var format in new[] { "json", "table" })
            {
                var all = args.Append("--format").Append(format).ToArray();
                Run run;
                try
                {
                    run = await Bpm.InDir(CliInputs.SideFolder, all);
                }
                catch (Exception ex)
                {
                    Assert.Fail($"bpm {string.Join(' ', all)} threw {ex}");
                    throw;
                }

                var what = $"bpm {string.Join(' ', all)}";
                Assert.True(run.ExitCode is 0 or 1, $"{what}: exit code {run.ExitCode}: {run.Err}");
                Assert.DoesNotContain(CliInputs.UnexpectedExceptionLine, run.Err, StringComparison.Ordinal);
                AssertNoStackTrace(what, run.Out + run.Err);
                if (format == "json")
                {
                    AssertOneJsonDocumentOrNothing(what, run);
                    if (exit is null)
                    {
                        firstJson = run.Out + run.Err;
                    }
                }
                else
                {
                    AssertNoRawControl(what, run.Out);
                    AssertNoRawControl(what, run.Err);
                }

                exit ??= run.ExitCode;
                if (template[0] == "validate" || role != "doc")
                {
                    Assert.True(exit == run.ExitCode, $"{what}: exit code {run.ExitCode}, the other runs {exit}");
                }
            }
        }

        return (exit!.Value, firstJson);
    }

    public static void AssertNoStackTrace(string what, string text)
    {
        Assert.False(StackFrame().IsMatch(text), $"{what}: a stack trace in the output: {Cut(text)}");
        Assert.False(ExceptionName().IsMatch(text), $"{what}: an exception name in the output: {Cut(text)}");
    }

    /// <summary>Standard output of a json run is one JSON document, or empty when the command stopped on a report (on standard error) before writing.</summary>
    public static void AssertOneJsonDocumentOrNothing(string what, Run run)
    {
        if (run.Out.Length == 0)
        {
            Assert.True(run.ExitCode == 1 && run.Err.Length > 0, $"{what}: nothing on standard output, exit {run.ExitCode}, standard error: {Cut(run.Err)}");
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(run.Out);
        }
        catch (JsonException ex)
        {
            Assert.Fail($"{what}: standard output is not one JSON document ({ex.Message}): {Cut(run.Out)}");
        }
    }

    /// <summary>No C0 control but newline, carriage return and tab; no DEL, no C1 control, no bidi override or isolate, no lone surrogate.</summary>
    public static void AssertNoRawControl(string what, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var bad = (c < 0x20 && c is not ('\n' or '\r' or '\t')) || (c >= 0x7f && c <= 0x9f)
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || (char.IsHighSurrogate(c) && (i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1])))
                || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])));
            Assert.False(bad, $"{what}: raw U+{(int)c:X4} at {i}: {Cut(text)}");
        }
    }

    private static string Cut(string text) => text.Length <= 2000 ? text : text[..2000] + "…";

    [GeneratedRegex(@"^\s+at \S+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"\b\w+Exception\b")]
    private static partial Regex ExceptionName();
}
