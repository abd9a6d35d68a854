namespace BudgetPerformance.Rules;

/// <summary>The closed set of indicator scoring strategies. Each is parameterised data, never a code string.</summary>
public enum StrategyKind
{
    /// <summary>正向比例: for ≥ and &gt;, w × a ÷ t.</summary>
    Proportional = 0,

    /// <summary>反向线性: for ≤ and &lt;, full points up to t, falling linearly to 0 at a multiple of t (2t by default).</summary>
    ReverseLinear = 1,

    /// <summary>反向比例: for ≤ and &lt;, full points up to t, then w × t ÷ a.</summary>
    ReverseRatio = 2,

    /// <summary>等于: full points when a = t, otherwise proportional; target 0 has its own rule.</summary>
    Equality = 3,

    /// <summary>定性分档: the assessor's score checked against the band of the chosen achievement level.</summary>
    QualitativeBands = 4,

    /// <summary>阶梯: completion a ÷ t at or above a step earns that step's share of the points.</summary>
    StepThresholds = 5,

    /// <summary>偏差区间: the relative deviation |a − t| ÷ |t| within a band earns that band's share.</summary>
    DeviationBands = 6,

    /// <summary>按档扣分: a number of points lost per step below or above a threshold.</summary>
    PerStepDeduction = 7,

    /// <summary>评价人打分: the assessor's score within [0, w], recorded and validated, not computed.</summary>
    Judgement = 8,
}
