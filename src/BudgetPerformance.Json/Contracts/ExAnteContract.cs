namespace BudgetPerformance.Json.Contracts;

internal sealed class ExAnteContract
{
    public required decimal SupportFrom { get; init; }

    public required decimal AdjustFrom { get; init; }

    public required SourceContract Source { get; init; }
}
