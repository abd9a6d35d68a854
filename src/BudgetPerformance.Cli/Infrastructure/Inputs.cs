using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using BudgetPerformance.Json;
using BudgetPerformance.Json.Reading;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using Spectre.Console;

namespace BudgetPerformance.Cli.Infrastructure;

/// <summary>Reading files: one clear line for a missing file or unreadable JSON, the validation report for bad documents.</summary>
internal static class Inputs
{
    /// <summary>Opens a file for reading, or stops with one clear line.</summary>
    public static FileStream Open(CliContext ctx, string path)
    {
        var full = ctx.ResolvePath(path);
        if (Directory.Exists(full) || !File.Exists(full))
        {
            ctx.Fail($"找不到文件：{path}", $"file not found: {path}");
            throw new CliStopException(ExitCodes.Findings);
        }

        try
        {
            return new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ctx.Fail($"无法读取文件 {path}：{e.Message}", $"cannot read {path}: {e.Message}");
            throw new CliStopException(ExitCodes.Findings);
        }
    }

    /// <summary>Reads the top-level <c>kind</c> of a JSON document without reading the whole file into memory.</summary>
    public static string? SniffKind(CliContext ctx, string path)
    {
        var kind = SniffKind(ctx, path, out var report);
        if (report is not null)
        {
            FailWithReport(ctx, path, report);
            throw new CliStopException(ExitCodes.Findings);
        }

        return kind;
    }

    /// <summary>
    /// Reads the top-level <c>kind</c> within the read limits (<see cref="JsonReadLimits.Default"/>): a limit exceeded before
    /// the kind is returned as <paramref name="report"/> (one problem with its code); unreadable JSON stops with one line.
    /// </summary>
    public static string? SniffKind(CliContext ctx, string path, out ValidationReport? report)
    {
        using var stream = Open(ctx, path);
        try
        {
            report = null;
            return DocumentKindSniffer.Sniff(stream, JsonReadLimits.Default);
        }
        catch (JsonContractException e)
        {
            report = e.Report;
            return null;
        }
        catch (JsonException e)
        {
            // Unreadable before the kind (empty, not JSON, UTF-16, invalid UTF-8): a file is read again by a reader so that
            // the problem has its code and path (validate --format json then writes the report); a FIFO cannot be re-read.
            if (stream.CanSeek)
            {
                stream.Position = 0;
                JsonDocuments.Evaluation.TryRead(stream, out _, out var full);
                var malformed = full.Problems.Where(p => p.Code == ProblemCodes.MalformedJson).ToArray();
                if (malformed.Length > 0)
                {
                    report = new ValidationReport(malformed);
                    return null;
                }
            }

            ctx.Fail($"{path} 不是可读的 JSON：{Describe(e)}", $"{path} is not readable JSON: {Describe(e)}");
            throw new CliStopException(ExitCodes.Findings);
        }
    }

    private static string Describe(JsonException e) =>
        SafeText.Escape(e.LineNumber is { } line
            ? FormattableString.Invariant($"line {line + 1}, byte {e.BytePositionInLine + 1}: {e.Message.Split('.')[0]}")
            : e.Message);

    /// <summary>Reads a whole document, or prints its report (on standard error) and stops with exit code 1.</summary>
    public static T Read<T>(CliContext ctx, string path, JsonDocumentFormat<T> format)
        where T : class
    {
        using var stream = Open(ctx, path);
        if (format.TryRead(stream, out var value, out var report))
        {
            return value;
        }

        FailWithReport(ctx, path, report);
        throw new CliStopException(ExitCodes.Findings);
    }

