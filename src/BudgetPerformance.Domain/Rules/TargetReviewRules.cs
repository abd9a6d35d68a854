using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Rules;

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
    /// <exception cref="ArgumentNullException">A list or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">An item of a list is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range (<see cref="FindProblems"/>).</exception>
    public TargetReviewRules(
        IEnumerable<ClassRequirement> requiredClasses,
        decimal satisfactionMinimum,
        bool weightsRequired,
        decimal? requiredTotalPoints,
        IEnumerable<ExpenditureStandard> expenditureStandards,
        ReviewGradingRules? grading,
        SourceCitation source)
    {
        RequiredClasses = new ReadOnlyCollection<ClassRequirement>([.. Guard.Against.NullItems(requiredClasses)]);
        foreach (var problem in FindProblems(satisfactionMinimum, requiredTotalPoints))
        {
            throw problem.Location.Element == nameof(satisfactionMinimum)
                ? new ArgumentOutOfRangeException(nameof(satisfactionMinimum), satisfactionMinimum, problem.MessageEn)
                : new ArgumentOutOfRangeException(nameof(requiredTotalPoints), requiredTotalPoints, problem.MessageEn);
        }

        SatisfactionMinimum = satisfactionMinimum;
        WeightsRequired = weightsRequired;
        RequiredTotalPoints = requiredTotalPoints;
        ExpenditureStandards = new ReadOnlyCollection<ExpenditureStandard>([.. Guard.Against.NullItems(expenditureStandards)]);
        Grading = grading;
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// Lists every broken invariant of the family's candidate numbers, without building it, in this order: the
    /// satisfaction minimum lies in [0, 1], both ends included (<c>satisfactionMinimum</c>); a required total is not
    /// negative, 0 included (<c>requiredTotalPoints</c>). The name in brackets is each problem's
    /// <see cref="ProblemLocation.Element"/>; the constructor checks the same.
    /// </summary>
    /// <param name="satisfactionMinimum">The candidate minimum of satisfaction targets, as a fraction.</param>
    /// <param name="requiredTotalPoints">The candidate required total, or null for none.</param>
    public static IReadOnlyList<Problem> FindProblems(decimal satisfactionMinimum, decimal? requiredTotalPoints)
    {
        var problems = new List<Problem>();
        if (satisfactionMinimum is < 0m or > 1m)
        {
            problems.Add(Messages.SatisfactionMinimumNotAFraction.At(ProblemLocation.OfElement(nameof(satisfactionMinimum))));
        }

        if (requiredTotalPoints < 0m)
        {
            problems.Add(Messages.NamedValueNegative.At(ProblemLocation.OfElement(nameof(requiredTotalPoints)), Messages.RequiredTotalPointsValue));
        }

        return problems;
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
