namespace BudgetPerformance.Problems;

/// <summary>Where a problem code arises; the sections of the registry and of docs/json/errors.md.</summary>
public enum ProblemArea
{
    /// <summary>The form of a document: syntax, limits, structure, values that no domain type could hold (读取).</summary>
    Document = 0,

    /// <summary>An invariant of the model: a tree, an evaluation, a portfolio, a calendar, a rule set (模型).</summary>
    Model = 1,

    /// <summary>What prevents a complete score under a rule set (计分).</summary>
    Scoring = 2,
}
