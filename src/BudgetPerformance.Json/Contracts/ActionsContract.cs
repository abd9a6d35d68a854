using System.Text.Json.Serialization;

namespace BudgetPerformance.Json.Contracts;

internal sealed class ActionsContract
{
    [JsonPropertyName("on-track")]
    public required string OnTrack { get; init; }

    [JsonPropertyName("deviation")]
    public required string Deviation { get; init; }

    [JsonPropertyName("serious-deviation")]
    public required string SeriousDeviation { get; init; }

    [JsonPropertyName("some-indicators-impossible")]
    public required string SomeIndicatorsImpossible { get; init; }

    [JsonPropertyName("all-indicators-impossible")]
    public required string AllIndicatorsImpossible { get; init; }
}
