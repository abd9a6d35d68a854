using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace BudgetPerformance.Json.Output;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true)]
[JsonSerializable(typeof(ScoringResultsDocument))]
[JsonSerializable(typeof(ReconciliationResultsDocument))]
[JsonSerializable(typeof(ReviewResultsDocument))]
[JsonSerializable(typeof(MonitoringResultsDocument))]
[JsonSerializable(typeof(ProposalResultsDocument))]
[JsonSerializable(typeof(ComparisonDocument))]
[JsonSerializable(typeof(Dictionary<string, decimal>))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
}
