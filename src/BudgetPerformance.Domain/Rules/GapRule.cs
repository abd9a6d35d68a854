using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Rules;

/// <summary>
/// The gap rule: a warning when target completion and budget execution differ by more than
/// <see cref="MaximumPoints"/> percentage points (exclusive: a gap of exactly 10 points passes).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GapRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="maximumPoints">The largest gap allowed, in percentage points, inclusive; not negative.</param>
    /// <param name="source">The source.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximumPoints"/> is negative (<see cref="FindProblems"/>).</exception>
    public GapRule(decimal maximumPoints, SourceCitation source)
    {
        Guard.Against.ProblemsOutOfRange(FindProblems(maximumPoints), maximumPoints, nameof(maximumPoints));

        MaximumPoints = maximumPoints;
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// Lists the problem with a candidate largest gap, without building the rule: it is not negative (0 included). The
    /// problem names <c>maximumPoints</c> as its <see cref="ProblemLocation.Element"/>; the constructor checks the same.
    /// </summary>
    /// <param name="maximumPoints">The candidate largest gap, in percentage points.</param>
    public static IReadOnlyList<Problem> FindProblems(decimal maximumPoints) =>
        maximumPoints < 0m ? [Messages.NamedValueNegative.At(ProblemLocation.OfElement(nameof(maximumPoints)), Messages.GapMaximumValue)] : [];

    /// <summary>The largest gap allowed, in percentage points, inclusive.</summary>
    public decimal MaximumPoints { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
