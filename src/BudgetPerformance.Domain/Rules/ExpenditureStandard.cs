using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>
/// A budget expenditure standard (预算支出标准) for a cost indicator: a cost indicator with this name and unit whose target
/// exceeds <see cref="Maximum"/> (exclusive: exactly the maximum is allowed) is a review error.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ExpenditureStandard
{
    /// <summary>Creates a standard.</summary>
    /// <param name="indicatorName">The level-3 indicator name it applies to (compared ordinally after trimming), e.g. 亩均建设成本.</param>
    /// <param name="unit">The unit it is stated in (compared ordinally), e.g. 元/亩.</param>
    /// <param name="maximum">The highest target allowed, inclusive; not negative.</param>
    /// <param name="source">The document that sets the standard.</param>
    public ExpenditureStandard(string indicatorName, string unit, decimal maximum, SourceCitation source)
    {
        IndicatorName = Preconditions.CheckNotBlank(indicatorName).Trim();
        Unit = Preconditions.CheckNotBlank(unit);
        Maximum = Preconditions.CheckNonNegative(maximum);
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The indicator name.</summary>
    public string IndicatorName { get; }

    /// <summary>The unit.</summary>
    public string Unit { get; }

    /// <summary>The highest target allowed, inclusive.</summary>
    public decimal Maximum { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
