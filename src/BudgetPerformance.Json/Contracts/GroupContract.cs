using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace BudgetPerformance.Json.Contracts;

internal sealed class GroupContract : NodeContract
{
    [JsonPropertyOrder(2)]
    public required List<SubgroupContract> Children { get; init; }
}
