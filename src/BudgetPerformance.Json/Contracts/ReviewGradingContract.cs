using System.Collections.Generic;

namespace BudgetPerformance.Json.Contracts;

internal sealed class ReviewGradingContract
{
    public required decimal ErrorDeduction { get; init; }

    public required decimal WarningDeduction { get; init; }

    public required decimal AdviceDeduction { get; init; }

    public required List<GradeBandContract> Bands { get; init; }

    public required SourceContract Source { get; init; }
}
