using System;
using System.Globalization;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using NodaTime;

namespace BudgetPerformance.Values;

/// <summary>
/// A Chinese fiscal year (财政年度), which is the calendar year in the ISO calendar: 1 January to 31 December,
/// both inclusive.
/// </summary>
/// <remarks>Years from <see cref="MinValue"/> to <see cref="MaxValue"/> inclusive are supported.
/// An immutable value; thread-safe.</remarks>
public readonly struct FiscalYear : IEquatable<FiscalYear>, IComparable<FiscalYear>
{
    /// <summary>The first supported year, 1900 (inclusive).</summary>
    public const int MinValue = 1900;

    /// <summary>The last supported year, 9998 (inclusive), so that <see cref="Next"/> always exists.</summary>
    public const int MaxValue = 9998;

    private readonly int year;

    /// <summary>Creates the fiscal year <paramref name="year"/>.</summary>
    /// <param name="year">The calendar year, in [<see cref="MinValue"/>, <see cref="MaxValue"/>].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported range.</exception>
    public FiscalYear(int year) => this.year = Guard.Against.NotBetween(year, MinValue, MaxValue);

    /// <summary>The calendar year number. The default value of this struct is not a valid year and throws here.</summary>
    public int Year => year == 0 ? throw new InvalidOperationException("The default FiscalYear is not a year; create one with a year number.") : year;

    /// <summary>1 January of the year.</summary>
    public LocalDate Start => new(Year, 1, 1);

    /// <summary>31 December of the year.</summary>
    public LocalDate End => new(Year, 12, 31);

    /// <summary>The days of the year, 1 January to 31 December inclusive.</summary>
    public DateInterval Dates => new(Start, End);

    /// <summary>The previous fiscal year.</summary>
    public FiscalYear Previous => new(Year - 1);

    /// <summary>The next fiscal year.</summary>
    public FiscalYear Next => new(Year + 1);

    /// <summary>The fiscal year that contains <paramref name="date"/> (ISO calendar).</summary>
    /// <param name="date">A date in the ISO calendar.</param>
    public static FiscalYear Containing(LocalDate date)
    {
        Guard.Against.InvalidWhen(date.Calendar != CalendarSystem.Iso, nameof(date), "The date must be in the ISO calendar.");

        return new FiscalYear(date.Year);
    }

    /// <summary>Whether <paramref name="date"/> lies in this fiscal year (both ends inclusive).</summary>
    /// <param name="date">The date.</param>
    public bool Contains(LocalDate date) => date.Calendar == CalendarSystem.Iso && date.Year == Year;

    /// <summary>Equality.</summary>
    public static bool operator ==(FiscalYear left, FiscalYear right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(FiscalYear left, FiscalYear right) => !left.Equals(right);

    /// <summary>Whether the left year is earlier.</summary>
    public static bool operator <(FiscalYear left, FiscalYear right) => left.year < right.year;

    /// <summary>Whether the left year is later.</summary>
    public static bool operator >(FiscalYear left, FiscalYear right) => left.year > right.year;

    /// <summary>Whether the left year is earlier or the same.</summary>
    public static bool operator <=(FiscalYear left, FiscalYear right) => left.year <= right.year;

    /// <summary>Whether the left year is later or the same.</summary>
    public static bool operator >=(FiscalYear left, FiscalYear right) => left.year >= right.year;

    /// <inheritdoc/>
    public bool Equals(FiscalYear other) => year == other.year;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FiscalYear other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => year;

    /// <inheritdoc/>
    public int CompareTo(FiscalYear other) => year.CompareTo(other.year);

    /// <summary>The year number, for example <c>2020</c>.</summary>
    public override string ToString() => year.ToString(CultureInfo.InvariantCulture);
}
