using System.Text.Json.Serialization;

namespace BudgetPerformance.Json.Contracts;

internal sealed class FrameworkIndicatorContract : IndicatorContract
{
    [JsonPropertyOrder(1)]
    public required string Source { get; init; }

    [JsonPropertyOrder(1)]
    public required bool Verified { get; init; }
}
