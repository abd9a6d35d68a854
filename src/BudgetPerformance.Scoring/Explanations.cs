using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring;

/// <summary>How one indicator's score came about: the inputs, the strategy, the formula with its numbers, the result and the source.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IndicatorExplanation
{
    internal IndicatorExplanation(LevelThreeIndicator indicator, IndicatorRecord record, ScoringStrategy? strategy, decimal points, decimal? clampedFrom, decimal? raw, decimal? score, ScoreFlags flags, string formulaZh, string formulaEn)
    {
        Indicator = indicator;
        Record = record;
        Strategy = strategy;
        Points = points;
        ClampedFrom = clampedFrom;
        Raw = raw;
        Score = score;
        Flags = flags;
        FormulaZh = formulaZh;
        FormulaEn = formulaEn;
    }

    /// <summary>The indicator (name, direction, target, unit, points).</summary>
    public LevelThreeIndicator Indicator { get; }

    /// <summary>What was recorded for it.</summary>
    public IndicatorRecord Record { get; }

    /// <summary>The strategy used (with its kind, parameters and source), or null when none was.</summary>
    public ScoringStrategy? Strategy { get; }

    /// <summary>The points it was scored against (rescaled when <see cref="ScoreFlags.Rescaled"/>).</summary>
    public decimal Points { get; }

    /// <summary>The negative actual value that the rule set clamped to 0, or null.</summary>
    public decimal? ClampedFrom { get; }

    /// <summary>The raw score, or null.</summary>
    public decimal? Raw { get; }

    /// <summary>The rounded score, or null.</summary>
    public decimal? Score { get; }

    /// <summary>What happened.</summary>
    public ScoreFlags Flags { get; }

    /// <summary>The formula with its numbers, in Chinese: "实际完成值 4600 ÷ 目标值 5000 × 分值 15 = 13.80".</summary>
    public string FormulaZh { get; }

    /// <summary>The formula with its numbers, in English.</summary>
    public string FormulaEn { get; }
}

/// <summary>
/// Every number of a scored evaluation explained: the rule set, each indicator's formula, the subtotals, the budget
/// block, the total with its rounding, the band that decided the grade, and the sources the rules cite.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScoringExplanation
{
    internal ScoringExplanation(RuleSet ruleSet, ScoringResult result, IReadOnlyList<IndicatorExplanation> indicators, string? budgetZh, string? budgetEn, string totalZh, string totalEn, string? gradeZh, string? gradeEn, IReadOnlyList<SourceCitation> sources)
    {
        RuleSetId = ruleSet.Id;
        RuleSetVersion = ruleSet.Version;
        RuleSetTitle = ruleSet.Title;
        Result = result;
        Indicators = indicators;
        BudgetZh = budgetZh;
        BudgetEn = budgetEn;
        TotalZh = totalZh;
        TotalEn = totalEn;
        GradeZh = gradeZh;
        GradeEn = gradeEn;
        Sources = sources;
    }

    /// <summary>The rule set id.</summary>
    public string RuleSetId { get; }

    /// <summary>The rule set version.</summary>
    public int RuleSetVersion { get; }

    /// <summary>The rule set title.</summary>
    public LocalizedName RuleSetTitle { get; }

    /// <summary>The result explained (identical to <see cref="EvaluationScorer.Score"/>'s).</summary>
    public ScoringResult Result { get; }

    /// <summary>One explanation per indicator, in tree order.</summary>
    public IReadOnlyList<IndicatorExplanation> Indicators { get; }

    /// <summary>The budget block's formula in Chinese, or null when the evaluation has no block.</summary>
    public string? BudgetZh { get; }

    /// <summary>The budget block's formula in English, or null.</summary>
    public string? BudgetEn { get; }

    /// <summary>How the total was formed, in Chinese: the level-1 subtotals, the budget block, the sum and its rounding.</summary>
    public string TotalZh { get; }

    /// <summary>How the total was formed, in English.</summary>
    public string TotalEn { get; }

    /// <summary>The band that decided the grade (or the conclusion), in Chinese, or null when the result is not complete.</summary>
    public string? GradeZh { get; }

    /// <summary>The band that decided the grade (or the conclusion), in English, or null.</summary>
    public string? GradeEn { get; }

    /// <summary>The sources cited: the rule set's, its families' and the strategies used, without repeats.</summary>
    public IReadOnlyList<SourceCitation> Sources { get; }
}

internal sealed class ExplanationBuilder
{
    private readonly IndicatorExplanation?[] indicators;
    private readonly decimal?[] clamped;
    private string? budgetZh;
    private string? budgetEn;

    public ExplanationBuilder(int count)
    {
        indicators = new IndicatorExplanation?[count];
        clamped = new decimal?[count];
    }

    public void Clamped(int index, decimal original) => clamped[index] = original;

    public void Budget(string zh, string en)
    {
        budgetZh = zh;
        budgetEn = en;
    }

