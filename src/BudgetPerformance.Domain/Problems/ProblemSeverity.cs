namespace BudgetPerformance.Problems;

/// <summary>How serious a <see cref="Problem"/> is.</summary>
public enum ProblemSeverity
{
    /// <summary>The data cannot be used as given: a document is refused, a score is incomplete or invalid.</summary>
    Error = 0,

    /// <summary>The data is used, but a person should look at it (a value that is valid and unusual).</summary>
    Warning = 1,
}
