namespace BudgetPerformance.Json.Contracts;

internal sealed class ColourBandsContract
{
    public required decimal YellowFrom { get; init; }

    public required decimal GreenFrom { get; init; }

    public decimal? BlueFrom { get; init; }

    public required SourceContract Source { get; init; }
}
