using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace BudgetPerformance.Json.Contracts;

internal sealed class FrameworkSubgroupContract : NodeContract
{
    [JsonPropertyOrder(1)]
    public required string Source { get; init; }

    [JsonPropertyOrder(1)]
    public required bool Verified { get; init; }

    [JsonPropertyOrder(2)]
    public required List<FrameworkIndicatorContract> Indicators { get; init; }
}
