using System.Text.Json.Serialization;

namespace BudgetPerformance.Json.Output;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    WriteIndented = true)]
[JsonSerializable(typeof(DisclosureDocument))]
internal sealed partial class DisclosureContext : JsonSerializerContext;
