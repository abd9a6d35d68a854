using NodaTime;

namespace BudgetPerformance.Calendars;

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
