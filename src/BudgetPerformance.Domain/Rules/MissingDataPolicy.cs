namespace BudgetPerformance.Rules;

/// <summary>How indicators with no data (无数据) or not yet due (未到期) are aggregated.</summary>
public enum MissingDataPolicy
{
    /// <summary>The result is incomplete: no total and no grade, and the missing indicators are listed.</summary>
    Incomplete = 0,

    /// <summary>Scored zero, with a flag on each.</summary>
    ScoreZero = 1,
}
