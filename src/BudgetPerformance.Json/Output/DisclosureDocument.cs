using System.Collections.Generic;

namespace BudgetPerformance.Json.Output;

// The JSON contract of the disclosure document (kind "disclosure", schema version 1), written only: it is a publication,
// never read back into the domain. camelCase names, kebab-case enumeration texts, decimals as JSON numbers with their scale.
// Adding a property here changes docs/schemas/disclosure.schema.json (a test says so).

internal sealed class DisclosureDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required int Year { get; init; }

    public required List<DisclosedTargetContract> Targets { get; init; }

    public required List<DisclosedEvaluationContract> Evaluations { get; init; }
}
