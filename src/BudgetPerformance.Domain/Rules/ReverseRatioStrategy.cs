using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;

namespace BudgetPerformance.Rules;

/// <summary>反向比例: a ≤ t earns w; above, w × t ÷ a. For ≤ and &lt;. With t ≤ 0 and a &gt; t, 0.</summary>
public sealed class ReverseRatioStrategy : ScoringStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The source.</param>
    /// <param name="rounding">Its own rounding, or null.</param>
    public ReverseRatioStrategy(string id, SourceCitation source, Rounding? rounding = null)
        : base(id, StrategyKind.ReverseRatio, source, rounding)
    {
    }

    /// <inheritdoc/>
    public override bool Accepts(Direction direction) => IsReverse(direction);
}
