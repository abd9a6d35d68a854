using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BudgetPerformance.Cli.Infrastructure;
using BudgetPerformance.Grades;
using BudgetPerformance.Json;
using Spectre.Console;

namespace BudgetPerformance.Cli.Commands;

/// <summary><c>bpm validate</c>, <c>bpm rules</c>, <c>bpm catalog</c> and <c>bpm schema</c>.</summary>
internal static class DocumentCommands
{
    public static readonly IReadOnlyList<string> Kinds = DocumentKinds.All;

    public static int Validate(CliContext ctx, string file, string format)
    {
        // A limit exceeded before the kind (an endless or huge string, an endless stream) is the report of the document, and
        // so is a missing or unknown kind: the file is then not opened again (a FIFO would not serve it twice).
        var kind = Inputs.SniffKind(ctx, file, out var limitReport);
        var report = limitReport
            ?? (DocumentKindSniffer.FindProblem(kind, Kinds) is { } wrongKind ? new ValidationReport([wrongKind]) : ReadAs(ctx, file, kind!));

        if (format == "json")
        {
            ctx.Output.Write(report.ToJson() + "\n");
        }
        else if (Inputs.IsUnreadable(report))
        {
            Inputs.FailWithReport(ctx, file, report);
        }
        else
        {
            Inputs.WriteReportTable(ctx, file, kind, report);
        }

        return report.IsValid ? ExitCodes.Success : ExitCodes.Findings;
    }

    private static ValidationReport ReadAs(CliContext ctx, string file, string kind)
    {
        using var stream = Inputs.Open(ctx, file);
        return kind switch
        {
            DocumentKinds.IndicatorFramework => Check(JsonDocuments.IndicatorFramework, stream),
            DocumentKinds.PerformanceTarget => Check(JsonDocuments.PerformanceTarget, stream),
            DocumentKinds.Evaluation => Check(JsonDocuments.Evaluation, stream),
            DocumentKinds.Portfolio => Check(JsonDocuments.Portfolio, stream),
            DocumentKinds.RuleSet => Check(JsonDocuments.RuleSet, stream),
            DocumentKinds.WorkingDayCalendar => Check(JsonDocuments.WorkingDayCalendar, stream),
            _ => new ValidationReport([DocumentKindSniffer.FindProblem(kind, Array.Empty<string>())!]), // a kind of DocumentKinds.All that bpm cannot read yet
        };
    }

    private static ValidationReport Check<T>(JsonDocumentFormat<T> format, Stream stream)
        where T : class
    {
        format.TryRead(stream, out _, out var report);
        return report;
    }

    public static int RulesList(CliContext ctx)
    {
        var table = new Table().AddColumns("id", ctx.T("版本", "Version"), ctx.T("生效期", "Effective"), ctx.T("名称", "Title"), ctx.T("规则族", "Families"));
        foreach (var r in RuleSetPresets.All)
        {
            table.AddRow(
                Show.Cell(r.Id),
                Show.N(r.Version),
                Show.Cell(FormattableString.Invariant($"{r.Effective.Start:yyyy-MM-dd} – {r.Effective.End:yyyy-MM-dd}")),
                Show.Cell(Show.Name(ctx, r.Title)),
                Show.Cell(string.Join(" ", Families(r))));
        }

        ctx.Console.Write(table);
        return ExitCodes.Success;
    }

