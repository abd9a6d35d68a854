using System.Collections.Generic;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring;

/// <summary>
/// Every number of a scored evaluation explained: the rule set, each indicator's formula, the subtotals, the budget
/// block, the total with its rounding, the band that decided the grade, and the sources the rules cite.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScoringExplanation
{
    internal ScoringExplanation(RuleSet ruleSet, ScoringResult result, IReadOnlyList<IndicatorExplanation> indicators, string? budgetZh, string? budgetEn, string? rescaleZh, string? rescaleEn, string totalZh, string totalEn, string? gradeZh, string? gradeEn, IReadOnlyList<SourceCitation> sources)
    {
        RuleSetId = ruleSet.Id;
        RuleSetVersion = ruleSet.Version;
        RuleSetTitle = ruleSet.Title;
        Result = result;
        Indicators = indicators;
        BudgetZh = budgetZh;
        BudgetEn = budgetEn;
        RescaleZh = rescaleZh;
        RescaleEn = rescaleEn;
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

    /// <summary>
    /// How points were rescaled, in Chinese, naming the factor (points available ÷ points remaining, 100 ÷ 95), or null when no
    /// points were. Rescaled points are shown at the rule set's indicator precision (see <see cref="IndicatorExplanation.PointsShown"/>).
    /// </summary>
    public string? RescaleZh { get; }

    /// <summary>How points were rescaled, in English, or null when no points were.</summary>
    public string? RescaleEn { get; }

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
