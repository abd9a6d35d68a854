using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace BudgetPerformance.Json.Contracts;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    WriteIndented = true)]
[JsonSerializable(typeof(FrameworkDocument))]
[JsonSerializable(typeof(PerformanceTargetDocument))]
[JsonSerializable(typeof(EvaluationDocument))]
[JsonSerializable(typeof(EvaluationContract))]
[JsonSerializable(typeof(PortfolioDocument))]
[JsonSerializable(typeof(RuleSetDocument))]
[JsonSerializable(typeof(CalendarDocument))]
[JsonSerializable(typeof(List<DepartmentContract>))]
[JsonSerializable(typeof(List<UnitContract>))]
[JsonSerializable(typeof(List<SectionContract>))]
[JsonSerializable(typeof(List<SpendingItemContract>))]
[JsonSerializable(typeof(List<PerformanceTargetContract>))]
internal sealed partial class ContractContext : JsonSerializerContext;
