using System.Text.Json.Serialization;
using BudgetPerformance.Json.Reading;
using NodaTime;

namespace BudgetPerformance.Json.Contracts;

internal sealed class CalendarDayContract
{
    [JsonConverter(typeof(IsoLocalDateConverter))]
    public required LocalDate Date { get; init; }

    public required string Name { get; init; }
}
