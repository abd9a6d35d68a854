using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;

namespace BudgetPerformance.Rules;

/// <summary>正向比例: a ≥ t earns w; below, w × a ÷ t. For ≥ and &gt;.</summary>
public sealed class ProportionalStrategy : ScoringStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The source.</param>
    /// <param name="rounding">Its own rounding, or null.</param>
    public ProportionalStrategy(string id, SourceCitation source, Rounding? rounding = null)
        : base(id, StrategyKind.Proportional, source, rounding)
    {
    }

    /// <inheritdoc/>
    public override bool Accepts(Direction direction) => IsPositive(direction);
}
