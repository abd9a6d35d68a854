using System.Globalization;
using BudgetPerformance.Grades;

namespace BudgetPerformance.Scoring.Reporting;

/// <summary>The number of results of one grade.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GradeCount
{
    internal GradeCount(Grade grade, int count)
    {
        Grade = grade;
        Count = count;
    }

    /// <summary>The grade.</summary>
    public Grade Grade { get; }

    /// <summary>How many results have it.</summary>
    public int Count { get; }

    /// <summary>For example <c>Excellent: 3</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Grade}: {Count}");
}
