namespace BudgetPerformance.Rules;

/// <summary>The severity of a target-review finding. Ordered: an error is the most severe.</summary>
public enum FindingSeverity
{
    /// <summary>建议, advice: worth improving, never blocks.</summary>
    Advice = 0,

    /// <summary>提示/警告, a warning: the reviewer should look at it.</summary>
    Warning = 1,

    /// <summary>错误, an error: the target fails review until it is corrected.</summary>
    Error = 2,
}
