namespace BudgetPerformance.Rules;

/// <summary>What a zero adjusted budget with nothing spent means for the budget-execution block.</summary>
public enum ZeroBudgetPolicy
{
    /// <summary>An input error, reported: the block cannot be scored.</summary>
    Reject = 0,

    /// <summary>The block does not apply: it is dropped and the indicator points are rescaled to the full total.</summary>
    NotApplicable = 1,
}