    public void Indicator(int index, LevelThreeIndicator indicator, IndicatorRecord record, ScoringStrategy? strategy, decimal points, decimal? raw, decimal? score, ScoreFlags flags, FormulaSink formula)
    {
        var zh = formula.Zh ?? "（无法计分，见问题列表）";
        var en = formula.En ?? "(not scored: see the issues)";
        var result = score?.ToString(CultureInfo.InvariantCulture);
        var isStatement = record.State is RecordState.NotApplicable or RecordState.NoData or RecordState.NotYetDue or RecordState.Grouped;
        if (result is not null && !isStatement)
        {
            if ((flags & ScoreFlags.Capped) != 0)
            {
                zh += $"，超过分值封顶为 {FormulaSink.N(points)}";
                en += $", capped at the points {FormulaSink.N(points)}";
            }

            if ((flags & ScoreFlags.OverCompletionDeducted) != 0)
            {
                zh += "，超额完成偏离度过大，按规则扣分";
                en += ", over-completion beyond the threshold: points deducted";
            }

            zh += " = " + result;
            en += " = " + result;
        }

        if ((flags & ScoreFlags.OverCompletion) != 0 && (flags & ScoreFlags.OverCompletionDeducted) == 0)
        {
            zh += "（超额完成偏离度过大，需说明原因）";
            en += " (over-completion beyond the threshold: explain why)";
        }

        if (clamped[index] is { } original)
        {
            zh = $"实际完成值 {FormulaSink.N(original)} 为负，按规则按 0 计；" + zh;
            en = $"the negative actual {FormulaSink.N(original)} is counted as 0 by the rule set; " + en;
        }

        indicators[index] = new IndicatorExplanation(indicator, record, strategy, points, clamped[index], raw, score, flags, zh, en);
    }

    public ScoringExplanation Build(RuleSet ruleSet, Evaluation evaluation, ScoringResult result)
    {
        var parts = new List<(string Zh, string En, decimal? Value)>();
        for (var i = 0; i < result.LevelOne.Count; i++)
        {
            var node = evaluation.Indicators.Groups[i];
            parts.Add((node.Name, node.Class.Name.English, result.LevelOne[i].Score));
        }

        if (result.Budget is { } budget && (budget.Flags & ScoreFlags.NotApplicable) == 0)
        {
            parts.Add(("预算执行", "budget execution", budget.Score));
        }

        string totalZh;
        string totalEn;
        if (result.Total is { } total)
        {
            var sum = string.Join(" + ", parts.Select(p => $"{p.Zh} {Show(p.Value)}"));
            var sumEn = string.Join(" + ", parts.Select(p => $"{p.En} {Show(p.Value)}"));
            var rounding = ruleSet.Grading.TotalRounding;
            var mode = DisplayNames.Of(rounding.Mode);
            totalZh = $"{sum} = {FormulaSink.N(result.RawTotal!.Value)}，按 {rounding.Decimals} 位小数{mode.Chinese} = {Show(total)}";
            totalEn = $"{sumEn} = {FormulaSink.N(result.RawTotal!.Value)}, rounded to {rounding.Decimals} decimals ({mode.English}) = {Show(total)}";
        }
        else
        {
            totalZh = result.Outcome == ScoringOutcome.Incomplete ? "有指标无数据或未到期，总分不完整" : "输入有误，未计总分（见问题列表）";
            totalEn = result.Outcome == ScoringOutcome.Incomplete ? "some indicators have no data or are not yet due: no total" : "the input is invalid: no total (see the issues)";
        }

        string? gradeZh = null;
        string? gradeEn = null;
        if (result.Band is { } band)
        {
            var top = band.Upper == GradeScale.Maximum;
            var interval = $"[{FormulaSink.N(band.Lower)}, {FormulaSink.N(band.Upper)}{(top ? "]" : ")")}";
            var name = band.Grade.GetDisplayName();
            var above = result.TotalAboveMaximum ? "（总分超过 100，按 100 定级）" : string.Empty;
            gradeZh = $"{Show(result.Total)} ∈ {interval} → {name.Chinese}{above}";
            gradeEn = $"{Show(result.Total)} ∈ {interval} → {name.English}{(result.TotalAboveMaximum ? " (total above 100, graded as 100)" : string.Empty)}";
        }
        else if (result.Conclusion is { } conclusion && ruleSet.ExAnte is { } exAnte)
        {
            var name = DisplayNames.Of(conclusion);
            var interval = conclusion switch
            {
                ExAnteConclusion.Support => $"≥ {FormulaSink.N(exAnte.SupportFrom)}",
                ExAnteConclusion.SupportAfterAdjustment => $"[{FormulaSink.N(exAnte.AdjustFrom)}, {FormulaSink.N(exAnte.SupportFrom)})",
                _ => $"< {FormulaSink.N(exAnte.AdjustFrom)}",
            };
            gradeZh = $"{Show(result.Total)} {interval} → {name.Chinese}";
            gradeEn = $"{Show(result.Total)} {interval} → {name.English}";
        }

        var sources = new List<SourceCitation>();
        void Cite(SourceCitation? citation)
        {
            if (citation is not null && !sources.Contains(citation))
            {
                sources.Add(citation);
            }
        }

        foreach (var source in ruleSet.Sources)
        {
            Cite(source);
        }

        Cite(ruleSet.Grading.Source);
        Cite(ruleSet.Aggregation?.Source);
        if (result.Budget is not null)
        {
            Cite(ruleSet.BudgetExecution?.Source);
        }

        foreach (var explanation in indicators)
        {
            Cite(explanation?.Strategy?.Source);
        }

        if (result.Conclusion is not null)
        {
            Cite(ruleSet.ExAnte?.Source);
        }

        return new ScoringExplanation(ruleSet, result, new ReadOnlyCollection<IndicatorExplanation>(indicators.Select(i => i!).ToArray()), budgetZh, budgetEn, totalZh, totalEn, gradeZh, gradeEn, sources.AsReadOnly());
    }

    private static string Show(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";
}
