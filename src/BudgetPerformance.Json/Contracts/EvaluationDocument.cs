using System.Text.Json.Serialization;

namespace BudgetPerformance.Json.Contracts;

internal sealed class EvaluationDocument : EvaluationContract
{
    [JsonPropertyOrder(-1)]
    public required string Kind { get; init; }

    [JsonPropertyOrder(-1)]
    public required int SchemaVersion { get; init; }
}
