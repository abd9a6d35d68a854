using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BudgetPerformance.Cli.Infrastructure;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Json.Output;
using BudgetPerformance.Scoring;
using Spectre.Console;

namespace BudgetPerformance.Cli.Commands;

/// <summary><c>bpm score FILE [--rules ID|FILE] [--format table|json] [--explain]</c>.</summary>
internal static class ScoreCommand
{
    private const int TableRows = 50;

    public static async Task<int> RunAsync(CliContext ctx, string file, string rules, string format, bool explain, bool strictDates, CancellationToken cancellationToken)
    {
        var ruleSet = Inputs.ResolveRules(ctx, rules);
        var dates = new EffectivePeriodNotes(ctx, ruleSet, strictDates);
        var scorer = Stages.Scorer(ctx, ruleSet).WithEffectivePeriod(dates.Policy);
        EvaluationSource.RequireKind(ctx, file, "score");
        var refused = new Refusals(ctx, file);
        long count = 0, complete = 0, incomplete = 0, invalid = 0;
        var grades = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var conclusions = new SortedDictionary<string, long>(StringComparer.Ordinal);

        void Count(ScoringResult result)
        {
            count++;
            switch (result.Outcome)
            {
                case ScoringOutcome.Complete: complete++; break;
                case ScoringOutcome.Incomplete: incomplete++; break;
                default: invalid++; break;
            }

            if (result.Grade is { } g)
            {
                var key = CliJson.Kebab(g);
                grades[key] = grades.GetValueOrDefault(key) + 1;
            }

            if (result.Conclusion is { } c)
            {
                var key = CliJson.Kebab(c);
                conclusions[key] = conclusions.GetValueOrDefault(key) + 1;
            }
        }

        if (format == "json")
        {
            using var json = new StreamingJsonWriter(ctx.Output);
            var w = json.Writer;
            w.WriteStartObject();
            w.WriteString("kind", "scoring-results");
            w.WriteNumber("schemaVersion", CliJson.SchemaVersion);
            w.WritePropertyName("ruleSet");
            json.Value(CliJson.Ref(ruleSet), CliJson.Context.RuleSetRef);
            w.WriteStartArray("results");
            await EvaluationSource.ForEachAsync(ctx, file, evaluation =>
            {
                dates.Admit(evaluation);
                var explanation = explain ? scorer.Explain(evaluation) : null;
                var result = explanation?.Result ?? scorer.Score(evaluation);
                Count(result);
                json.Value(ScoringMapping.ToDto(evaluation, result, explanation, ruleSet.IndicatorScoring!.IndicatorRounding), CliJson.Context.ScoredEvaluationDto);
            }, refused, cancellationToken);
            w.WriteEndArray();
            refused.WriteJson(json);
            w.WritePropertyName("summary");
            json.Value(
                new ScoringSummaryDto
                {
                    Count = count, Complete = complete, Incomplete = incomplete, Invalid = invalid, Refused = refused.Count, RefusedNotListed = refused.NotListedOrNull,
                    Grades = grades, Conclusions = conclusions,
                },
                CliJson.Context.ScoringSummaryDto);
            w.WriteEndObject();
            json.End();
            dates.Report();
            return invalid > 0 || refused.Count > 0 ? ExitCodes.Findings : ExitCodes.Success;
        }

        var shown = new List<(Evaluation Evaluation, ScoringResult Result, ScoringExplanation? Explanation)>();
        await EvaluationSource.ForEachAsync(ctx, file, evaluation =>
        {
            dates.Admit(evaluation);
            var explanation = explain && shown.Count < TableRows ? scorer.Explain(evaluation) : null;
            var result = explanation?.Result ?? scorer.Score(evaluation);
            Count(result);
            if (shown.Count < TableRows)
            {
                shown.Add((evaluation, result, explanation));
            }
        }, refused, cancellationToken);

        var console = ctx.Console;
        console.WriteLine(ctx.T($"规则集：{Inputs.Title(ctx, ruleSet)}", $"Rule set: {Inputs.Title(ctx, ruleSet)}"));
        var table = new Table().AddColumns(ctx.T("评价", "Evaluation"), ctx.T("类型", "Type"), ctx.T("对象", "Subject"), ctx.T("结果", "Outcome"), ctx.T("总分", "Total"), ctx.T("等级/结论", "Grade/conclusion"));
        foreach (var (evaluation, result, _) in shown)
        {
            table.AddRow(
                Show.Cell(result.EvaluationId),
                Show.Cell(Show.Name(ctx, result.EvaluationType)),
                Show.Cell(evaluation.Subject.Code),
                Show.Cell(Show.Outcome(ctx, result.Outcome)),
                Show.N(result.Total),
                Show.Cell(result.Grade is { } g ? Show.Name(ctx, g) : result.Conclusion is { } c ? Show.Name(ctx, c) : "—"));
        }

        console.Write(table);
        if (count > shown.Count)
        {
            console.WriteLine(ctx.T($"…… 另有 {count - shown.Count} 项未列出（--format json 输出全部）", $"... and {count - shown.Count} more not listed (--format json writes them all)"));
        }

        foreach (var (evaluation, result, explanation) in shown)
        {
            if (explanation is not null)
            {
                Explain(ctx, evaluation, explanation);
            }
            else if (result.Problems.Count > 0)
            {
                foreach (var issue in result.Problems)
                {
                    console.WriteLine($"  {result.EvaluationId}: {Show.Problem(ctx, issue)}");
                }
            }
        }

        refused.WriteTable(TableRows);
        var gradeText = string.Join(ctx.T("，", ", "), grades.Select(p => $"{GradeName(ctx, p.Key)} {Show.N(p.Value)}"));
        console.WriteLine(ctx.T(
            $"共 {Show.N(count)} 项：完整 {Show.N(complete)}，不完整 {Show.N(incomplete)}，输入有误 {Show.N(invalid)}{RefusedZh(refused)}。等级：{gradeText}",
            $"{Show.N(count)} evaluation(s): {Show.N(complete)} complete, {Show.N(incomplete)} incomplete, {Show.N(invalid)} invalid{RefusedEn(refused)}. Grades: {gradeText}"));
        dates.Report();
        return invalid > 0 || refused.Count > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static string RefusedZh(Refusals refused) => refused.Count > 0 ? $"；另有 {Show.N(refused.Count)} 项未被接受（未评分）" : "";

    private static string RefusedEn(Refusals refused) => refused.Count > 0 ? $"; {Show.N(refused.Count)} refused (not scored)" : "";

    private static string GradeName(CliContext ctx, string kebab) =>
        Enum.GetValues<Grade>().Where(g => CliJson.Kebab(g) == kebab).Select(g => Show.Name(ctx, g)).FirstOrDefault() ?? kebab;

    /// <summary>Prints one evaluation's explanation: every indicator's formula, the budget block, the total and the band.</summary>
    public static void Explain(CliContext ctx, Evaluation evaluation, ScoringExplanation explanation)
    {
        var console = ctx.Console;
        console.WriteLine();
        console.WriteLine(ctx.T($"{evaluation.Id} 的计算过程（{explanation.RuleSetId} v{explanation.RuleSetVersion}）", $"How {evaluation.Id} was scored ({explanation.RuleSetId} v{explanation.RuleSetVersion})"));
        var table = new Table().AddColumns(ctx.T("指标", "Indicator"), ctx.T("分值", "Points"), ctx.T("得分", "Score"), ctx.T("计算", "Calculation"));
        foreach (var indicator in explanation.Indicators)
        {
            table.AddRow(
                Show.Cell($"{indicator.Indicator.Code} {indicator.Indicator.Name}"),
                Show.N(indicator.PointsShown),
                Show.N(indicator.Score),
                Show.Cell(ctx.T(indicator.FormulaZh, indicator.FormulaEn)));
        }

        console.Write(table);
        if (explanation.BudgetZh is not null)
        {
            console.WriteLine(ctx.T("预算执行：", "Budget execution: ") + ctx.T(explanation.BudgetZh, explanation.BudgetEn ?? ""));
        }

        if (explanation.RescaleZh is not null)
        {
            console.WriteLine(ctx.T("折算：", "Rescaled: ") + ctx.T(explanation.RescaleZh, explanation.RescaleEn ?? ""));
        }

        console.WriteLine(ctx.T("总分：", "Total: ") + ctx.T(explanation.TotalZh, explanation.TotalEn));
        if (explanation.GradeZh is not null)
        {
            console.WriteLine(ctx.T("定级：", "Grade: ") + ctx.T(explanation.GradeZh, explanation.GradeEn ?? ""));
        }

        foreach (var issue in explanation.Result.Problems)
        {
            console.WriteLine("  " + Show.Problem(ctx, issue));
        }

        console.WriteLine(ctx.T("依据：", "Sources: ") + string.Join("; ", explanation.Sources.Select(s => s.Reference)));
    }
}
