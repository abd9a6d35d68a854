namespace BudgetPerformance.Json.Contracts;

internal sealed class AdmissionCheckContract
{
    public required string Check { get; init; }

    public required SourceContract Source { get; init; }
}
