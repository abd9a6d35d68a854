using System;
using System.Globalization;
using BudgetPerformance.Internal;

namespace BudgetPerformance;

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
        Grade = Preconditions.CheckDefined(grade);
        Lower = Preconditions.CheckNonNegative(lower);
        if (upper <= lower)
        {
            throw new ArgumentOutOfRangeException(nameof(upper), upper, $"The upper edge must be above the lower edge {lower.ToString(CultureInfo.InvariantCulture)}.");
        }

        Upper = upper;
    }

    /// <summary>The grade.</summary>
    public Grade Grade { get; }

    /// <summary>The lowest score in the band, inclusive.</summary>
    public decimal Lower { get; }

    /// <summary>The upper edge: exclusive, except for the top band of a scale, which includes it.</summary>
    public decimal Upper { get; }

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
