using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Grades;

/// <summary>
/// One band of a <see cref="GradeScale"/>: the scores from <see cref="Lower"/> (inclusive) to <see cref="Upper"/>
/// (exclusive), except that the top band of a scale also includes its upper bound (100).
/// </summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct GradeBand : IEquatable<GradeBand>
{
    /// <summary>Creates a band.</summary>
    /// <param name="grade">The grade of scores in the band.</param>
    /// <param name="lower">The lowest score of the band (inclusive); at least 0.</param>
    /// <param name="upper">The upper edge of the band (exclusive, unless it is the top of the scale); greater than <paramref name="lower"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is negative, <paramref name="upper"/> is not above <paramref name="lower"/>, or the grade is undefined.</exception>
    public GradeBand(Grade grade, decimal lower, decimal upper)
    {
        Grade = Guard.Against.Undefined(grade);
        Guard.Against.ProblemsOutOfRange(FindProblems(lower, upper), parameter => parameter == nameof(lower) ? lower : upper);

        Lower = lower;
        Upper = upper;
    }

    /// <summary>The grade.</summary>
    public Grade Grade { get; }

    /// <summary>The lowest score in the band, inclusive.</summary>
    public decimal Lower { get; }

    /// <summary>The upper edge: exclusive, except for the top band of a scale, which includes it.</summary>
    public decimal Upper { get; }

    /// <summary>
    /// Lists every broken invariant of a candidate band's edges, without building it: the lower edge is not negative and
    /// the upper edge lies above it. Each problem names its edge (<c>lower</c> or <c>upper</c>) as its
    /// <see cref="ProblemLocation.Element"/>; the constructor checks the same.
    /// </summary>
    /// <param name="lower">The lower edge.</param>
    /// <param name="upper">The upper edge.</param>
    public static IReadOnlyList<Problem> FindProblems(decimal lower, decimal upper)
    {
        var problems = new List<Problem>();
        if (lower < 0m)
        {
            problems.Add(Messages.BandLowerNegative.At(ProblemLocation.OfElement(nameof(lower)), lower));
        }

        if (upper <= lower)
        {
            problems.Add(Messages.BandUpperNotAboveLower.At(ProblemLocation.OfElement(nameof(upper)), upper, lower));
        }

        return problems;
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(GradeBand left, GradeBand right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(GradeBand left, GradeBand right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(GradeBand other) => Grade == other.Grade && Lower == other.Lower && Upper == other.Upper;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GradeBand other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Grade, Lower, Upper);

    /// <summary>For example <c>Good [80, 90)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Grade} [{Lower}, {Upper})");
}
