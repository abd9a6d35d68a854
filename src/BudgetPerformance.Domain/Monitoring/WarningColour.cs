namespace BudgetPerformance.Monitoring;

/// <summary>
/// A warning colour of monitoring (预警颜色). Ordered from least to most severe: blue (over-run) &lt; green &lt;
/// yellow &lt; red, so the worst of several colours is the largest value.
/// </summary>
public enum WarningColour
{
    /// <summary>蓝色, over-run: progress far ahead of the time-proportional expectation.</summary>
    Blue = 0,

    /// <summary>绿色, normal.</summary>
    Green = 1,

    /// <summary>黄色, a deviation to watch.</summary>
    Yellow = 2,

    /// <summary>红色, a serious deviation.</summary>
    Red = 3,
}
