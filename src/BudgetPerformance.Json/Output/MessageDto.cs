namespace BudgetPerformance.Json.Output;

internal sealed class MessageDto
{
    public required string Zh { get; init; }

    public required string En { get; init; }
}
