using System.Text.Json.Serialization;

namespace BudgetPerformance.Json.Contracts;

internal sealed class DefaultsContract
{
    [JsonPropertyName(">=")]
    public required string AtLeast { get; init; }

    [JsonPropertyName(">")]
    public required string GreaterThan { get; init; }

    [JsonPropertyName("=")]
    public required string EqualTo { get; init; }

    [JsonPropertyName("<=")]
    public required string AtMost { get; init; }

    [JsonPropertyName("<")]
    public required string LessThan { get; init; }

    [JsonPropertyName("qualitative")]
    public required string Qualitative { get; init; }
}
