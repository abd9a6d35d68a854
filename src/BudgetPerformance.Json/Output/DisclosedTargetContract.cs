using System.Collections.Generic;

namespace BudgetPerformance.Json.Output;

internal sealed class DisclosedTargetContract
{
    public required DisclosedSubjectContract Subject { get; init; }

    public DisclosedDepartmentContract? Department { get; init; }

    public required decimal Amount { get; init; }

    public required string OverallGoal { get; init; }

    public required List<DisclosedIndicatorContract> Indicators { get; init; }
}
