using System.Collections.Generic;

namespace BudgetPerformance.Json.Contracts;

// indicator-framework ---------------------------------------------------------------------------------------------

internal sealed class FrameworkDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required string Id { get; init; }

    public required LocalizedNameContract Title { get; init; }

    public required string Scope { get; init; }

    public required string Origin { get; init; }

    public string? Sector { get; init; }

    public required string Source { get; init; }

    public required string Weighting { get; init; }

    public required decimal BudgetExecutionPoints { get; init; }

    public List<ClassContract>? Classes { get; init; }

    public required List<FrameworkGroupContract> Groups { get; init; }
}
