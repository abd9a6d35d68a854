using System;
using System.Globalization;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Values;

/// <summary>
/// A ratio held exactly as a <see cref="decimal"/> fraction (0.85 is 85%). Ratios may exceed 1 (over-completion)
/// and may be negative (a decrease); the type that uses one states the range it accepts.
/// </summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct Ratio : IEquatable<Ratio>, IComparable<Ratio>
{
    private Ratio(decimal value) => Value = value;

    /// <summary>The ratio as a fraction: 0.85 for 85%.</summary>
    public decimal Value { get; }

    /// <summary>The ratio in percent: 85 for 0.85. Exact.</summary>
    public decimal Percent => Value * 100m;

    /// <summary>Zero.</summary>
    public static Ratio Zero => default;

    /// <summary>One (100%).</summary>
    public static Ratio One => new(1m);

    /// <summary>Creates a ratio from a fraction (0.85 for 85%).</summary>
    /// <param name="fraction">The fraction.</param>
    public static Ratio FromFraction(decimal fraction) => new(fraction);

    /// <summary>Creates a ratio from a percentage (85 for 0.85), exactly.</summary>
    /// <param name="percent">The percentage.</param>
    public static Ratio FromPercent(decimal percent) => new(percent / 100m);

    /// <summary>Creates the ratio <paramref name="numerator"/> ÷ <paramref name="denominator"/>.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator; must not be zero.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is zero.</exception>
    public static Ratio Of(decimal numerator, decimal denominator)
    {
        Guard.Against.OutOfRangeWhen(denominator == 0m, denominator, nameof(denominator), "The denominator must not be zero.");

        return new(numerator / denominator);
    }

    /// <summary>Equality by value.</summary>
    public static bool operator ==(Ratio left, Ratio right) => left.Equals(right);

    /// <summary>Inequality by value.</summary>
    public static bool operator !=(Ratio left, Ratio right) => !left.Equals(right);

    /// <summary>Whether the left ratio is smaller.</summary>
    public static bool operator <(Ratio left, Ratio right) => left.Value < right.Value;

    /// <summary>Whether the left ratio is greater.</summary>
    public static bool operator >(Ratio left, Ratio right) => left.Value > right.Value;

    /// <summary>Whether the left ratio is smaller or equal.</summary>
    public static bool operator <=(Ratio left, Ratio right) => left.Value <= right.Value;

    /// <summary>Whether the left ratio is greater or equal.</summary>
    public static bool operator >=(Ratio left, Ratio right) => left.Value >= right.Value;

    /// <inheritdoc/>
    public bool Equals(Ratio other) => Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Ratio other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Ratio other) => Value.CompareTo(other.Value);

    /// <summary>The percentage with a percent sign, in the invariant culture: <c>85%</c>.</summary>
    public override string ToString() => (Value * 100m).ToString(CultureInfo.InvariantCulture) + "%";
}
