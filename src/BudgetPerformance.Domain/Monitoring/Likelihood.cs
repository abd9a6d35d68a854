namespace BudgetPerformance.Monitoring;

/// <summary>The recorded likelihood of reaching a target by the end of the year (完成目标可能性).</summary>
public enum Likelihood
{
    /// <summary>确定能, certain.</summary>
    Certain = 0,

    /// <summary>有可能, possible.</summary>
    Possible = 1,

    /// <summary>完全不可能, impossible.</summary>
    Impossible = 2,
}
