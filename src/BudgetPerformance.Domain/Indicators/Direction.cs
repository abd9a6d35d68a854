namespace BudgetPerformance.Indicators;

/// <summary>The direction (指标性质) of a level-3 indicator: how the actual value is compared with the target.</summary>
public enum Direction
{
    /// <summary>≥, at least the target (positive, 正向).</summary>
    AtLeast = 0,

    /// <summary>&gt;, strictly above the target (positive, strict).</summary>
    GreaterThan = 1,

    /// <summary>=, equal to the target.</summary>
    EqualTo = 2,

    /// <summary>≤, at most the target (reverse, 反向).</summary>
    AtMost = 3,

    /// <summary>&lt;, strictly below the target (reverse, strict).</summary>
    LessThan = 4,

    /// <summary>定性: a qualitative indicator, judged by achievement level.</summary>
    Qualitative = 5,
}
