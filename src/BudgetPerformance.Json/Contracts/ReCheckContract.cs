namespace BudgetPerformance.Json.Contracts;

internal sealed class ReCheckContract
{
    public required decimal SelfWeight { get; init; }

    public required decimal ReCheckWeight { get; init; }

    public required SourceContract Source { get; init; }
}
