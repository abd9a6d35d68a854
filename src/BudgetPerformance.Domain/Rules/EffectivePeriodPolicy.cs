namespace BudgetPerformance.Rules;

/// <summary>
/// What a stage does with an evaluation conducted in a year in which its rule set is not in force
/// (<see cref="RuleSet.IsInForceDuring"/>): score it and say so (a warning), or refuse it (an error: strict mode).
/// </summary>
public enum EffectivePeriodPolicy
{
    /// <summary>Score it, with the warning <c>rule-set-not-in-force</c>: the result is what the rule set gives, flagged.</summary>
    Warn = 0,

    /// <summary>Strict mode: refuse it with the error <c>rule-set-not-in-force-refused</c> (the result is invalid).</summary>
    Refuse = 1,
}