    /// <summary>Prints a report on standard error: a single malformed-JSON entry as one line, others as the list of entries.</summary>
    public static void FailWithReport(CliContext ctx, string path, ValidationReport report)
    {
        if (IsUnreadable(report))
        {
            var entry = report.Problems[0];
            ctx.Fail($"{path} 不是可读的 JSON（{entry.Code}，{entry.Location.JsonPath}）：{entry.MessageZh}", $"{path} is not readable JSON ({entry.Code} at {entry.Location.JsonPath}): {entry.MessageEn}");
            return;
        }

        ctx.Error.WriteLine(ctx.T($"bpm: {path} 无效：{report.Problems.Count} 个问题", $"bpm: {path} is not valid: {report.Problems.Count} problem(s)"));
        foreach (var entry in report.Problems)
        {
            ctx.Error.WriteLine("  " + Show.Problem(ctx, entry));
        }
    }

    public static bool IsUnreadable(ValidationReport report) =>
        report.Problems.Count == 1 && report.Problems[0].Code is ProblemCodes.MalformedJson or ProblemCodes.DocumentTooLarge;

    /// <summary>
    /// Reads a side file (<c>--requests</c>) within the read limits of every input (<see cref="JsonReadLimits.Default"/>): at
    /// most <see cref="JsonReadLimits.MaxDocumentBytes"/> bytes plus one are read, then UTF-8, syntax, depth, text and the
    /// length of strings are checked; a breach is printed as a report with its code, and stops with exit code 1.
    /// </summary>
    public static ReadOnlyMemory<byte> ReadBounded(CliContext ctx, string path)
    {
        using var stream = Open(ctx, path);
        if (BoundedInput.ReadSideFile(stream, JsonReadLimits.Default, out var bytes) is not { } report)
        {
            return bytes;
        }

        FailWithReport(ctx, path, report);
        throw new CliStopException(ExitCodes.Findings);
    }

    /// <summary>Writes a validation report as a table (for people).</summary>
    public static void WriteReportTable(CliContext ctx, string path, string? kind, ValidationReport report)
    {
        var console = ctx.Console;
        if (report.IsValid)
        {
            console.MarkupLine(Show.Cell(ctx.T($"{path}：有效（{kind}）", $"{path}: valid ({kind})")));
            return;
        }

        console.MarkupLine(Show.Cell(ctx.T($"{path}：无效（{EchoKind(kind, "未知类型")}），{report.Problems.Count} 个问题", $"{path}: not valid ({EchoKind(kind, "unknown kind")}), {report.Problems.Count} problem(s)")));
        var table = new Table().AddColumns(ctx.T("代码", "Code"), ctx.T("路径", "Path"), ctx.T("指标", "Indicator"), ctx.T("说明", "Message"));
        foreach (var entry in report.Problems)
        {
            table.AddRow(Show.Cell(entry.Code), Show.Cell(entry.Location.JsonPath ?? ""), Show.Cell(entry.Location.IndicatorCode ?? ""), Show.Cell(ctx.T(entry.MessageZh, entry.MessageEn)));
        }

        console.Write(table);
    }

    /// <summary>Resolves <c>--rules</c>: a preset id, or the path of a rule-set JSON file.</summary>
    public static RuleSet ResolveRules(CliContext ctx, string idOrPath)
    {
        if (RuleSetPresets.TryGet(idOrPath, out var preset))
        {
            return preset;
        }

        var full = ctx.ResolvePath(idOrPath);
        if (!File.Exists(full))
        {
            var ids = string.Join(", ", RuleSetPresets.All.Select(r => r.Id));
            ctx.Fail($"“{idOrPath}” 既不是预置规则集，也不是文件。预置规则集：{ids}", $"'{idOrPath}' is neither a rule-set preset nor a file. Presets: {ids}");
            throw new CliStopException(ExitCodes.Findings);
        }

        return Read(ctx, idOrPath, JsonDocuments.RuleSet);
    }

    /// <summary>A sniffed kind as a message echoes it: cut to <see cref="SafeText.MaxEchoLength"/> characters and escaped.</summary>
    public static string EchoKind(string? kind, string ifNone) => kind is null ? ifNone : SafeText.Echo(kind);

    public static string Title(CliContext ctx, RuleSet ruleSet) =>
        FormattableString.Invariant($"{ruleSet.Id} v{ruleSet.Version} {ctx.T(ruleSet.Title.Chinese, ruleSet.Title.English)}");
}
