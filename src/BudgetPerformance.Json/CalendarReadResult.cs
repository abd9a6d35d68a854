using System;
using System.Collections.Generic;
using System.Linq;

namespace BudgetPerformance.Json;

/// <summary>The result of reading a calendar document: the calendar, or every problem found.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CalendarReadResult
{
    internal CalendarReadResult(HolidayCalendar? calendar, IReadOnlyList<DomainProblem> problems)
    {
        Calendar = calendar;
        Problems = problems;
    }

    /// <summary>The calendar, or null when the document has problems.</summary>
    public HolidayCalendar? Calendar { get; }

    /// <summary>Every problem, each with a stable code (<see cref="CalendarProblemCodes"/>), the JSON location and a message; empty on success.</summary>
    public IReadOnlyList<DomainProblem> Problems { get; }

    /// <summary>Whether the calendar was read.</summary>
    public bool Succeeded => Calendar is not null;

    /// <summary>The calendar, or an exception whose message lists every problem.</summary>
    /// <exception cref="System.IO.InvalidDataException">The document has problems.</exception>
    public HolidayCalendar GetCalendarOrThrow() => Calendar ?? throw new System.IO.InvalidDataException(
        "The working-day calendar has " + Problems.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " problem(s):" + Environment.NewLine +
        string.Join(Environment.NewLine, Problems.Select(p => "- " + p)));
}
