using System;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;

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
    public ReverseLinearStrategy(string id, SourceCitation source, decimal zeroAtMultiple, Rounding? rounding = null)
        : base(id, StrategyKind.ReverseLinear, source, rounding)
    {
        if (zeroAtMultiple <= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(zeroAtMultiple), zeroAtMultiple, "The score must reach 0 beyond the target: use a multiple above 1.");
        }

        ZeroAtMultiple = zeroAtMultiple;
    }

    /// <summary>The multiple of the target at which the score reaches 0 (inclusive).</summary>
    public decimal ZeroAtMultiple { get; }

    /// <inheritdoc/>
    public override bool Accepts(Direction direction) => IsReverse(direction);
}
