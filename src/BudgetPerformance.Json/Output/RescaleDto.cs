namespace BudgetPerformance.Json.Output;

/// <summary>The rescale factor as the rules name it, points available ÷ points remaining (100 ÷ 95).</summary>
internal sealed class RescaleDto
{
    public required decimal Available { get; init; }

    public required decimal Remaining { get; init; }
}
