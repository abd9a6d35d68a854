using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using BudgetPerformance.Internal;
using System.Globalization;
using NodaTime;
using BudgetPerformance.Problems;

namespace BudgetPerformance;

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
        Preconditions.CheckNotNull(calendar);
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Count at least one working day.");
        }

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
        Preconditions.CheckNotNull(calendar);
        Preconditions.CheckNotNull(interval);
        return interval.Count(calendar.IsWorkingDay);
    }
}

/// <summary>The Monday-to-Friday calendar: every Monday to Friday is a working day, every Saturday and Sunday is not. It knows no holidays.</summary>
/// <remarks>Immutable and thread-safe; covers every ISO date.</remarks>
public sealed class WeekdayCalendar : IWorkingDayCalendar
{
    private WeekdayCalendar()
    {
    }

    /// <summary>The one instance.</summary>
    public static WeekdayCalendar Instance { get; } = new();

    /// <inheritdoc/>
    public string Id => "monday-to-friday";

    /// <inheritdoc/>
    public bool IsWorkingDay(LocalDate date) => date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
}

/// <summary>A dated entry of a holiday calendar: an official holiday (法定节假日) or a make-up working day (调休上班).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CalendarDay
{
    /// <summary>Creates an entry.</summary>
    /// <param name="date">The date.</param>
    /// <param name="name">The name, e.g. 国庆节 or 国庆节调休上班; not blank.</param>
    public CalendarDay(LocalDate date, string name)
    {
        Date = date;
        Name = Preconditions.CheckNotBlank(name);
    }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>For example <c>2025-10-01 国庆节</c>.</summary>
    public override string ToString() => $"{Date:yyyy-MM-dd} {Name}";
}

