using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring;

internal sealed class ExplanationBuilder
{
    private readonly IndicatorExplanation?[] indicators;
    private readonly decimal?[] clamped;
    private string? budgetZh;
    private string? budgetEn;

    // The rescale factor (points available ÷ points remaining) and the rounding rescaled points are shown at; none unless
    // points are rescaled.
    private Quotient? scale;
    private decimal available;
    private decimal remaining;
    private Rounding pointsRounding;

    public ExplanationBuilder(int count)
    {
        indicators = new IndicatorExplanation?[count];
        clamped = new decimal?[count];
    }

    public void Clamped(int index, decimal original) => clamped[index] = original;

    /// <summary>Points are rescaled by <paramref name="pointsAvailable"/> ÷ <paramref name="pointsRemaining"/>; they are shown at <paramref name="rounding"/>.</summary>
    public void Rescaled(decimal pointsAvailable, decimal pointsRemaining, Rounding rounding)
    {
        scale = new Quotient(pointsAvailable, pointsRemaining);
        available = pointsAvailable;
        remaining = pointsRemaining;
        pointsRounding = rounding;
    }

    /// <summary>The formula sink of an indicator of <paramref name="own"/> points, which shows them rescaled when they are.</summary>
    public FormulaSink Sink(decimal own, ScoreFlags flags)
    {
        var sink = new FormulaSink();
        if ((flags & ScoreFlags.Rescaled) != 0 && scale is not null)
        {
            var (zh, en) = PointsText(own);
            sink.ShowPoints(zh, en);
        }

        return sink;
    }

    /// <summary>
    /// Rescaled points as an explanation shows them: at the rule set's precision, with the factor named, "15.79（15 × 100 ÷ 95）"
    /// (the exact fraction stays in the computation).
    /// </summary>
    private (string Zh, string En) PointsText(decimal own)
    {
        var shown = Shown(own).ToString(CultureInfo.InvariantCulture);
        var how = $"{FormulaSink.N(own)} × {FormulaSink.N(available)} ÷ {FormulaSink.N(remaining)}";
        return ($"{shown}（{how}）", $"{shown} ({how})");
    }

    /// <summary>Points of <paramref name="own"/> rescaled and rounded to the rule set's precision.</summary>
    private decimal Shown(decimal own) => scale!.Value.Times(own).Round(pointsRounding);

    /// <summary>The block dropped: a zero budget with nothing spent.</summary>
    public void BudgetDropped()
    {
        budgetZh = "调整后预算数为 0 且未支出：预算执行不适用，其余分值按比例折算";
        budgetEn = "adjusted budget 0 and nothing spent: the block does not apply, the other points are rescaled";
    }

    /// <summary>The block scored: the execution rate (counted as at most 1) times its points.</summary>
    public void Budget(BudgetExecution execution, decimal rate, decimal own, decimal points, decimal score)
    {
        var (pointsZh, pointsEn) = scale is null ? (FormulaSink.N(points), FormulaSink.N(points)) : PointsText(own);
        budgetZh = $"执行率 {FormulaSink.N(execution.Spent.Yuan)} ÷ {FormulaSink.N(execution.AdjustedBudget.Yuan)} = {FormulaSink.R4(rate)}{(rate > 1m ? "（超过 1，按 1 计）" : string.Empty)} × 分值 {pointsZh} = {score.ToString(CultureInfo.InvariantCulture)}";
        budgetEn = $"rate {FormulaSink.N(execution.Spent.Yuan)} ÷ {FormulaSink.N(execution.AdjustedBudget.Yuan)} = {FormulaSink.R4(rate)}{(rate > 1m ? " (above 1, counted as 1)" : string.Empty)} × points {pointsEn} = {score.ToString(CultureInfo.InvariantCulture)}";
    }

