using System.Collections.Generic;

namespace BudgetPerformance.Json.Contracts;

internal sealed class ResultApplicationContract
{
    public required List<ResultRuleContract> Rules { get; init; }

    public required RoundingContract MoneyRounding { get; init; }

    public decimal? RewardShare { get; init; }
}
