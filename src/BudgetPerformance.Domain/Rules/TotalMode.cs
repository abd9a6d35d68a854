namespace BudgetPerformance.Rules;

/// <summary>Whether the total is the sum of rounded indicator scores or the rounded sum of raw scores.</summary>
public enum TotalMode
{
    /// <summary>Round every indicator score, then add them up (what forms show: the rows add up to the total).</summary>
    SumOfRounded = 0,

    /// <summary>Add up the raw scores, then round the sum once.</summary>
    RoundedSum = 1,
}
