using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Review;

/// <summary>
/// Target review (绩效目标审核, "whoever allocates the money reviews the targets"): lists every finding of a performance
/// target under a rule set's target-review family (<see cref="TargetReviewRules"/>). The same input always gives the
/// same result.
/// </summary>
/// <remarks>
/// <para>Checks, in this order: required level-2 classes (error <c>class-missing</c>); weights set and adding up to the
/// required total (errors <c>weights-unset</c>, <c>weights-total</c>; children adding up to their parent is already an
/// invariant of a weighted <see cref="IndicatorTree"/>); duplicate indicator names (error <c>duplicate-name</c>);
/// per indicator, a missing explanation (error <c>explanation-missing</c>), a satisfaction target below the minimum
/// (warning <c>satisfaction-below-minimum</c>) or not in % (advice <c>satisfaction-not-percent</c>), a cost target above
/// its expenditure standard (error <c>cost-above-standard</c>); finally consistency with the amount (warnings
/// <c>quantity-without-money</c>, <c>money-without-output</c>). A quantitative indicator always has a numeric target
/// and a unit: <see cref="LevelThreeIndicator"/> refuses one without.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class TargetReviewer : IStageEngine<TargetReviewer>
{
    private static readonly IndicatorClass[] CostClasses = [IndicatorClass.OutputCost, IndicatorClass.EconomicCost, IndicatorClass.SocialCost, IndicatorClass.EcologicalCost];

    private readonly TargetReviewRules rules;

    /// <summary>Creates a reviewer.</summary>
    /// <param name="ruleSet">The rule set; it must carry the <see cref="RequiredFamilies"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    /// <exception cref="DomainInvariantException">The rule set has no target-review family (<c>rule-family-missing</c>, the
    /// problem <see cref="FindProblems"/> gives; parameter <c>ruleSet</c>).</exception>
    public TargetReviewer(RuleSet ruleSet)
    {
        RuleSet = StageEngine.Require<TargetReviewer>(ruleSet);
        rules = ruleSet.TargetReview!;
    }

    /// <summary>The stage: <see cref="LifecycleStage.TargetReview"/>.</summary>
    public static LifecycleStage Stage => LifecycleStage.TargetReview;

    /// <summary>The families a reviewer reads besides grading: the target-review family (its own review grade, if any, is part of it).</summary>
    public static IReadOnlyList<RuleFamily> RequiredFamilies { get; } = ImmutableArray.Create(RuleFamily.TargetReview);

    /// <summary>The rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The problem of reviewing targets under <paramref name="ruleSet"/>: one <c>rule-family-missing</c>, or none.
    /// The constructor refuses the same rule sets.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(RuleSet ruleSet) => StageEngine.FindProblems<TargetReviewer>(ruleSet);

    /// <summary>Reviews a target.</summary>
    /// <param name="target">The performance target.</param>
    /// <param name="requestedAmount">The amount requested with it (for the consistency check); not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="requestedAmount"/> is negative.</exception>
    public TargetReviewResult Review(PerformanceTarget target, Money requestedAmount)
    {
        Guard.Against.Null(target);
        Guard.Against.OutOfRangeWhen(requestedAmount.IsNegative, requestedAmount, nameof(requestedAmount), "The requested amount must not be negative.");

        var findings = new List<ReviewFinding>();
        void Add(FindingSeverity severity, IndicatorCode? at, string code, string zh, string en, SourceCitation source) =>
            findings.Add(new ReviewFinding(severity, at, new DecisionReason(code, at?.ToString(), zh, en, source)));

        var tree = target.Indicators;
        var levelTwos = tree.Groups.SelectMany(one => one.Children.Select(two => (One: one, Two: two))).ToArray();

        foreach (var requirement in rules.RequiredClasses)
        {
            if (!levelTwos.Any(x => x.Two.Children.Count > 0 && requirement.AnyOf.Contains(x.Two.Class.Standing)))
            {
                var zh = string.Join("、", requirement.AnyOf.Select(c => c.Name.Chinese));
                var en = string.Join(", ", requirement.AnyOf.Select(c => c.Name.English));
                Add(FindingSeverity.Error, null, ReasonCodes.ClassMissing,
                    requirement.AnyOf.Count == 1 ? $"缺少二级指标“{zh}”下的三级指标" : $"缺少二级指标（{zh}之一）下的三级指标",
                    requirement.AnyOf.Count == 1 ? $"no level-3 indicator under the level-2 class '{en}'" : $"no level-3 indicator under any of the level-2 classes {en}",
                    requirement.Source);
            }
        }

        if (rules.WeightsRequired && tree.Weighting != IndicatorWeighting.Weighted)
        {
            Add(FindingSeverity.Error, null, ReasonCodes.WeightsUnset, "指标未设置分值（权重）", "the indicators carry no binding weights", rules.Source);
        }
        else if (rules.RequiredTotalPoints is { } total && tree.Weighting == IndicatorWeighting.Weighted && tree.TotalPoints != total)
        {
            Add(FindingSeverity.Error, null, ReasonCodes.WeightsTotal,
                $"一级指标分值合计 {N(tree.TotalPoints)}，应为 {N(total)}", $"the level-1 points add up to {N(tree.TotalPoints)}, not {N(total)}", rules.Source);
        }

        var names = new Dictionary<string, IndicatorCode>(StringComparer.Ordinal);
        foreach (var indicator in tree.Indicators)
        {
            var name = indicator.Name.Trim();
            if (!names.TryAdd(name, indicator.Code))
            {
                Add(FindingSeverity.Error, indicator.Code, ReasonCodes.DuplicateName,
                    $"指标名称“{name}”与 {names[name]} 重复", $"the indicator name '{name}' repeats that of {names[name]}", rules.Source);
            }
        }

        foreach (var (one, two) in levelTwos)
        {
            foreach (var indicator in two.Children)
            {
                if (string.IsNullOrWhiteSpace(indicator.Explanation))
                {
                    Add(FindingSeverity.Error, indicator.Code, ReasonCodes.ExplanationMissing,
                        indicator.Kind == IndicatorKind.Quantitative ? $"指标“{indicator.Name}”缺少指标解释（计算公式或统计口径）" : $"指标“{indicator.Name}”缺少指标解释（评判内容和评判方式）",
                        indicator.Kind == IndicatorKind.Quantitative ? $"indicator '{indicator.Name}' has no explanation (formula or statistical scope)" : $"indicator '{indicator.Name}' has no explanation (what is judged and how)",
                        rules.Source);
                }

                var isSatisfaction = one.Class == IndicatorClass.Satisfaction || two.Class == IndicatorClass.BeneficiarySatisfaction || two.Class == IndicatorClass.SatisfactionLevel2;
                if (isSatisfaction && indicator.Kind == IndicatorKind.Quantitative)
                {
                    var unit = indicator.Unit!.Trim();
                    if (unit is "%" or "％")
                    {
                        var fraction = indicator.Target!.Value / 100m;
                        if (fraction < rules.SatisfactionMinimum)
                        {
                            Add(FindingSeverity.Warning, indicator.Code, ReasonCodes.SatisfactionBelowMinimum,
                                $"满意度指标“{indicator.Name}”目标值 {N(indicator.Target.Value)}% 低于惯例 {N(rules.SatisfactionMinimum * 100m)}%",
                                $"satisfaction target '{indicator.Name}' of {N(indicator.Target.Value)}% is below the conventional {N(rules.SatisfactionMinimum * 100m)}%",
                                rules.Source);
                        }
                    }
                    else
                    {
                        Add(FindingSeverity.Advice, indicator.Code, ReasonCodes.SatisfactionNotPercent,
                            $"满意度指标“{indicator.Name}”计量单位为“{unit}”，无法核对是否达到 {N(rules.SatisfactionMinimum * 100m)}%",
                            $"satisfaction target '{indicator.Name}' is in '{unit}', so the conventional {N(rules.SatisfactionMinimum * 100m)}% cannot be checked",
                            rules.Source);
                    }
                }

                var isCost = one.Class == IndicatorClass.Cost || CostClasses.Contains(two.Class);
                if (isCost && indicator.Kind == IndicatorKind.Quantitative)
                {
                    foreach (var standard in rules.ExpenditureStandards)
                    {
                        if (string.Equals(standard.IndicatorName, indicator.Name.Trim(), StringComparison.Ordinal) &&
                            string.Equals(standard.Unit, indicator.Unit, StringComparison.Ordinal) &&
                            indicator.Target!.Value > standard.Maximum)
                        {
                            Add(FindingSeverity.Error, indicator.Code, ReasonCodes.CostAboveStandard,
                                $"成本指标“{indicator.Name}”目标值 {N(indicator.Target.Value)} {indicator.Unit} 高于支出标准 {N(standard.Maximum)} {standard.Unit}",
                                $"cost target '{indicator.Name}' of {N(indicator.Target.Value)} {indicator.Unit} is above the expenditure standard {N(standard.Maximum)} {standard.Unit}",
                                standard.Source);
                        }
                    }
                }
            }
        }

        var hasQuantity = levelTwos.Any(x => x.Two.Class.Standing == IndicatorClass.Quantity && x.Two.Children.Count > 0);
        if (requestedAmount == Money.Zero && hasQuantity)
        {
            Add(FindingSeverity.Warning, null, ReasonCodes.QuantityWithoutMoney, "设有数量指标但申请金额为 0", "quantity targets are set but no money is requested", rules.Source);
        }
        else if (requestedAmount > Money.Zero && !hasQuantity)
        {
            Add(FindingSeverity.Warning, null, ReasonCodes.MoneyWithoutOutput,
                $"申请金额 {N(requestedAmount.Yuan)} 元但未设数量（产出）指标", $"{N(requestedAmount.Yuan)} yuan is requested but no quantity (output) target is set", rules.Source);
        }

        decimal? score = null;
        Grade? grade = null;
        if (rules.Grading is { } grading)
        {
            var deductions = findings.Sum(f => f.Severity switch
            {
                FindingSeverity.Error => grading.ErrorDeduction,
                FindingSeverity.Warning => grading.WarningDeduction,
                _ => grading.AdviceDeduction,
            });
            score = Math.Max(0m, 100m - deductions);
            grade = grading.Scale.Classify(score.Value);
        }

        return new TargetReviewResult(findings.AsReadOnly(), score, grade);
    }

    internal static string N(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
