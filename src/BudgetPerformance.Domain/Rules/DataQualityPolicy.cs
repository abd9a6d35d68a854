namespace BudgetPerformance.Rules;

/// <summary>
/// What a data-quality flag (a zero target on a positive indicator, a zero actual on a reverse one) does to the indicator's
/// score. The flag itself is never silent: every policy reports it.
/// </summary>
public enum DataQualityPolicy
{
    /// <summary>
    /// The score the strategy gives is kept (full points: a ≥ 0 meets a target of 0, and 0 is at most any target of 0 or more)
    /// and the indicator is flagged with a warning; the result stays complete (the default: today's scores, with the warning).
    /// </summary>
    KeepScore = 0,

    /// <summary>The indicator scores 0, flagged with a warning; the result stays complete.</summary>
    ScoreZero = 1,

    /// <summary>The indicator is an input error, reported: it gets no score, and the result is invalid until the value is corrected.</summary>
    Reject = 2,
}
