using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BudgetPerformance.Json;
using BudgetPerformance.Json.Output;
using Spectre.Console;

namespace BudgetPerformance.Cli.Infrastructure;

/// <summary>
/// The evaluations a streamed command refused (and the problem that ended the reading, if one did): each is named on
/// standard error as it comes, counted, and kept (up to <see cref="MaxListed"/>) for the <c>refused</c> list of the
/// result document and the table.
/// </summary>
internal sealed class Refusals(CliContext ctx, string path)
{
    /// <summary>How many refusals a result document lists; more are counted (<c>refusedNotListed</c>) and named on standard error.</summary>
    public const int MaxListed = 10_000;

    private readonly List<PortfolioStreamEntry> listed = [];

    public long Count { get; private set; }

    /// <summary>Whether the reading stopped before the end of the file (nothing after the last refusal was read).</summary>
    public bool Stopped { get; private set; }

    public long NotListed => Count - listed.Count;

    public long? NotListedOrNull => NotListed > 0 ? NotListed : null;

    public IReadOnlyList<PortfolioStreamEntry> Listed => listed;

    public void Add(PortfolioStreamEntry entry)
    {
        Count++;
        Stopped |= entry.StopsReading;
        if (listed.Count < MaxListed)
        {
            listed.Add(entry);
        }

        if (entry.Index is null && !entry.StopsReading)
        {
            Inputs.FailWithReport(ctx, path, entry.Report);
            return;
        }

        if (entry.StopsReading && Inputs.IsUnreadable(entry.Report))
        {
            Inputs.FailWithReport(ctx, path, entry.Report);
        }
        else
        {
            var what = Name(entry);
            ctx.Error.WriteLine(ctx.T(
                $"bpm: {path}：{what} 未被接受：{entry.Report.Problems.Count} 个问题",
                $"bpm: {path}: {what} refused: {entry.Report.Problems.Count} problem(s)"));
            foreach (var problem in entry.Report.Problems)
            {
                ctx.Error.WriteLine("  " + Show.Problem(ctx, problem));
            }
        }

        if (entry.StopsReading)
        {
            ctx.Error.WriteLine(ctx.T(
                $"bpm: {path} 的读取在此停止：此后的内容无法读取",
                $"bpm: reading {path} stopped there: nothing after that point could be read"));
        }
    }

    /// <summary>What an entry names: <c>evaluations[3] (E-1)</c>, or the document.</summary>
    public string Name(PortfolioStreamEntry entry)
    {
        if (entry.Index is not { } index)
        {
            return ctx.T("文档", "the document");
        }

        var at = "evaluations[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        return entry.EvaluationId is { } id ? $"{at} ({id})" : at;
    }

    public static RefusedEvaluationDto ToDto(PortfolioStreamEntry entry) => new()
    {
        Index = entry.Index,
        EvaluationId = entry.EvaluationId,
        StopsReading = entry.StopsReading,
        Problems = entry.Report.Problems.Select(ProblemDto.Of).ToArray(),
    };

    /// <summary>Writes the <c>refused</c> array of a result document.</summary>
    public void WriteJson(StreamingJsonWriter json)
    {
        json.Writer.WriteStartArray("refused");
        foreach (var entry in listed)
        {
            json.Value(ToDto(entry), CliJson.Context.RefusedEvaluationDto);
        }

        json.Writer.WriteEndArray();
    }

    /// <summary>Prints what was refused (the first <paramref name="rows"/> entries) as a table, or nothing when nothing was.</summary>
    public void WriteTable(int rows)
    {
        if (Count == 0)
        {
            return;
        }

        var console = ctx.Console;
        console.WriteLine(ctx.T($"未被接受（输入无效，未处理）：{Show.N(Count)} 项", $"Refused (invalid input, not processed): {Show.N(Count)}"));
        var table = new Table().AddColumns(ctx.T("评价", "Evaluation"), ctx.T("代码", "Code"), ctx.T("路径", "Path"), ctx.T("说明", "Message"));
        foreach (var entry in listed.Take(rows))
        {
            foreach (var problem in entry.Report.Problems)
            {
                table.AddRow(
                    Markup.Escape(Name(entry)),
                    Markup.Escape(problem.Code),
                    Markup.Escape(problem.Location.JsonPath ?? ""),
                    Markup.Escape(ctx.T(problem.MessageZh, problem.MessageEn)));
            }
        }

        console.Write(table);
        if (Count > rows)
        {
            console.WriteLine(ctx.T($"…… 另有 {Show.N(Count - rows)} 项未列出（见标准错误输出）", $"... and {Show.N(Count - rows)} more not listed (see standard error)"));
        }

        if (Stopped)
        {
            console.WriteLine(ctx.T("读取在最后一项处停止：此后的内容无法读取。", "Reading stopped at the last of them: nothing after that point could be read."));
        }
    }
}
