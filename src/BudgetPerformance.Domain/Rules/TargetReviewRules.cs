using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>The severity of a target-review finding. Ordered: an error is the most severe.</summary>
public enum FindingSeverity
{
    /// <summary>建议, advice: worth improving, never blocks.</summary>
    Advice = 0,

    /// <summary>提示/警告, a warning: the reviewer should look at it.</summary>
    Warning = 1,

    /// <summary>错误, an error: the target fails review until it is corrected.</summary>
    Error = 2,
}

/// <summary>
/// A level-2 class requirement of target review: at least one level-3 indicator under a level-2 node of one of
/// <see cref="AnyOf"/> (for example the benefit requirement is met by economic, social, ecological or sustainable impact).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ClassRequirement
{
    /// <summary>Creates the requirement.</summary>
    /// <param name="anyOf">The level-2 classes, at least one; any of them meets the requirement.</param>
    /// <param name="source">The source.</param>
    public ClassRequirement(IEnumerable<IndicatorClass> anyOf, SourceCitation source)
    {
        var list = Preconditions.CheckItemsNotNull(anyOf);
        if (list.Count == 0 || list.Any(c => c.Level != 2))
        {
            throw new ArgumentException("A requirement names at least one class, and only level-2 classes.", nameof(anyOf));
        }

        AnyOf = new ReadOnlyCollection<IndicatorClass>(list.Distinct().ToArray());
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The classes, any of which meets the requirement.</summary>
    public IReadOnlyList<IndicatorClass> AnyOf { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}

/// <summary>
/// A budget expenditure standard (预算支出标准) for a cost indicator: a cost indicator with this name and unit whose target
/// exceeds <see cref="Maximum"/> (exclusive: exactly the maximum is allowed) is a review error.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ExpenditureStandard
{
    /// <summary>Creates a standard.</summary>
    /// <param name="indicatorName">The level-3 indicator name it applies to (compared ordinally after trimming), e.g. 亩均建设成本.</param>
    /// <param name="unit">The unit it is stated in (compared ordinally), e.g. 元/亩.</param>
    /// <param name="maximum">The highest target allowed, inclusive; not negative.</param>
    /// <param name="source">The document that sets the standard.</param>
    public ExpenditureStandard(string indicatorName, string unit, decimal maximum, SourceCitation source)
    {
        IndicatorName = Preconditions.CheckNotBlank(indicatorName).Trim();
        Unit = Preconditions.CheckNotBlank(unit);
        Maximum = Preconditions.CheckNonNegative(maximum);
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The indicator name.</summary>
    public string IndicatorName { get; }

    /// <summary>The unit.</summary>
    public string Unit { get; }

    /// <summary>The highest target allowed, inclusive.</summary>
    public decimal Maximum { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}

/// <summary>
/// The optional review grade (优/良/中/差) some provinces give a target: score = 100 − the deductions of the findings
/// (per error, per warning, per advice), not below 0, graded on <see cref="Scale"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReviewGradingRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="errorDeduction">Points deducted per error, in [0, 100].</param>
    /// <param name="warningDeduction">Points deducted per warning, in [0, 100].</param>
    /// <param name="adviceDeduction">Points deducted per advice, in [0, 100].</param>
    /// <param name="scale">The grade bands of the score.</param>
    /// <param name="source">The source.</param>
    public ReviewGradingRules(decimal errorDeduction, decimal warningDeduction, decimal adviceDeduction, GradeScale scale, SourceCitation source)
    {
        ErrorDeduction = CheckDeduction(errorDeduction, nameof(errorDeduction));
        WarningDeduction = CheckDeduction(warningDeduction, nameof(warningDeduction));
        AdviceDeduction = CheckDeduction(adviceDeduction, nameof(adviceDeduction));
        Scale = Preconditions.CheckNotNull(scale);
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>Points deducted per error.</summary>
    public decimal ErrorDeduction { get; }

    /// <summary>Points deducted per warning.</summary>
    public decimal WarningDeduction { get; }

    /// <summary>Points deducted per advice.</summary>
    public decimal AdviceDeduction { get; }

    /// <summary>The grade bands.</summary>
    public GradeScale Scale { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }

    private static decimal CheckDeduction(decimal value, string name) =>
        value is < 0m or > 100m ? throw new ArgumentOutOfRangeException(name, value, "A deduction must lie in [0, 100].") : value;
}

/// <summary>
/// The target-review family (绩效目标审核, "whoever allocates the money reviews the targets"): the level-2 classes a
/// target must cover, the conventional minimum of satisfaction targets, whether weights are required and what they must
/// add up to, the expenditure standards of cost indicators, and the optional review grade.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TargetReviewRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="requiredClasses">The level-2 class requirements.</param>
    /// <param name="satisfactionMinimum">The conventional minimum of a satisfaction target as a fraction (0.9 for 90%), in [0, 1]; a target below it (exclusive: exactly 90% passes) gets a warning.</param>
    /// <param name="weightsRequired">Whether the tree must be weighted (a template without weights is an error).</param>
    /// <param name="requiredTotalPoints">The total the level-1 points must add up to, or null for no check.</param>
    /// <param name="expenditureStandards">The expenditure standards of cost indicators.</param>
    /// <param name="grading">The review grade, or null when no grade is given.</param>
    /// <param name="source">The source of the family (the review checks themselves).</param>
    public TargetReviewRules(
        IEnumerable<ClassRequirement> requiredClasses,
        decimal satisfactionMinimum,
        bool weightsRequired,
        decimal? requiredTotalPoints,
        IEnumerable<ExpenditureStandard> expenditureStandards,
        ReviewGradingRules? grading,
        SourceCitation source)
    {
        RequiredClasses = new ReadOnlyCollection<ClassRequirement>([.. Preconditions.CheckItemsNotNull(requiredClasses)]);
        if (satisfactionMinimum is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(satisfactionMinimum), satisfactionMinimum, "The minimum is a fraction in [0, 1] (0.9 for 90%).");
        }

        if (requiredTotalPoints is { } r)
        {
            Preconditions.CheckNonNegative(r, nameof(requiredTotalPoints));
        }

        SatisfactionMinimum = satisfactionMinimum;
        WeightsRequired = weightsRequired;
        RequiredTotalPoints = requiredTotalPoints;
        ExpenditureStandards = new ReadOnlyCollection<ExpenditureStandard>([.. Preconditions.CheckItemsNotNull(expenditureStandards)]);
        Grading = grading;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The level-2 class requirements.</summary>
    public IReadOnlyList<ClassRequirement> RequiredClasses { get; }

    /// <summary>The conventional minimum of satisfaction targets, as a fraction; below it (exclusive) is a warning.</summary>
    public decimal SatisfactionMinimum { get; }

    /// <summary>Whether the tree must be weighted.</summary>
    public bool WeightsRequired { get; }

    /// <summary>The total the level-1 points must add up to, or null.</summary>
    public decimal? RequiredTotalPoints { get; }

    /// <summary>The expenditure standards.</summary>
    public IReadOnlyList<ExpenditureStandard> ExpenditureStandards { get; }

    /// <summary>The review grade, or null.</summary>
    public ReviewGradingRules? Grading { get; }

    /// <summary>The source of the review checks.</summary>
    public SourceCitation Source { get; }
}
