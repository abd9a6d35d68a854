using System.Collections.Generic;

namespace BudgetPerformance.Json.Output;

internal sealed class ScoredIndicatorDto
{
    public required string Code { get; init; }

    public required decimal Points { get; init; }

    public string? Strategy { get; init; }

    public decimal? Raw { get; init; }

    public decimal? Score { get; init; }

    public required IReadOnlyList<string> Flags { get; init; }

    public string? FormulaZh { get; init; }

    public string? FormulaEn { get; init; }
}
