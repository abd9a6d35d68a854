using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using NodaTime;

namespace BudgetPerformance.Calendars;

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
        Name = Guard.Against.Blank(name);
    }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>For example <c>2025-10-01 国庆节</c>.</summary>
    public override string ToString() => $"{Date:yyyy-MM-dd} {Name}";
}
