using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace BudgetPerformance.Json.Contracts;

internal sealed class SubgroupContract : NodeContract
{
    [JsonPropertyOrder(2)]
    public required List<IndicatorContract> Indicators { get; init; }
}
