using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using BudgetPerformance.Cli.Infrastructure;
using BudgetPerformance.Cli.Sample;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Json;
using BudgetPerformance.Json.Output;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Cli.Commands;

/// <summary>
/// <c>bpm sample</c> (hidden, for tests and benchmarks): <c>--county</c> writes the synthetic sample county (and with
/// <c>--requests-out</c> its next-year requests); <c>--evaluations N</c> writes a synthetic portfolio of N self-evaluations,
/// streamed, for bounded-memory tests (1,000,000 evaluations is about 2 GB of JSON).
/// </summary>
internal static class SampleCommand
{
    private const int Templates = 64;

    public static int Run(CliContext ctx, int? evaluations, bool county, string output, string? requestsOut)
    {
        if (county == evaluations.HasValue)
        {
            ctx.Fail("请指定 --county 或 --evaluations N 之一", "give exactly one of --county and --evaluations N");
            return ExitCodes.Usage;
        }

        if (evaluations is < 0)
        {
            ctx.Fail("--evaluations 不能为负数", "--evaluations must not be negative");
            return ExitCodes.Usage;
        }

        var path = ctx.ResolvePath(output);
        if (county)
        {
            var data = SampleCounty.Data;
            File.WriteAllBytes(path, JsonDocuments.Portfolio.WriteToUtf8Bytes(data.Portfolio));
            if (requestsOut is not null)
            {
                var map = data.Requests.OrderBy(p => p.Key.Code, StringComparer.Ordinal).ToDictionary(p => p.Key.Code, p => p.Value.Yuan, StringComparer.Ordinal);
                File.WriteAllText(ctx.ResolvePath(requestsOut), CliJson.Write(map, CliJson.Context.DictionaryStringDecimal));
            }

            ctx.Error.WriteLine(ctx.T($"已写出 {output}（{SampleCounty.LabelZh}）", $"wrote {output} ({SampleCounty.LabelEn})"));
            return ExitCodes.Success;
        }

        WriteLarge(path, evaluations!.Value);
        ctx.Error.WriteLine(ctx.T($"已写出 {output}：{Show.N(evaluations.Value)} 份合成评价", $"wrote {output}: {Show.N(evaluations.Value)} synthetic evaluations"));
        return ExitCodes.Success;
    }

    /// <summary>Writes a portfolio of <paramref name="count"/> self-evaluations one at a time (memory does not grow with the count).</summary>
    public static void WriteLarge(string path, int count)
    {
        var random = new DeterministicRandom(SampleCounty.Seed + 1);
        var year = new FiscalYear(2020);
        var department = new Department("D01", "合成部门");
        var items = Enumerable.Range(1, Templates).Select(i => new SpendingItem(SubjectType.Project, "P19-" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), "合成项目", "D01", null, Sector.Agriculture, ProjectKind.Recurring, false, Money.FromYuan(1_000_000m))).ToList();
        var header = new Portfolio(year, [department], [], [], items, [], []);
        var templates = new List<JsonDocument>();
        for (var i = 0; i < Templates; i++)
        {
            var tree = SampleCounty.Tree("agriculture", 90m, 10m, 1m);
            var level = random.Decimal(0.6m, 1.04m, 2);
            var evaluation = new Evaluation("template", EvaluationType.SelfEvaluation, items[i].Ref, new Performer(PerformerRole.Unit, "合成单位"), new FiscalYear(2019), year, tree,
                SampleCounty.Records(random, tree, level), new BudgetExecution(Money.FromYuan(1_000_000m), Money.FromYuan(decimal.Round(1_000_000m * Math.Min(1m, level), 0, MidpointRounding.AwayFromZero))));
            templates.Add(JsonDocument.Parse(JsonDocuments.Evaluation.WriteToUtf8Bytes(evaluation)));
        }

        using var headerDoc = JsonDocument.Parse(JsonDocuments.Portfolio.WriteToUtf8Bytes(header));
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new Utf8JsonWriter(stream, CliJson.WriterOptions);
        writer.WriteStartObject();
        foreach (var property in headerDoc.RootElement.EnumerateObject().Where(p => p.Name != "evaluations"))
        {
            property.WriteTo(writer);
        }

        writer.WriteStartArray("evaluations");
        for (var n = 0; n < count; n++)
        {
            var template = templates[n % Templates].RootElement;
            writer.WriteStartObject();
            writer.WriteString("id", "E" + (n + 1).ToString("D7", System.Globalization.CultureInfo.InvariantCulture));
            foreach (var property in template.EnumerateObject())
            {
                if (property.Name is not ("kind" or "schemaVersion" or "id"))
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
            if (writer.BytesPending > 1 << 16)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
        foreach (var template in templates)
        {
            template.Dispose();
        }
    }
}
