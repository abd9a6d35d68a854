using System.Collections.Generic;

namespace BudgetPerformance.Json.Contracts;

internal sealed class PortfolioDocument
{
    public required string Kind { get; init; }

    public required int SchemaVersion { get; init; }

    public required int Year { get; init; }

    public required List<DepartmentContract> Departments { get; init; }

    public required List<UnitContract> Units { get; init; }

    public required List<SectionContract> Sections { get; init; }

    public required List<SpendingItemContract> SpendingItems { get; init; }

    public required List<PerformanceTargetContract> Targets { get; init; }

    public required List<EvaluationContract> Evaluations { get; init; }
}
