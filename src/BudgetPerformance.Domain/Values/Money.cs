using System;
using System.Globalization;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Values;

/// <summary>
/// An amount of money in yuan (元), held exactly as a <see cref="decimal"/>.
/// </summary>
/// <remarks>
/// <para>Money may be negative (a difference, a cut); where an amount cannot be negative (a budget,
/// an amount spent) the type that holds it says so and rejects it.</para>
/// <para>Conversions to and from 万元 and 亿元 are exact: they multiply or divide by a power of ten and never
/// round. Formatting never reads the current culture. This type is an immutable value and is thread-safe.</para>
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable
{
    private const decimal YuanPerWan = 10_000m;
    private const decimal YuanPerYi = 100_000_000m;

    private Money(decimal yuan) => Yuan = yuan;

    /// <summary>Zero yuan.</summary>
    public static Money Zero => default;

    /// <summary>The amount in yuan, with the scale it was created with.</summary>
    public decimal Yuan { get; }

    /// <summary>Whether the amount is below zero.</summary>
    public bool IsNegative => Yuan < 0m;

    /// <summary>Creates an amount from yuan.</summary>
    /// <param name="yuan">The amount in yuan.</param>
    public static Money FromYuan(decimal yuan) => new(yuan);

    /// <summary>Creates an amount from 万元 (ten thousand yuan), exactly.</summary>
    /// <param name="wanYuan">The amount in 万元.</param>
    /// <exception cref="OverflowException">The amount in yuan exceeds the range of <see cref="decimal"/>.</exception>
    public static Money FromWanYuan(decimal wanYuan) => new(wanYuan * YuanPerWan);

    /// <summary>Creates an amount from 亿元 (one hundred million yuan), exactly.</summary>
    /// <param name="yiYuan">The amount in 亿元.</param>
    /// <exception cref="OverflowException">The amount in yuan exceeds the range of <see cref="decimal"/>.</exception>
    public static Money FromYiYuan(decimal yiYuan) => new(yiYuan * YuanPerYi);

    /// <summary>Creates an amount from a value in the given unit, exactly.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="unit">The unit <paramref name="amount"/> is in.</param>
    public static Money From(decimal amount, MoneyUnit unit) => Guard.Against.Undefined(unit) switch
    {
        MoneyUnit.Yuan => FromYuan(amount),
        MoneyUnit.WanYuan => FromWanYuan(amount),
        _ => FromYiYuan(amount),
    };

    /// <summary>The amount in 万元 (ten thousand yuan). Exact: 390,000 yuan is 39 万元.</summary>
    public decimal ToWanYuan() => Yuan / YuanPerWan;

    /// <summary>The amount in 亿元 (one hundred million yuan). Exact: 128,000,000 yuan is 1.28 亿元.</summary>
    public decimal ToYiYuan() => Yuan / YuanPerYi;

    /// <summary>The amount in the given unit, exactly.</summary>
    /// <param name="unit">The unit.</param>
    public decimal To(MoneyUnit unit) => Guard.Against.Undefined(unit) switch
    {
        MoneyUnit.Yuan => Yuan,
        MoneyUnit.WanYuan => ToWanYuan(),
        _ => ToYiYuan(),
    };

    /// <summary>The sum of two amounts.</summary>
    public static Money operator +(Money left, Money right) => new(left.Yuan + right.Yuan);

    /// <summary>The difference of two amounts.</summary>
    public static Money operator -(Money left, Money right) => new(left.Yuan - right.Yuan);

    /// <summary>The negated amount.</summary>
    public static Money operator -(Money value) => new(-value.Yuan);

    /// <summary>The amount multiplied by a factor (no rounding).</summary>
    public static Money operator *(Money value, decimal factor) => new(value.Yuan * factor);

    /// <summary>The amount multiplied by a factor (no rounding).</summary>
    public static Money operator *(decimal factor, Money value) => new(value.Yuan * factor);

    /// <summary>Adds two amounts.</summary>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts an amount from another.</summary>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Multiplies an amount by a factor.</summary>
    public static Money Multiply(Money value, decimal factor) => value * factor;

    /// <summary>Negates an amount.</summary>
    public static Money Negate(Money value) => -value;

    /// <summary>Equality of amounts by value: 1.0 yuan equals 1.00 yuan.</summary>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Inequality of amounts by value.</summary>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Whether the left amount is smaller.</summary>
    public static bool operator <(Money left, Money right) => left.Yuan < right.Yuan;

    /// <summary>Whether the left amount is greater.</summary>
    public static bool operator >(Money left, Money right) => left.Yuan > right.Yuan;

    /// <summary>Whether the left amount is smaller or equal.</summary>
    public static bool operator <=(Money left, Money right) => left.Yuan <= right.Yuan;

    /// <summary>Whether the left amount is greater or equal.</summary>
    public static bool operator >=(Money left, Money right) => left.Yuan >= right.Yuan;

    /// <inheritdoc/>
    public bool Equals(Money other) => Yuan == other.Yuan;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Yuan.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Money other) => Yuan.CompareTo(other.Yuan);

    /// <inheritdoc/>
    public int CompareTo(object? obj)
    {
        Guard.Against.InvalidWhen(obj is not (null or Money), nameof(obj), "The object is not Money.");
        return obj is Money other ? CompareTo(other) : 1;
    }

    /// <summary>Formats the amount as yuan, for example <c>3900000.00 元</c>, in the invariant culture.</summary>
    public override string ToString() => Format(MoneyUnit.Yuan);

    /// <summary>
    /// Formats the amount in the given unit with its Chinese unit name, for example <c>39 万元</c> or
    /// <c>1.28 亿元</c>. The number keeps every significant digit (trailing zeros after the decimal point are
    /// removed for 万元 and 亿元, kept as created for 元). Independent of the current culture.
    /// </summary>
    /// <param name="unit">The unit to show.</param>
    public string Format(MoneyUnit unit)
    {
        var amount = To(unit);
        var number = unit == MoneyUnit.Yuan
            ? amount.ToString(CultureInfo.InvariantCulture)
            : Normalize(amount).ToString(CultureInfo.InvariantCulture);
        var suffix = unit switch
        {
            MoneyUnit.Yuan => "元",
            MoneyUnit.WanYuan => "万元",
            _ => "亿元",
        };
        return number + " " + suffix;
    }

    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
