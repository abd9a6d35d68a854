using System.Collections.Generic;

namespace BudgetPerformance.Json.Contracts;

internal sealed class TargetReviewContract
{
    public required List<ClassRequirementContract> RequiredClasses { get; init; }

    public required decimal SatisfactionMinimum { get; init; }

    public required bool WeightsRequired { get; init; }

    public decimal? RequiredTotalPoints { get; init; }

    public required List<ExpenditureStandardContract> ExpenditureStandards { get; init; }

    public ReviewGradingContract? Grading { get; init; }

    public required SourceContract Source { get; init; }
}
