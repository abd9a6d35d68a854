namespace BudgetPerformance.Json.Contracts;

internal sealed class ExpenditureStandardContract
{
    public required string IndicatorName { get; init; }

    public required string Unit { get; init; }

    public required decimal Maximum { get; init; }

    public required SourceContract Source { get; init; }
}
