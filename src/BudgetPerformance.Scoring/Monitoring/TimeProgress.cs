using System;
using System.Diagnostics;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Rules;
using NodaTime;

namespace BudgetPerformance.Scoring.Monitoring;

/// <summary>
/// The time progress of a fiscal year (时间进度) as of a date: <see cref="Elapsed"/> of <see cref="Total"/> units
/// (whole months of 12, or days of 365/366), under a <see cref="TimeProgressBasis"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TimeProgress
{
    private TimeProgress(LocalDate asOf, TimeProgressBasis basis, int elapsed, int total)
    {
        AsOf = asOf;
        Basis = basis;
        Elapsed = elapsed;
        Total = total;
    }

    /// <summary>The date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The basis.</summary>
    public TimeProgressBasis Basis { get; }

    /// <summary>The units elapsed: whole months completed (a month counts from its last day, inclusive), or the day of the year (the date included).</summary>
    public int Elapsed { get; }

    /// <summary>The units of the year: 12 months, or 365 or 366 days.</summary>
    public int Total { get; }

    /// <summary>Elapsed ÷ total, unrounded (7 ÷ 12 on 31 July by whole months).</summary>
    public decimal Fraction => (decimal)Elapsed / Total;

    /// <summary>Whether nothing is expected yet (0 units elapsed: before the end of January by whole months).</summary>
    public bool NothingDue => Elapsed == 0;

    /// <summary>The time progress as of a date.</summary>
    /// <param name="asOf">The date (ISO calendar); the fiscal year is its calendar year.</param>
    /// <param name="basis">Whole months or days.</param>
    /// <exception cref="ArgumentOutOfRangeException">The basis is undefined or the date is not in the ISO calendar.</exception>
    public static TimeProgress Of(LocalDate asOf, TimeProgressBasis basis)
    {
        Guard.Against.OutOfRangeWhen(asOf.Calendar != CalendarSystem.Iso, asOf, nameof(asOf), "Use an ISO date.");

        return Guard.Against.Undefined(basis) switch
        {
            TimeProgressBasis.WholeMonths => new TimeProgress(asOf, basis, CompletedMonths(asOf), 12),
            TimeProgressBasis.Days => new TimeProgress(asOf, basis, asOf.DayOfYear, CalendarSystem.Iso.GetDaysInYear(asOf.Year)),
            _ => throw new UnreachableException(),
        };
    }

    /// <summary>For example <c>7/12</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Elapsed}/{Total}");

    internal static int CompletedMonths(LocalDate date) =>
        date.Month - 1 + (date.Day == CalendarSystem.Iso.GetDaysInMonth(date.Year, date.Month) ? 1 : 0);
}
