namespace BudgetPerformance.Monitoring;

/// <summary>What a monitoring record holds for one indicator.</summary>
public enum ProgressState
{
    /// <summary>实际完成值: a cumulative actual value to date (quantitative indicators).</summary>
    Measured = 0,

    /// <summary>达成程度: an achievement level to date (qualitative indicators).</summary>
    Achievement = 1,

    /// <summary>无数据: nothing was reported. An explicit state, never a zero.</summary>
    NoData = 2,
}
