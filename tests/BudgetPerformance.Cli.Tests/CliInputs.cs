using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using BudgetPerformance.Cli.Infrastructure;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Json;
using BudgetPerformance.Values;

namespace BudgetPerformance.Cli.Tests;

/// <summary>
/// Every file input of <c>bpm</c>, fed one untrusted input: as the document of each command that reads one, as a rule-set
/// file (<c>--rules</c>), as a requests file (<c>--requests</c>) and as a working-day calendar (<c>--calendar</c>). Compiled into
/// the fuzz harness (target <c>cli</c>) and replayed by <c>CliInputTests</c>.
/// </summary>
/// <remarks>
/// The only acceptable outcomes of a run are exit code 0 (done) or 1 (findings, or input the command reports as bad). A
/// <see cref="CliInputFailure"/> is thrown when an exception escapes <c>bpm</c>, when it exits with another code, or when it
/// reports "cannot process the input": that line is <c>bpm</c>'s last-resort handler for an exception a command did not
/// expect (an <see cref="ArgumentException"/> or <see cref="InvalidOperationException"/> from a library call), which means
/// bad data reached a programming-error check instead of being reported as data.
/// </remarks>
internal static class CliInputs
{
    /// <summary>The line of the last-resort handler (in English, as the scenarios run with <c>--lang en</c>).</summary>
    public const string UnexpectedExceptionLine = "cannot process the input";

    private static readonly Lazy<string> Folder = new(CreateFolder);

    private static int inputs;

    /// <summary>The folder of the valid documents the side-file scenarios need (evaluation.json, portfolio.json, monitoring.json).</summary>
    public static string SideFolder => Folder.Value;

    /// <summary>The scenarios, by name, with their arguments; <c>IN</c> is replaced by the input's path.</summary>
    public static readonly (string Name, string[] Args)[] Scenarios =
    [
        ("validate", ["validate", "IN"]),
        ("validate-json", ["validate", "IN", "--format", "json"]),
        ("score", ["score", "IN", "--rules", "national-2020", "--explain"]),
        ("score-json", ["score", "IN", "--rules", "linqu-county-2021", "--format", "json"]),
        ("reconcile", ["reconcile", "IN", "--rules", "national-2020"]),
        ("review", ["review", "IN", "--amount", "500000", "--rules", "national-2020"]),
        ("monitor", ["monitor", "IN", "--as-of", "2020-07-31", "--rules", "national-2020"]),
        ("propose", ["propose", "IN", "--rules", "linqu-county-2021", "--format", "json"]),
        ("compare", ["compare", "IN", "--rules", "national-2020", "--against", "example-uncapped-1dp"]),
        ("rules-file", ["score", "evaluation.json", "--rules", "IN", "--explain"]),
        ("requests-file", ["propose", "portfolio.json", "--rules", "linqu-county-2021", "--requests", "IN"]),
        ("calendar-file", ["monitor", "monitoring.json", "--as-of", "2021-12-31", "--rules", "national-2020", "--calendar", "IN"]),
    ];

    /// <summary>Runs every scenario on <paramref name="input"/>; returns each scenario's exit code ("validate=1 score=0 …").</summary>
    /// <exception cref="CliInputFailure">A scenario ended in anything but exit code 0 or 1 with a clear message.</exception>
    public static string Run(byte[] input)
    {
        var folder = Folder.Value;
        var file = "input-" + Interlocked.Increment(ref inputs).ToString(CultureInfo.InvariantCulture) + ".json";
        File.WriteAllBytes(Path.Combine(folder, file), input);
        try
        {
            return RunAll(folder, file);
        }
        finally
        {
            File.Delete(Path.Combine(folder, file));
        }
    }

    private static string RunAll(string folder, string file)
    {
        var outcomes = new StringBuilder();
        foreach (var (name, template) in Scenarios)
        {
            var args = template.Select(a => a == "IN" ? file : a).Append("--lang").Append("en").ToArray();
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            int code;
            try
            {
                code = BpmApp.RunAsync(args, CliContext.ForWriters(output, error, folder)).GetAwaiter().GetResult();
            }
            catch (Exception ex)
            {
                throw new CliInputFailure($"bpm {string.Join(' ', args)}: threw {ex}");
            }

            var err = error.ToString();
            if (code is not (ExitCodes.Success or ExitCodes.Findings))
            {
                throw new CliInputFailure($"bpm {string.Join(' ', args)}: exit code {code}: {err}");
            }

            if (err.Contains(UnexpectedExceptionLine, StringComparison.Ordinal))
            {
                throw new CliInputFailure($"bpm {string.Join(' ', args)}: an unexpected exception reached the last-resort handler: {err}");
            }

            if (code == ExitCodes.Findings && err.Length == 0 && output.ToString().Length == 0)
            {
                throw new CliInputFailure($"bpm {string.Join(' ', args)}: exit code 1 without a word on either stream");
            }

            outcomes.Append(outcomes.Length == 0 ? string.Empty : " ").Append(name).Append('=').Append(code);
        }

        return outcomes.ToString();
    }

    /// <summary>The valid documents the side-file scenarios need, in a folder of their own.</summary>
    private static string CreateFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "bp-cli-inputs-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        foreach (var name in new[] { "evaluation.json", "portfolio.json" })
        {
            File.Copy(Path.Combine(ExamplesFolder(), name), Path.Combine(folder, name), overwrite: true);
        }

        // A monitoring record of the example target at the end of its year, on schedule: spent in full, every target reached.
        var target = JsonDocuments.PerformanceTarget.Read(File.ReadAllBytes(Path.Combine(ExamplesFolder(), "performance-target.json")));
        var records = target.Indicators.Indicators.Select(i => i.Kind == IndicatorKind.Quantitative
            ? IndicatorRecord.Measured(i.Code, i.Target!.Value)
            : IndicatorRecord.Achieved(i.Code, AchievementLevel.Achieved, i.Points));
        var monitoring = new Evaluation("M-1", EvaluationType.Monitoring, target.Subject, new Performer(PerformerRole.Unit, "U01"), target.Year, target.Year,
            target.Indicators, records, new BudgetExecution(Money.FromYuan(1_000_000m), Money.FromYuan(1_000_000m)));
        File.WriteAllBytes(Path.Combine(folder, "monitoring.json"), JsonDocuments.Evaluation.WriteToUtf8Bytes(monitoring));

        return folder;
    }

    /// <summary>docs/json/examples, copied beside the assembly (see the project file).</summary>
    public static string ExamplesFolder() => Path.Combine(AppContext.BaseDirectory, "Examples");

    /// <summary>The documented examples: seeds of the fuzzer and of the malformed-input tests.</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> Seeds() =>
        Directory.GetFiles(ExamplesFolder(), "*.json").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)));
}

/// <summary>A <c>bpm</c> run on an untrusted input that ended in an unacceptable way.</summary>
internal sealed class CliInputFailure : Exception
{
    public CliInputFailure(string message)
        : base(message)
    {
    }
}
