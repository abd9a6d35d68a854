namespace BudgetPerformance.Rules;

/// <summary>What happens to an actual value below zero where the scoring needs a non-negative value.</summary>
public enum NegativeActualPolicy
{
    /// <summary>The indicator is an input error, reported; it gets no score (the default).</summary>
    Reject = 0,

    /// <summary>The value is treated as 0, and the clamp is recorded as a flag and in the explanation (never silent).</summary>
    ClampToZero = 1,
}
