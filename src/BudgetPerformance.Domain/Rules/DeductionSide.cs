namespace BudgetPerformance.Rules;

/// <summary>Which side of a threshold a per-step deduction counts.</summary>
public enum DeductionSide
{
    /// <summary>Points are lost for each step the actual value lies below the threshold.</summary>
    Below = 0,

    /// <summary>Points are lost for each step the actual value lies above the threshold.</summary>
    Above = 1,
}
