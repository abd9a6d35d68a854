using Ardalis.GuardClauses;
using BudgetPerformance.Grades;

namespace BudgetPerformance.Rules;

/// <summary>
/// The grading family of a rule set: the grade scale and the rounding applied to a total before it is graded.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GradingRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="scale">The grade bands.</param>
    /// <param name="totalRounding">The rounding of the total score; the grade is decided on the rounded total.</param>
    /// <param name="source">The source of the rule.</param>
    public GradingRules(GradeScale scale, Rounding totalRounding, SourceCitation source)
    {
        Scale = Guard.Against.Null(scale);
        TotalRounding = totalRounding;
        Source = Guard.Against.Null(source);
    }

    /// <summary>The grade bands.</summary>
    public GradeScale Scale { get; }

    /// <summary>The rounding of the total score before grading.</summary>
    public Rounding TotalRounding { get; }

    /// <summary>The source of the rule.</summary>
    public SourceCitation Source { get; }

    /// <summary>Rounds <paramref name="total"/> by <see cref="TotalRounding"/> and grades the rounded value.</summary>
    /// <param name="total">The unrounded total, which must round into [0, 100].</param>
    /// <returns>The rounded total and its band.</returns>
    public (decimal Rounded, GradeBand Band) Grade(decimal total)
    {
        var rounded = TotalRounding.Apply(total);
        return (rounded, Scale.BandOf(rounded));
    }
}
