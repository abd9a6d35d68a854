using Ardalis.GuardClauses;
using BudgetPerformance.Grades;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Scoring.Distribution;

/// <summary>One graded result as a distribution check sees it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GradedResult
{
    /// <summary>Creates the result.</summary>
    /// <param name="id">The evaluation's or subject's id (the tie-break, ordinal).</param>
    /// <param name="score">The total.</param>
    /// <param name="grade">The grade.</param>
    public GradedResult(string id, decimal score, Grade grade)
    {
        Id = Guard.Against.Blank(id);
        Score = score;
        Grade = Guard.Against.Undefined(grade);
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>The total.</summary>
    public decimal Score { get; }

    /// <summary>The grade.</summary>
    public Grade Grade { get; }
}
