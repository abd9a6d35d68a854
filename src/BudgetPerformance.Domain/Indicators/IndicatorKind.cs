namespace BudgetPerformance.Indicators;

/// <summary>Whether a level-3 indicator is measured by a number or judged.</summary>
public enum IndicatorKind
{
    /// <summary>定量, quantitative: a numeric target with a unit and a direction.</summary>
    Quantitative = 0,

    /// <summary>定性, qualitative: judged by achievement level; no numeric target, no unit.</summary>
    Qualitative = 1,
}
