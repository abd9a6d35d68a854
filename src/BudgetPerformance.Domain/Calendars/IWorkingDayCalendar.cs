using System;
using NodaTime;

namespace BudgetPerformance.Calendars;

/// <summary>
/// A working-day calendar: which dates are working days in a jurisdiction (weekends, official holidays and make-up
/// working days, 调休). Response deadlines of monitoring are counted on it.
/// </summary>
/// <remarks>
/// Implementations must be immutable and thread-safe, and answer for every date they cover. The library ships
/// <see cref="WeekdayCalendar"/> (Monday to Friday) and <see cref="HolidayCalendar"/> (data an integrator fills).
/// </remarks>
public interface IWorkingDayCalendar
{
    /// <summary>A stable id of the calendar, e.g. <c>monday-to-friday</c>.</summary>
    string Id { get; }

    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    /// <param name="date">An ISO date.</param>
    /// <exception cref="ArgumentOutOfRangeException">The calendar does not cover the date.</exception>
    bool IsWorkingDay(LocalDate date);
}
