using System.Collections.Generic;

namespace BudgetPerformance.Json.Contracts;

// working-day-calendar ---------------------------------------------------------------------------------------------

internal sealed class CalendarDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required string Id { get; init; }

    public required LocalizedNameContract Title { get; init; }

    public required string Source { get; init; }

    public required bool Verified { get; init; }

    public required CalendarCoverageContract Covers { get; init; }

    public required List<CalendarDayContract> Holidays { get; init; }

    public required List<CalendarDayContract> WorkingDays { get; init; }
}
