using System.Text.Json.Serialization;
using BudgetPerformance.Json.Reading;
using NodaTime;

namespace BudgetPerformance.Json.Contracts;

internal sealed class OnSiteVisitContract
{
    [JsonConverter(typeof(IsoLocalDateConverter))]
    public required LocalDate Date { get; init; }

    public string? Notes { get; init; }
}
