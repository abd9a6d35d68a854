namespace BudgetPerformance.Json.Output;

// The JSON shapes of the CLI's own outputs (documented in docs/cli.md). Source-generated, deterministic: properties
// in declaration order, absent values omitted, decimals with their scale, enumerations as kebab-case strings.

internal sealed class RuleSetRef
{
    public required string Id { get; init; }

    public required int Version { get; init; }
}
