namespace BudgetPerformance.Rules;

/// <summary>
/// How an equality indicator (=) is scored when the actual value misses the target. Whatever the choice, an equality
/// indicator never earns more than its points, whatever <see cref="IndicatorScoringRules.CapAtPoints"/> says: missing an
/// exact target is never a bonus.
/// </summary>
public enum EqualityOvershoot
{
    /// <summary>
    /// Proportional below the target, w × a ÷ t, and held to the points above it (w × a ÷ t capped at w): the deployed
    /// default [D].
    /// </summary>
    Proportional = 0,

    /// <summary>Proportional below the target (w × a ÷ t) and the inverse ratio above it, w × t ÷ a.</summary>
    InverseRatio = 1,

    /// <summary>
    /// A symmetric deviation rule: w × max(0, 1 − |a − t| ÷ t) on both sides of the target, so a miss by a given share
    /// loses the same points above as below (below, this is w × a ÷ t; above, w × (2t − a) ÷ t, 0 at 2t and beyond).
    /// </summary>
    SymmetricDeviation = 2,
}
