namespace BudgetPerformance;

/// <summary>Whether a level-3 indicator is measured by a number or judged.</summary>
public enum IndicatorKind
{
    /// <summary>定量, quantitative: a numeric target with a unit and a direction.</summary>
    Quantitative = 0,

    /// <summary>定性, qualitative: judged by achievement level; no numeric target, no unit.</summary>
    Qualitative = 1,
}

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

/// <summary>The basis on which a target value was set (指标值设定依据).</summary>
public enum ValueBasis
{
    /// <summary>Not stated on the form. An explicit state, not a default: nothing is inferred from it.</summary>
    NotStated = 0,

    /// <summary>计划标准, a plan standard.</summary>
    Plan = 1,

    /// <summary>行业标准, an industry standard.</summary>
    Industry = 2,

    /// <summary>历史标准, a historical standard (the previous value or the previous three years' average).</summary>
    Historical = 3,

    /// <summary>预算支出标准, a budget expenditure standard (for cost indicators).</summary>
    BudgetExpenditureStandard = 4,

    /// <summary>其他, another recognised basis.</summary>
    Other = 5,
}

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
