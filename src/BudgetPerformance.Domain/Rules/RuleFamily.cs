namespace BudgetPerformance.Rules;

/// <summary>The families of a <see cref="RuleSet"/>: what an engine of a lifecycle stage states it needs.</summary>
public enum RuleFamily
{
    /// <summary>Grade bands and the rounding of the total (every rule set has it).</summary>
    Grading = 0,

    /// <summary>How indicators are scored: strategies, defaults, rounding, over-completion.</summary>
    IndicatorScoring = 1,

    /// <summary>The budget-execution block.</summary>
    BudgetExecution = 2,

    /// <summary>How scores add up: not-applicable items, missing data, the total.</summary>
    Aggregation = 3,

    /// <summary>The framework-weight check.</summary>
    WeightCheck = 4,

    /// <summary>The random re-check.</summary>
    ReCheck = 5,

    /// <summary>The conclusions of ex-ante assessments.</summary>
    ExAnte = 6,

    /// <summary>Results into next year's budget.</summary>
    ResultApplication = 7,

    /// <summary>What an overdue rectification costs.</summary>
    Rectification = 8,

    /// <summary>The forced-distribution check of grades.</summary>
    Distribution = 9,

    /// <summary>The admission gate of the project library.</summary>
    Admission = 10,

    /// <summary>The review of performance targets.</summary>
    TargetReview = 11,

    /// <summary>Monitoring during the year.</summary>
    Monitoring = 12,

    /// <summary>What each evaluation type must record (budget execution, on-site visit).</summary>
    RecordRequirements = 13,
}
