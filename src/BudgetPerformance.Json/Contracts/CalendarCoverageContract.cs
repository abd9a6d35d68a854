using System.Text.Json.Serialization;
using BudgetPerformance.Json.Reading;
using NodaTime;

namespace BudgetPerformance.Json.Contracts;

internal sealed class CalendarCoverageContract
{
    [JsonConverter(typeof(IsoLocalDateConverter))]
    public required LocalDate From { get; init; }

    [JsonConverter(typeof(IsoLocalDateConverter))]
    public required LocalDate To { get; init; }
}
