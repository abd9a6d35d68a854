using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BudgetPerformance.Cli.Infrastructure;
using BudgetPerformance.Json.Output;
using BudgetPerformance.Scoring.Reconciliation;
using Spectre.Console;

namespace BudgetPerformance.Cli.Commands;

/// <summary><c>bpm reconcile FILE [--rules ID|FILE] [--tolerance N] [--format table|json]</c>: exit 1 when anything does not match.</summary>
internal static class ReconcileCommand
{
    private const int TableRows = 50;

    public static async Task<int> RunAsync(CliContext ctx, string file, string rules, decimal tolerance, string format, bool strictDates, CancellationToken cancellationToken)
    {
        if (tolerance < 0m)
        {
            ctx.Fail("--tolerance 不能为负数", "--tolerance must not be negative");
            return ExitCodes.Usage;
        }

        var ruleSet = Inputs.ResolveRules(ctx, rules);
        Stages.Check(ctx, Reconciler.FindProblems(ruleSet));
        var reconciler = new Reconciler(ruleSet);
        var dates = new EffectivePeriodNotes(ctx, ruleSet, strictDates);
        EvaluationSource.RequireKind(ctx, file, "reconcile");
        var refused = new Refusals(ctx, file);
        long clean = 0, dirty = 0;
        if (format == "json")
        {
            using var json = new StreamingJsonWriter(ctx.Output);
            var w = json.Writer;
            w.WriteStartObject();
            w.WriteString("kind", "reconciliation-results");
            w.WriteNumber("schemaVersion", CliJson.SchemaVersion);
            w.WritePropertyName("ruleSet");
            json.Value(CliJson.Ref(ruleSet), CliJson.Context.RuleSetRef);
            w.WriteNumber("tolerance", tolerance);
            w.WriteStartArray("reports");
            await EvaluationSource.ForEachAsync(ctx, file, evaluation =>
            {
                if (!dates.Admit(evaluation))
                {
                    return; // refused under --strict-dates: named on standard error, exit 1
                }

                var report = reconciler.Reconcile(evaluation, tolerance);
                if (report.IsClean)
                {
                    clean++;
                }
                else
                {
                    dirty++;
                }

                json.Value(ToDto(report), CliJson.Context.ReconciledEvaluationDto);
            }, refused, cancellationToken);
            w.WriteEndArray();
            refused.WriteJson(json);
            w.WriteNumber("clean", clean);
            w.WriteNumber("withDiscrepancies", dirty);
            w.WriteNumber("refusedCount", refused.Count);
            if (refused.NotListedOrNull is { } notListed)
            {
                w.WriteNumber("refusedNotListed", notListed);
            }

            w.WriteEndObject();
            json.End();
            dates.Report();
            return dirty > 0 || refused.Count > 0 || (dates.Strict && dates.Count > 0) ? ExitCodes.Findings : ExitCodes.Success;
        }

        var console = ctx.Console;
        console.WriteLine(ctx.T($"规则集：{Inputs.Title(ctx, ruleSet)}；容差 {Show.N(tolerance)}", $"Rule set: {Inputs.Title(ctx, ruleSet)}; tolerance {Show.N(tolerance)}"));
        await EvaluationSource.ForEachAsync(ctx, file, evaluation =>
        {
            if (!dates.Admit(evaluation))
            {
                return;
            }

            var report = reconciler.Reconcile(evaluation, tolerance);
            if (report.IsClean)
            {
                clean++;
                return;
            }

            dirty++;
            console.WriteLine(ctx.T($"{report.EvaluationId}：{report.Discrepancies.Count} 处不一致", $"{report.EvaluationId}: {report.Discrepancies.Count} discrepancy(ies)"));
            var table = new Table().AddColumns(ctx.T("位置", "At"), ctx.T("类型", "Kind"), ctx.T("表上", "Recorded"), ctx.T("重算", "Computed"), ctx.T("说明", "Explanation"));
            foreach (var d in report.Discrepancies)
            {
                table.AddRow(Show.Cell(d.At), Show.Cell(CliJson.Kebab(d.Kind)), Show.N(d.Recorded), Show.N(d.Computed), Show.Cell(ctx.T(d.MessageZh, d.MessageEn)));
            }

            console.Write(table);
        }, refused, cancellationToken);
        refused.WriteTable(TableRows);
        var refusedZh = refused.Count > 0 ? $"；另有 {Show.N(refused.Count)} 项未被接受（未核对）" : "";
        var refusedEn = refused.Count > 0 ? $"; {Show.N(refused.Count)} refused (not reconciled)" : "";
        console.WriteLine(ctx.T(
            $"共 {Show.N(clean + dirty)} 项：一致 {Show.N(clean)}，有不一致 {Show.N(dirty)}{refusedZh}",
            $"{Show.N(clean + dirty)} evaluation(s): {Show.N(clean)} clean, {Show.N(dirty)} with discrepancies{refusedEn}"));
        dates.Report();
        return dirty > 0 || refused.Count > 0 || (dates.Strict && dates.Count > 0) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static ReconciledEvaluationDto ToDto(ReconciliationReport report) => new()
    {
        EvaluationId = report.EvaluationId,
        Clean = report.IsClean,
        Total = report.Explanation.Result.Total,
        Grade = report.Explanation.Result.Grade is { } g ? CliJson.Kebab(g) : null,
        Discrepancies = report.Discrepancies.Select(d => new DiscrepancyDto
        {
            Kind = CliJson.Kebab(d.Kind),
            At = d.At,
            Recorded = d.Recorded,
            Computed = d.Computed,
            MessageZh = d.MessageZh,
            MessageEn = d.MessageEn,
        }).ToArray(),
    };
}
