using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Calendars;

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
        Guard.Against.Null(id);
        Guard.Against.Blank(source);
        Guard.Against.Null(covers);
        var h = Guard.Against.NullItems(holidays);
        var w = Guard.Against.NullItems(workingDays);
        Guard.Against.Uncreated(title);

        Guard.Against.Problems(FindProblems(id, covers, h, w), problem => problem.ToException(problem.Location.Element switch
        {
            { } element when element.StartsWith("working", StringComparison.Ordinal) => nameof(workingDays),
            { } element when element.StartsWith("holiday", StringComparison.Ordinal) => nameof(holidays),
            _ => nameof(id),
        }));

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
        Guard.Against.OutOfRangeWhen(!Covers.Contains(date), date, nameof(date), $"The calendar '{Id}' covers {Covers.Start:yyyy-MM-dd} to {Covers.End:yyyy-MM-dd} only: load a calendar for this date.");

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
        Guard.Against.Null(covers);
        var h = Guard.Against.NullItems(holidays);
        var w = Guard.Against.NullItems(workingDays);
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
