namespace BudgetPerformance.Grades;

/// <summary>How a value is rounded to its precision.</summary>
public enum RoundingMode
{
    /// <summary>四舍五入: to the nearest; a midpoint goes away from zero (89.995 → 90.00).</summary>
    HalfAwayFromZero = 0,

    /// <summary>Banker's rounding: to the nearest; a midpoint goes to the even digit (88.5 → 88).</summary>
    HalfToEven = 1,

    /// <summary>Towards positive infinity (ceiling): 89.991 → 90.00.</summary>
    Up = 2,

    /// <summary>Towards negative infinity (floor; for the non-negative scores of this domain, truncation): 89.999 → 89.99.</summary>
    Down = 3,
}
