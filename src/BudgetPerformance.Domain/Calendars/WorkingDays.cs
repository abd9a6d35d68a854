using System;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using NodaTime;

namespace BudgetPerformance.Calendars;

/// <summary>Counting on a working-day calendar.</summary>
public static class WorkingDays
{
    /// <summary>The most consecutive non-working days a calendar may have before counting gives up (a year).</summary>
    public const int MaximumGap = 366;

    /// <summary>
    /// The <paramref name="count"/>-th working day strictly after <paramref name="date"/>: the date itself is never
    /// counted, whether or not it is a working day. With 10, a warning on Tuesday 30 September 2025 must be answered by
    /// Tuesday 14 October on a Monday–Friday calendar.
    /// </summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The start date (not counted).</param>
    /// <param name="count">How many working days, at least 1.</param>
    /// <returns>A working day strictly after <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1, or the calendar does not cover a date counted.</exception>
    /// <exception cref="InvalidOperationException">The calendar has more than <see cref="MaximumGap"/> non-working days in a row.</exception>
    public static LocalDate Add(IWorkingDayCalendar calendar, LocalDate date, int count)
    {
        Guard.Against.Null(calendar);
        Guard.Against.OutOfRangeWhen(count < 1, count, nameof(count), "Count at least one working day.");

        var current = date;
        var gap = 0;
        while (count > 0)
        {
            current = current.PlusDays(1);
            if (calendar.IsWorkingDay(current))
            {
                count--;
                gap = 0;
            }
            else if (++gap > MaximumGap)
            {
                throw new InvalidOperationException(FormattableString.Invariant($"The calendar '{calendar.Id}' has no working day in more than {MaximumGap} days after {current.PlusDays(-gap):yyyy-MM-dd}."));
            }
        }

        return current;
    }

    /// <summary>The number of working days in <paramref name="interval"/>, both ends inclusive.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="interval">The dates.</param>
    public static int Count(IWorkingDayCalendar calendar, DateInterval interval)
    {
        Guard.Against.Null(calendar);
        Guard.Against.Null(interval);
        return interval.Count(calendar.IsWorkingDay);
    }
}
