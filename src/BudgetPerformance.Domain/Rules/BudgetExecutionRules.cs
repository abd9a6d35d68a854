using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Internal;

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
    public BudgetExecutionRules(decimal points, Rounding? ratePercentRounding, ZeroBudgetPolicy zeroBudget, IEnumerable<EvaluationType> appliesTo, SourceCitation source)
    {
        Points = Preconditions.CheckNonNegative(points);
        RatePercentRounding = ratePercentRounding;
        ZeroBudget = Preconditions.CheckDefined(zeroBudget);
        Preconditions.CheckNotNull(appliesTo);
        AppliesTo = new ReadOnlyCollection<EvaluationType>(appliesTo.Select(t => Preconditions.CheckDefined(t, nameof(appliesTo))).Distinct().ToArray());
        Source = Preconditions.CheckNotNull(source);
    }

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