    private static string[] Families(Rules.RuleSet r) =>
    [
        "grading",
        .. r.IndicatorScoring is null ? Array.Empty<string>() : ["indicator-scoring"],
        .. r.BudgetExecution is null ? Array.Empty<string>() : ["budget-execution"],
        .. r.Aggregation is null ? Array.Empty<string>() : ["aggregation"],
        .. r.WeightCheck is null ? Array.Empty<string>() : ["weight-check"],
        .. r.ReCheck is null ? Array.Empty<string>() : ["re-check"],
        .. r.ExAnte is null ? Array.Empty<string>() : ["ex-ante"],
        .. r.ResultApplication is null ? Array.Empty<string>() : ["result-application"],
        .. r.Rectification is null ? Array.Empty<string>() : ["rectification"],
        .. r.Distribution is null ? Array.Empty<string>() : ["distribution"],
        .. r.Admission is null ? Array.Empty<string>() : ["admission"],
        .. r.TargetReview is null ? Array.Empty<string>() : ["target-review"],
        .. r.Monitoring is null ? Array.Empty<string>() : ["monitoring"],
        .. r.RecordRequirements is null ? Array.Empty<string>() : ["record-requirements"],
    ];

    public static int RulesShow(CliContext ctx, string id, string format)
    {
        if (!RuleSetPresets.TryGet(id, out var r))
        {
            ctx.Fail($"没有预置规则集 “{id}”。预置规则集：{string.Join(", ", RuleSetPresets.All.Select(x => x.Id))}", $"there is no rule-set preset '{id}'. Presets: {string.Join(", ", RuleSetPresets.All.Select(x => x.Id))}");
            return ExitCodes.Findings;
        }

        if (format == "json")
        {
            var json = RuleSetPresets.GetJson(id);
            ctx.Output.Write(json.EndsWith('\n') ? json : json + "\n");
            return ExitCodes.Success;
        }

        var console = ctx.Console;
        console.WriteLine($"{r.Id} v{Show.N(r.Version)} {Show.Name(ctx, r.Title)}");
        console.WriteLine(FormattableString.Invariant($"{ctx.T("生效期", "Effective")}: {r.Effective.Start:yyyy-MM-dd} – {r.Effective.End:yyyy-MM-dd}"));
        console.WriteLine(ctx.T("依据：", "Sources: ") + string.Join("; ", r.Sources.Select(s => s.Reference)));
        console.WriteLine(ctx.T("规则族：", "Families: ") + string.Join(" ", Families(r)));
        var bands = new Table().AddColumns(ctx.T("等级", "Grade"), ctx.T("区间", "Band"));
        foreach (var band in r.Grading.Scale.Bands)
        {
            var top = band.Upper == GradeScale.Maximum;
            bands.AddRow(Show.Cell(Show.Name(ctx, band.Grade)), Show.Cell($"[{Show.N(band.Lower)}, {Show.N(band.Upper)}{(top ? "]" : ")")}"));
        }

        console.Write(bands);
        console.WriteLine(ctx.T(
            $"总分取舍：{Show.N(r.Grading.TotalRounding.Decimals)} 位小数，{Show.Name(ctx, r.Grading.TotalRounding.Mode)}",
            $"Total rounding: {Show.N(r.Grading.TotalRounding.Decimals)} decimals, {Show.Name(ctx, r.Grading.TotalRounding.Mode)}"));
        if (r.ResultApplication is { } results)
        {
            var table = new Table().AddColumns("id", ctx.T("等级", "Grades"), ctx.T("连续年数", "Years"), ctx.T("处理", "Action"), ctx.T("压减比例", "Cut rate"), ctx.T("依据", "Source"));
            foreach (var rule in results.Rules)
            {
                table.AddRow(
                    Show.Cell(rule.Id),
                    Show.Cell(string.Join(" ", rule.Grades.Select(g => Show.Name(ctx, g)))),
                    Show.N(rule.ConsecutiveYears),
                    Show.Cell(Show.Name(ctx, rule.Action)),
                    rule.CutRate is { } rate ? (rate * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%" : "—",
                    Show.Cell(rule.Source.Reference));
            }

            console.Write(table);
        }

        return ExitCodes.Success;
    }

    public static int CatalogList(CliContext ctx)
    {
        var table = new Table().AddColumns("id", ctx.T("名称", "Title"), ctx.T("层级", "Scope"), ctx.T("来源", "Origin"), ctx.T("领域", "Sector"), ctx.T("总分", "Points"), ctx.T("已核实", "Verified"));
        foreach (var f in IndicatorCatalog.BuiltIn)
        {
            table.AddRow(
                Show.Cell(f.Id),
                Show.Cell(Show.Name(ctx, f.Title)),
                Show.Cell(Show.Name(ctx, f.Scope)),
                Show.Cell(Show.Name(ctx, f.Origin)),
                Show.Cell(f.Sector is { } s ? Show.Name(ctx, s.Name) : "—"),
                Show.N(f.TotalPoints),
                f.IsFullyVerified ? ctx.T("是", "yes") : ctx.T("否", "no"));
        }

        ctx.Console.Write(table);
        return ExitCodes.Success;
    }

    public static int CatalogShow(CliContext ctx, string id, string format)
    {
        if (!IndicatorCatalog.TryGet(id, out var f))
        {
            ctx.Fail($"没有内置指标体系 “{id}”。内置：{string.Join(", ", IndicatorCatalog.BuiltIn.Select(x => x.Id))}", $"there is no built-in framework '{id}'. Built in: {string.Join(", ", IndicatorCatalog.BuiltIn.Select(x => x.Id))}");
            return ExitCodes.Findings;
        }

        if (format == "json")
        {
            var json = JsonDocuments.IndicatorFramework.Write(f);
            ctx.Output.Write(json.EndsWith('\n') ? json : json + "\n");
            return ExitCodes.Success;
        }

        var console = ctx.Console;
        console.WriteLine($"{f.Id} {Show.Name(ctx, f.Title)}");
        console.WriteLine(ctx.T("出处：", "Source: ") + f.Source);
        var table = new Table().AddColumns(ctx.T("一级指标", "Level 1"), ctx.T("二级指标", "Level 2"), ctx.T("三级指标", "Level 3"), ctx.T("分值", "Points"), ctx.T("出处", "Provenance"));
        foreach (var row in f.Tree.ToRows())
        {
            var indicator = row.Indicator;
            table.AddRow(
                Show.Cell($"{row.LevelOne.Code} {row.LevelOne.Name} ({Show.N(row.LevelOne.Points)})"),
                Show.Cell(row.LevelTwo.IsPrinted ? $"{row.LevelTwo.Code} {row.LevelTwo.Name} ({Show.N(row.LevelTwo.Points)})" : "—"),
                Show.Cell(indicator?.ToString() ?? "—"),
                indicator is null ? "—" : Show.N(indicator.Points),
                Show.Cell(indicator is null ? "" : f.GetProvenance(indicator.Code).ToString()));
        }

        console.Write(table);
        if (f.BudgetExecutionPoints > 0m)
        {
            console.WriteLine(ctx.T($"预算执行率：{Show.N(f.BudgetExecutionPoints)} 分", $"Budget execution: {Show.N(f.BudgetExecutionPoints)} points"));
        }

        console.WriteLine(ctx.T($"总分 {Show.N(f.TotalPoints)}", $"Total {Show.N(f.TotalPoints)} points"));
        return ExitCodes.Success;
    }

    public static int Schema(CliContext ctx, string kind)
    {
        var schema = kind switch
        {
            DocumentKinds.IndicatorFramework => JsonDocuments.IndicatorFramework.Schema,
            DocumentKinds.PerformanceTarget => JsonDocuments.PerformanceTarget.Schema,
            DocumentKinds.Evaluation => JsonDocuments.Evaluation.Schema,
            DocumentKinds.Portfolio => JsonDocuments.Portfolio.Schema,
            DocumentKinds.WorkingDayCalendar => JsonDocuments.WorkingDayCalendar.Schema,
            _ => JsonDocuments.RuleSet.Schema,
        };
        ctx.Output.Write(schema.EndsWith('\n') ? schema : schema + "\n");
        return ExitCodes.Success;
    }
}
