namespace BudgetPerformance.Json.Contracts;

internal sealed class OverCompletionContract
{
    public required decimal FlagAbove { get; init; }

    public required decimal DeductShare { get; init; }

    public required SourceContract Source { get; init; }
}
