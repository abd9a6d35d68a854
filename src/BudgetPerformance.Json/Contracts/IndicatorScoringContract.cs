using System.Collections.Generic;

namespace BudgetPerformance.Json.Contracts;

// The rule families of a rule-set document beyond grading (schema version 1). Every family is optional; a rule set
// carries the families it needs. Strategies are one flat shape discriminated by "kind": the mapping rejects a
// parameter that does not belong to the kind.

internal sealed class IndicatorScoringContract
{
    public required List<StrategyContract> Strategies { get; init; }

    public required DefaultsContract Defaults { get; init; }

    public required bool CapAtPoints { get; init; }

    public OverCompletionContract? OverCompletion { get; init; }

    public required bool StrictEqualityEarnsFull { get; init; }

    public required string NegativeActuals { get; init; }

    public required RoundingContract IndicatorRounding { get; init; }

    public DataQualityContract? DataQuality { get; init; }
}
