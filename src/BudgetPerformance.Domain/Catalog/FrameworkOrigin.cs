namespace BudgetPerformance.Catalog;

/// <summary>Whether a framework is common to all sectors or an individual library of one sector.</summary>
public enum FrameworkOrigin
{
    /// <summary>共性, a common framework.</summary>
    Common = 0,

    /// <summary>个性, an individual library for one sector.</summary>
    Individual = 1,
}
