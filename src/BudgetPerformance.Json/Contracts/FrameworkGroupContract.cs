using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace BudgetPerformance.Json.Contracts;

internal sealed class FrameworkGroupContract : NodeContract
{
    [JsonPropertyOrder(1)]
    public required string Source { get; init; }

    [JsonPropertyOrder(1)]
    public required bool Verified { get; init; }

    [JsonPropertyOrder(2)]
    public List<FrameworkSubgroupContract>? Children { get; init; }

    [JsonPropertyOrder(2)]
    public List<FrameworkIndicatorContract>? Indicators { get; init; }
}
