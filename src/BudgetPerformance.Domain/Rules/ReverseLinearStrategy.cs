using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Rules;

/// <summary>
/// 反向线性: a ≤ t earns w; between t and <see cref="ZeroAtMultiple"/> × t the score falls linearly,
/// w × (1 − (a − t) ÷ ((m − 1) × |t|)); at or beyond m × t it is 0. With t = 0: a ≤ 0 earns w, otherwise 0.
/// For ≤ and &lt;.
/// </summary>
public sealed class ReverseLinearStrategy : ScoringStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The source.</param>
    /// <param name="zeroAtMultiple">The multiple of the target at which the score reaches 0; above 1 (2 by RULES.md).</param>
    /// <param name="rounding">Its own rounding, or null.</param>
    /// <exception cref="ArgumentException">The id is not valid (see <see cref="ScoringStrategy.FindProblems(string)"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="zeroAtMultiple"/> is not above 1 (see <see cref="FindProblems(decimal)"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="source"/> is null.</exception>
    public ReverseLinearStrategy(string id, SourceCitation source, decimal zeroAtMultiple, Rounding? rounding = null)
        : base(id, StrategyKind.ReverseLinear, source, rounding)
    {
        Guard.Against.ProblemsOutOfRange(FindProblems(zeroAtMultiple), zeroAtMultiple, nameof(zeroAtMultiple));

        ZeroAtMultiple = zeroAtMultiple;
    }

    /// <summary>
    /// Lists the problem with a candidate multiple, without building the strategy: it must be above 1 (1 exclusive). The
    /// problem names <c>zeroAtMultiple</c> as its <see cref="ProblemLocation.Element"/>; the constructor checks the same (and
    /// the id, with <see cref="ScoringStrategy.FindProblems(string)"/>).
    /// </summary>
    /// <param name="zeroAtMultiple">The candidate multiple of the target at which the score reaches 0.</param>
    public static IReadOnlyList<Problem> FindProblems(decimal zeroAtMultiple) =>
        zeroAtMultiple <= 1m ? [Messages.ZeroAtMultipleNotAboveOne.At(ProblemLocation.OfElement(nameof(zeroAtMultiple)))] : [];

    /// <summary>The multiple of the target at which the score reaches 0 (inclusive).</summary>
    public decimal ZeroAtMultiple { get; }

    /// <inheritdoc/>
    public override bool Accepts(Direction direction) => IsReverse(direction);
}
