namespace BudgetPerformance.Values;

/// <summary>The units in which Chinese budget documents quote amounts.</summary>
public enum MoneyUnit
{
    /// <summary>元, one yuan.</summary>
    Yuan = 0,

    /// <summary>万元, ten thousand (10^4) yuan.</summary>
    WanYuan = 1,

    /// <summary>亿元, one hundred million (10^8) yuan.</summary>
    YiYuan = 2,
}
