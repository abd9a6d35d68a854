namespace BudgetPerformance.Json.Output;

internal sealed class FindingDto
{
    public required string Severity { get; init; }

    public string? Indicator { get; init; }

    public required string Code { get; init; }

    public required string MessageZh { get; init; }

    public required string MessageEn { get; init; }
}
