namespace BudgetPerformance.Indicators;

/// <summary>Whether the points of an indicator tree are binding weights.</summary>
public enum IndicatorWeighting
{
    /// <summary>
    /// Weighted: at every level the children's points add up exactly to their parent's, and every level-2 node
    /// has at least one level-3 indicator.
    /// </summary>
    Weighted = 0,

    /// <summary>
    /// An unweighted template (for example a reference framework whose weights a jurisdiction sets): points are
    /// guidance and are not required to add up, and a level-2 node may be an empty placeholder.
    /// </summary>
    Template = 1,
}
