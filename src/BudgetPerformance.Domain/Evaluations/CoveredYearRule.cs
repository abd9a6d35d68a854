namespace BudgetPerformance.Evaluations;

/// <summary>How the year an evaluation covers must relate to the year it is conducted in.</summary>
public enum CoveredYearRule
{
    /// <summary>The covered year is the year of conduct or later (looking ahead: ex-ante assessment, target review).</summary>
    SameOrLater = 0,

    /// <summary>The covered year is the year of conduct (monitoring).</summary>
    Same = 1,

    /// <summary>The covered year is exactly the previous year (self-evaluation covers last year's spending).</summary>
    Previous = 2,

    /// <summary>The covered year is the year of conduct or earlier (evaluations after or during implementation).</summary>
    SameOrEarlier = 3,
}
