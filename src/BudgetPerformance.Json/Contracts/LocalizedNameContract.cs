namespace BudgetPerformance.Json.Contracts;

// The JSON contracts of schema version 1. They are internal data-transfer shapes: the public API reads and writes
// domain types, and the mapping (ContractMapping*.cs) is where every value is validated. Names are camelCase by the
// context's naming policy; enumerations are kebab-case strings (EnumText); decimals are JSON numbers.
// Adding a property here changes the checked-in schemas in docs/schemas/ (a test says so).

internal sealed class LocalizedNameContract
{
    public required string Zh { get; init; }

    public required string En { get; init; }
}
