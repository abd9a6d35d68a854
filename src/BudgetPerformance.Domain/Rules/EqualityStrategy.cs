using Ardalis.GuardClauses;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>
/// 等于: a = t earns w; a &lt; t earns w × a ÷ t; a &gt; t is scored by <see cref="Overshoot"/>. With t = 0:
/// a ≤ 0 earns w, otherwise 0 [D]. For =.
/// </summary>
public sealed class EqualityStrategy : ScoringStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The source.</param>
    /// <param name="overshoot">How a value above the target is scored.</param>
    /// <param name="rounding">Its own rounding, or null.</param>
    public EqualityStrategy(string id, SourceCitation source, EqualityOvershoot overshoot, Rounding? rounding = null)
        : base(id, StrategyKind.Equality, source, rounding)
    {
        Overshoot = Guard.Against.Undefined(overshoot);
    }

    /// <summary>How a value above the target is scored.</summary>
    public EqualityOvershoot Overshoot { get; }

    /// <inheritdoc/>
    public override bool Accepts(Direction direction) => direction == Direction.EqualTo;
}
