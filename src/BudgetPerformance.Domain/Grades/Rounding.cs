using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Grades;

/// <summary>
/// A rounding rule: a precision of 0 to 4 decimal places and a <see cref="RoundingMode"/>. Every rounding in the
/// library names one of these; none is implied.
/// </summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct Rounding : IEquatable<Rounding>
{
    /// <summary>The largest precision, 4 decimal places (inclusive).</summary>
    public const int MaxDecimals = 4;

    /// <summary>Creates a rounding rule.</summary>
    /// <param name="decimals">Decimal places, 0 to 4 inclusive.</param>
    /// <param name="mode">The mode.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public Rounding(int decimals, RoundingMode mode)
    {
        Guard.Against.ProblemsOutOfRange(FindProblems(decimals), decimals, nameof(decimals));

        Decimals = decimals;
        Mode = Guard.Against.Undefined(mode);
    }

    /// <summary>
    /// Lists the problem with a candidate precision, without building the rule: it must lie in [0, <see cref="MaxDecimals"/>].
    /// The problem names <c>decimals</c> as its <see cref="ProblemLocation.Element"/>; the constructor checks the same.
    /// </summary>
    /// <param name="decimals">The candidate number of decimal places.</param>
    public static IReadOnlyList<Problem> FindProblems(int decimals) =>
        decimals is < 0 or > MaxDecimals ? [Messages.PrecisionOutOfRange.At(ProblemLocation.OfElement(nameof(decimals)), MaxDecimals, decimals)] : [];

    /// <summary>Two decimals, half away from zero: the national default for scores.</summary>
    public static Rounding TwoDecimalsHalfAwayFromZero => new(2, RoundingMode.HalfAwayFromZero);

    /// <summary>The number of decimal places.</summary>
    public int Decimals { get; }

    /// <summary>The mode.</summary>
    public RoundingMode Mode { get; }

    /// <summary>
    /// Rounds <paramref name="value"/>. The result always has exactly <see cref="Decimals"/> decimal places
    /// (90 rounded to 2 decimals is 90.00), so that formatting shows the precision.
    /// </summary>
    /// <param name="value">The value.</param>
    public decimal Apply(decimal value)
    {
        var rounded = decimal.Round(value, Decimals, Mode switch
        {
            RoundingMode.HalfAwayFromZero => MidpointRounding.AwayFromZero,
            RoundingMode.HalfToEven => MidpointRounding.ToEven,
            RoundingMode.Up => MidpointRounding.ToPositiveInfinity,
            _ => MidpointRounding.ToNegativeInfinity,
        });
        return WithScale(rounded, Decimals);
    }

    private static decimal WithScale(decimal value, int decimals)
    {
        // Adding 0 with the wanted scale raises a smaller scale; rounding has already lowered a larger one.
        var zero = decimals switch
        {
            0 => 0m,
            1 => 0.0m,
            2 => 0.00m,
            3 => 0.000m,
            _ => 0.0000m,
        };
        return value + zero;
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(Rounding left, Rounding right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Rounding left, Rounding right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Rounding other) => Decimals == other.Decimals && Mode == other.Mode;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Rounding other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Decimals, Mode);

    /// <summary>For example <c>2 decimals, HalfAwayFromZero</c>.</summary>
    public override string ToString() => Decimals.ToString(CultureInfo.InvariantCulture) + " decimals, " + Mode;
}
