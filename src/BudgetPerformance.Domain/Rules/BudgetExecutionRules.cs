using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Rules;

/// <summary>
/// The budget-execution block (预算执行率): points (10 by default, 20 in some provinces, 0 where forms list the
/// rate without points); rate = spent ÷ adjusted budget, optionally rounded as a percentage first; score =
/// min(rate, 1) × points. An adjusted budget of 0 is never divided by.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BudgetExecutionRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="points">The block's points, at least 0.</param>
    /// <param name="ratePercentRounding">How the rate, as a percentage, is rounded before it is used; null for no rounding.</param>
    /// <param name="zeroBudget">What an adjusted budget of 0 with nothing spent means (spending against a zero budget is always an input error).</param>
    /// <param name="appliesTo">The evaluation types that carry the block (self-evaluation nationally).</param>
    /// <param name="source">The source.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is negative (see <see cref="FindProblems"/>), or an enumeration value is undefined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="appliesTo"/> or <paramref name="source"/> is null.</exception>
    public BudgetExecutionRules(decimal points, Rounding? ratePercentRounding, ZeroBudgetPolicy zeroBudget, IEnumerable<EvaluationType> appliesTo, SourceCitation source)
    {
        Guard.Against.ProblemsOutOfRange(FindProblems(points), points, nameof(points));

        Points = points;
        RatePercentRounding = ratePercentRounding;
        ZeroBudget = Guard.Against.Undefined(zeroBudget);
        Guard.Against.Null(appliesTo);
        AppliesTo = new ReadOnlyCollection<EvaluationType>(appliesTo.Select(t => Guard.Against.Undefined(t, nameof(appliesTo))).Distinct().ToArray());
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// Lists the problem with the candidate points of the block, without building the family: they must be at least 0
    /// (0 inclusive). The problem names <c>points</c> as its <see cref="ProblemLocation.Element"/>; the constructor checks
    /// the same.
    /// </summary>
    /// <param name="points">The candidate points.</param>
    public static IReadOnlyList<Problem> FindProblems(decimal points) =>
        points < 0m ? [Messages.RuleValueNegative.At(ProblemLocation.OfElement(nameof(points)))] : [];

    /// <summary>The block's points.</summary>
    public decimal Points { get; }

    /// <summary>The rounding of the rate as a percentage, or null.</summary>
    public Rounding? RatePercentRounding { get; }

    /// <summary>What a zero adjusted budget means.</summary>
    public ZeroBudgetPolicy ZeroBudget { get; }

    /// <summary>The evaluation types that carry the block.</summary>
    public IReadOnlyList<EvaluationType> AppliesTo { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