    public void Indicator(int index, LevelThreeIndicator indicator, IndicatorRecord record, ScoringStrategy? strategy, decimal points, decimal? raw, decimal? score, ScoreFlags flags, bool assessed, FormulaSink formula)
    {
        var rescaled = (flags & ScoreFlags.Rescaled) != 0 && scale is not null;
        var shownPoints = rescaled ? Shown(indicator.Points) : points;
        var zh = formula.Zh ?? "（无法计分，见问题列表）";
        var en = formula.En ?? "(not scored: see the issues)";
        var result = score?.ToString(CultureInfo.InvariantCulture);
        var isStatement = record.State is RecordState.NotApplicable or RecordState.NoData or RecordState.NotYetDue or RecordState.Grouped;
        if (result is not null && !isStatement)
        {
            if (assessed && rescaled)
            {
                zh += $"，按 {FormulaSink.N(available)} ÷ {FormulaSink.N(remaining)} 折算";
                en += $", rescaled by {FormulaSink.N(available)} ÷ {FormulaSink.N(remaining)}";
            }

            if ((flags & ScoreFlags.Capped) != 0)
            {
                // Rescaled points were named with their factor in the formula: the cap shows them at the precision only.
                var cap = rescaled ? shownPoints.ToString(CultureInfo.InvariantCulture) : FormulaSink.N(points);
                zh += $"，超过分值封顶为 {cap}";
                en += $", capped at the points {cap}";
            }

            if ((flags & ScoreFlags.OverCompletionDeducted) != 0)
            {
                zh += "，超额完成偏离度过大，按规则扣分";
                en += ", over-completion beyond the threshold: points deducted";
            }

            if ((flags & Flagged) != 0 && (flags & ScoreFlags.ZeroByPolicy) != 0)
            {
                var (whatZh, whatEn) = FlaggedValue(flags);
                zh += $"，{whatZh}，按规则计 0 分";
                en += $", {whatEn}: scored 0 by the rule set";
            }

            zh += " = " + result;
            en += " = " + result;
        }

        if ((flags & Flagged) != 0)
        {
            var (whatZh, whatEn) = FlaggedValue(flags);
            var rejected = (flags & ScoreFlags.Invalid) != 0;
            zh += rejected ? $"（{whatZh}，规则集不予计分）" : $"（{whatZh}，需复核）";
            en += rejected ? $" ({whatEn}: not scored by the rule set)" : $" ({whatEn}: flagged for review)";
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

        indicators[index] = new IndicatorExplanation(indicator, record, strategy, points, shownPoints, clamped[index], raw, score, flags, zh, en);
    }

    // The data-quality flags an explanation names.
    private const ScoreFlags Flagged = ScoreFlags.ZeroTarget | ScoreFlags.ZeroActual;

    private static (string Zh, string En) FlaggedValue(ScoreFlags flags) =>
        (flags & ScoreFlags.ZeroTarget) != 0 ? ("目标值为 0", "target 0") : ("实际值为 0", "actual 0");

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

        string? rescaleZh = null;
        string? rescaleEn = null;
        if (scale is not null)
        {
            var shownAvailable = FormulaSink.N(available);
            var shownRemaining = FormulaSink.N(remaining);
            var decimals = pointsRounding.Decimals;
            rescaleZh = $"不适用的项目剔除后，其余分值按 可得分值 {shownAvailable} ÷ 剩余分值 {shownRemaining} 折算（分值显示到 {decimals} 位小数，计算用精确值）";
            rescaleEn = $"items that do not apply are dropped: the other points are rescaled by {shownAvailable} ÷ {shownRemaining} (points available ÷ points remaining; shown at {decimals} decimals, computed exactly)";
        }

        return new ScoringExplanation(ruleSet, result, new ReadOnlyCollection<IndicatorExplanation>(indicators.Select(i => i!).ToArray()), budgetZh, budgetEn, rescaleZh, rescaleEn, totalZh, totalEn, gradeZh, gradeEn, sources.AsReadOnly());
    }

    private static string Show(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";
}
