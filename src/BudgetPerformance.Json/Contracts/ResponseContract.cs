namespace BudgetPerformance.Json.Contracts;

internal sealed class ResponseContract
{
    public required int WorkingDays { get; init; }

    public required bool AutomaticSuspension { get; init; }

    public required SourceContract Source { get; init; }
}
