using BudgetPerformance.Grades;
using BudgetPerformance.Json;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Lifecycle.Tests;

/// <summary>
/// (Test fixture: the library's presets are rule sets, RuleSetPresets; this names the families the lifecycle tests use.)
/// Named presets of the target-review family. Pure data: each call returns a new, equal family.
/// </summary>
internal static class TargetReviewPresets
{
    /// <summary>财预〔2021〕101号 [N]: the unified level-2 classes and the target-quality review.</summary>
    public static SourceCitation Targets2021 => new("财预〔2021〕101号", SourceKind.National, "绩效目标审核：指标完整、量化、有解释、与预算匹配");

    /// <summary>The deployed-systems citation [D] of the illustrative review grade.</summary>
    public static SourceCitation DeployedGrade => new("deployed systems", SourceKind.Deployed, "illustrative review grade: some provinces grade target quality; no national scale exists");

    /// <summary>
    /// The national review [财预〔2021〕101号]: required level-2 classes quantity, quality, timeliness, cost (under output or
    /// cost), benefit (any of economic, social, ecological, sustainable impact) and beneficiary satisfaction; satisfaction
    /// targets below 90% get a warning; weights not required (target tables often carry none); no expenditure standards
    /// (a jurisdiction adds its own); no review grade.
    /// </summary>
    /// <remarks>Read from the embedded rule-set preset <c>national-2020</c> (its <c>targetReview</c> family): the JSON is the data.</remarks>
    public static TargetReviewRules National() => RuleSetPresets.Get("national-2020").TargetReview!;

    /// <summary>
    /// The national review with an illustrative review grade [D]: as <see cref="National"/>, plus a score of 100 − 10 per
    /// error − 3 per warning − 0 per advice, graded on the national bands (优 ≥ 90, 良 [80, 90), 中 [60, 80), 差 &lt; 60).
    /// The deductions are an example a jurisdiction replaces with its own.
    /// </summary>
    public static TargetReviewRules NationalWithGrade()
    {
        var national = National();
        return new TargetReviewRules(national.RequiredClasses, national.SatisfactionMinimum, national.WeightsRequired, national.RequiredTotalPoints,
            national.ExpenditureStandards, new ReviewGradingRules(10m, 3m, 0m, GradeScale.National2020, DeployedGrade), national.Source);
    }
}
