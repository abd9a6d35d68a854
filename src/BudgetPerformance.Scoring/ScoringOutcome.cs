namespace BudgetPerformance.Scoring;

/// <summary>Whether a scoring result is complete.</summary>
public enum ScoringOutcome
{
    /// <summary>Every number was computed; the total and grade are final.</summary>
    Complete = 0,

    /// <summary>Some indicators have no data or are not yet due and the rule set does not score them as zero: no total, no grade.</summary>
    Incomplete = 1,

    /// <summary>The input breaks a rule (listed in the issues): no total, no grade.</summary>
    Invalid = 2,
}
