using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Problems;

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
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name or the unit is empty or white space (<see cref="FindProblems"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is negative (<see cref="FindProblems"/>).</exception>
    public ExpenditureStandard(string indicatorName, string unit, decimal maximum, SourceCitation source)
    {
        Guard.Against.Null(indicatorName);
        Guard.Against.Null(unit);
        foreach (var problem in FindProblems(indicatorName, unit, maximum))
        {
            throw problem.Location.Element == nameof(maximum)
                ? new ArgumentOutOfRangeException(nameof(maximum), maximum, problem.MessageEn)
                : new ArgumentException(problem.MessageEn, problem.Location.Element);
        }

        IndicatorName = indicatorName.Trim();
        Unit = unit;
        Maximum = maximum;
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// Lists every broken invariant of a candidate standard, without building it, in this order: the indicator name is
    /// not empty or white space (<c>indicatorName</c>); nor is the unit (<c>unit</c>); the maximum is not negative, 0
    /// included (<c>maximum</c>). The name in brackets is each problem's <see cref="ProblemLocation.Element"/>; the
    /// constructor checks the same.
    /// </summary>
    /// <param name="indicatorName">The candidate indicator name.</param>
    /// <param name="unit">The candidate unit.</param>
    /// <param name="maximum">The candidate maximum.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicatorName"/> or <paramref name="unit"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(string indicatorName, string unit, decimal maximum)
    {
        Guard.Against.Null(indicatorName);
        Guard.Against.Null(unit);
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(indicatorName))
        {
            problems.Add(Messages.ValueBlank.At(ProblemLocation.OfElement(nameof(indicatorName)), Messages.StandardIndicatorNameValue));
        }

        if (string.IsNullOrWhiteSpace(unit))
        {
            problems.Add(Messages.ValueBlank.At(ProblemLocation.OfElement(nameof(unit)), Messages.StandardUnitValue));
        }

        if (maximum < 0m)
        {
            problems.Add(Messages.NamedValueNegative.At(ProblemLocation.OfElement(nameof(maximum)), Messages.StandardMaximumValue));
        }

        return problems;
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