/// <summary>
/// A data-driven working-day calendar: Monday to Friday are working days, Saturday and Sunday are not, except that
/// the official holidays are not working days and the make-up working days (调休, usually a Saturday or Sunday) are.
/// It covers the dates of <see cref="Covers"/> (both ends inclusive) and refuses others, so a missing year is never
/// silently treated as having no holidays. Read one from JSON with <c>JsonDocuments.ReadWorkingDayCalendar</c> (package BudgetPerformance.Json).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class HolidayCalendar : IWorkingDayCalendar
{
    private readonly Dictionary<LocalDate, CalendarDay> holidays;
    private readonly Dictionary<LocalDate, CalendarDay> workingDays;

    /// <summary>Creates a calendar.</summary>
    /// <param name="id">A stable id of lower-case ASCII letters, digits and '-'.</param>
    /// <param name="title">The title.</param>
    /// <param name="source">Where the dates come from (e.g. the State Council notice), not blank.</param>
    /// <param name="verified">Whether an integrator verified the dates against the official notice.</param>
    /// <param name="covers">The dates covered, both ends inclusive.</param>
    /// <param name="holidays">The official holidays, inside <paramref name="covers"/>, each date once.</param>
    /// <param name="workingDays">The make-up working days, inside <paramref name="covers"/>, each a Saturday or Sunday and not a holiday.</param>
    /// <exception cref="ArgumentException">An invariant is broken; <see cref="FindProblems"/> lists every one.</exception>
    public HolidayCalendar(string id, LocalizedName title, string source, bool verified, DateInterval covers, IEnumerable<CalendarDay> holidays, IEnumerable<CalendarDay> workingDays)
    {
        Preconditions.CheckNotNull(id);
        Preconditions.CheckNotBlank(source);
        Preconditions.CheckNotNull(covers);
        var h = Preconditions.CheckItemsNotNull(holidays);
        var w = Preconditions.CheckItemsNotNull(workingDays);
        if (title == default)
        {
            throw new ArgumentException("The title must be a created LocalizedName.", nameof(title));
        }

        var problems = FindProblems(id, covers, h, w);
        if (problems.Count > 0)
        {
            var element = problems[0].Location.Element;
            throw problems[0].ToException(element?.StartsWith("working", StringComparison.Ordinal) == true ? nameof(workingDays) : element?.StartsWith("holiday", StringComparison.Ordinal) == true ? nameof(holidays) : nameof(id));
        }

        Id = id;
        Title = title;
        Source = source;
        Verified = verified;
        Covers = covers;
        this.holidays = h.ToDictionary(d => d.Date);
        this.workingDays = w.ToDictionary(d => d.Date);
        Holidays = new ReadOnlyCollection<CalendarDay>(h.OrderBy(d => d.Date).ToArray());
        MakeUpWorkingDays = new ReadOnlyCollection<CalendarDay>(w.OrderBy(d => d.Date).ToArray());
    }

    /// <inheritdoc/>
    public string Id { get; }

    /// <summary>The title.</summary>
    public LocalizedName Title { get; }

    /// <summary>Where the dates come from.</summary>
    public string Source { get; }

    /// <summary>Whether an integrator verified the dates against the official notice.</summary>
    public bool Verified { get; }

    /// <summary>The dates covered, both ends inclusive.</summary>
    public DateInterval Covers { get; }

    /// <summary>The official holidays, by date.</summary>
    public IReadOnlyList<CalendarDay> Holidays { get; }

    /// <summary>The make-up working days, by date.</summary>
    public IReadOnlyList<CalendarDay> MakeUpWorkingDays { get; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">The date lies outside <see cref="Covers"/>.</exception>
    public bool IsWorkingDay(LocalDate date)
    {
        if (!Covers.Contains(date))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The calendar '{Id}' covers {Covers.Start:yyyy-MM-dd} to {Covers.End:yyyy-MM-dd} only: load a calendar for this date.");
        }

        if (holidays.ContainsKey(date))
        {
            return false;
        }

        return workingDays.ContainsKey(date) || WeekdayCalendar.Instance.IsWorkingDay(date);
    }

    /// <summary>Lists every broken invariant of a candidate calendar, each with the entry it concerns (<c>holidays[2]</c>, <c>workingDays[0]</c>).</summary>
    /// <param name="id">The id.</param>
    /// <param name="covers">The dates covered.</param>
    /// <param name="holidays">The holidays.</param>
    /// <param name="workingDays">The make-up working days.</param>
    public static IReadOnlyList<Problem> FindProblems(string? id, DateInterval covers, IEnumerable<CalendarDay> holidays, IEnumerable<CalendarDay> workingDays)
    {
        Preconditions.CheckNotNull(covers);
        var h = Preconditions.CheckItemsNotNull(holidays);
        var w = Preconditions.CheckItemsNotNull(workingDays);
        var problems = new List<Problem>();
        if (!IndicatorClass.IsValidCode(id))
        {
            problems.Add(Messages.CalendarIdInvalid.At(ProblemLocation.OfElement("id"), id));
        }

        var seen = new HashSet<LocalDate>();
        for (var i = 0; i < h.Count; i++)
        {
            var day = h[i];
            if (!covers.Contains(day.Date))
            {
                problems.Add(Messages.HolidayOutsideCoverage.At(Entry("holidays", i), day, covers.Start, covers.End));
            }

            if (!seen.Add(day.Date))
            {
                problems.Add(Messages.HolidayTwice.At(Entry("holidays", i), day.Date));
            }
        }

        var seenWorking = new HashSet<LocalDate>();
        for (var i = 0; i < w.Count; i++)
        {
            var day = w[i];
            if (!covers.Contains(day.Date))
            {
                problems.Add(Messages.WorkingDayOutsideCoverage.At(Entry("workingDays", i), day, covers.Start, covers.End));
            }

            if (seen.Contains(day.Date))
            {
                problems.Add(Messages.HolidayAndWorkingDay.At(Entry("workingDays", i), day.Date));
            }

            if (!seenWorking.Add(day.Date))
            {
                problems.Add(Messages.WorkingDayTwice.At(Entry("workingDays", i), day.Date));
            }

            if (WeekdayCalendar.Instance.IsWorkingDay(day.Date))
            {
                problems.Add(Messages.WorkingDayOnWeekday.At(Entry("workingDays", i), day, Messages.Weekday(day.Date.DayOfWeek)));
            }
        }

        return problems.AsReadOnly();
    }

    private static ProblemLocation Entry(string list, int index) => ProblemLocation.OfElement(string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]"));
}
