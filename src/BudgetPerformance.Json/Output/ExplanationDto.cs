using System.Collections.Generic;

namespace BudgetPerformance.Json.Output;

internal sealed class ExplanationDto
{
    public string? RescaleZh { get; init; }

    public string? RescaleEn { get; init; }

    public required string TotalZh { get; init; }

    public required string TotalEn { get; init; }

    public string? GradeZh { get; init; }

    public string? GradeEn { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}
