using System.Collections.Generic;

namespace BudgetPerformance.Json.Output;

internal sealed class BudgetBlockDto
{
    public required decimal Points { get; init; }

    public decimal? Rate { get; init; }

    public decimal? Score { get; init; }

    public required IReadOnlyList<string> Flags { get; init; }

    public string? FormulaZh { get; init; }

    public string? FormulaEn { get; init; }
}
