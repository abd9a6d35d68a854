namespace BudgetPerformance.Values;

/// <summary>The language in which user-visible names are shown.</summary>
public enum DisplayLanguage
{
    /// <summary>Chinese (中文), the default for users.</summary>
    Chinese = 0,

    /// <summary>English.</summary>
    English = 1,
}
