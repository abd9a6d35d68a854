namespace BudgetPerformance.Rules;

/// <summary>How indicators marked not applicable (不适用) are aggregated.</summary>
public enum NotApplicablePolicy
{
    /// <summary>Dropped, and the points of the remaining indicators rescaled so the tree keeps its total.</summary>
    Rescale = 0,

    /// <summary>Scored zero.</summary>
    ScoreZero = 1,
}
