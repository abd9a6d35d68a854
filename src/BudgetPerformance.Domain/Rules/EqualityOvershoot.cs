namespace BudgetPerformance.Rules;

/// <summary>How an equality indicator is scored when the actual value is above the target.</summary>
public enum EqualityOvershoot
{
    /// <summary>Proportional as for a positive indicator, w × a ÷ t (capped when the rule set caps): the deployed default [D].</summary>
    Proportional = 0,

    /// <summary>Symmetric: w × t ÷ a, so overshooting loses points as undershooting does.</summary>
    InverseRatio = 1,
}
