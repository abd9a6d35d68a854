using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace BudgetPerformance.Json.Contracts;

internal sealed class GroupContract : NodeContract
{
    [JsonPropertyOrder(2)]
    public List<SubgroupContract>? Children { get; init; }

    [JsonPropertyOrder(2)]
    public List<IndicatorContract>? Indicators { get; init; }
}
