using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Rules;

/// <summary>
/// The rectification family (整改): the consequence the rule set attaches to a rectification that is overdue on the
/// date of the proposal ("no rectification or poor rectification → further cuts, or funding only after
/// rectification" [N, S]).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RectificationRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="consequence">The consequence.</param>
    /// <param name="furtherCutRate">For a further cut, the rate in (0, 1]; null otherwise.</param>
    /// <param name="source">The source.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="consequence"/> is not a defined value, or the rate lies outside (0, 1] (<see cref="FindProblems"/>).</exception>
    /// <exception cref="ArgumentException">The rate does not go with the consequence (<see cref="FindProblems"/>).</exception>
    public RectificationRules(RectificationConsequence consequence, decimal? furtherCutRate, SourceCitation source)
    {
        Consequence = Guard.Against.Undefined(consequence);
        foreach (var problem in FindProblems(consequence, furtherCutRate))
        {
            throw problem.MessageEn == Messages.FurtherCutRateMismatch.English
                ? new ArgumentException(problem.MessageEn, nameof(furtherCutRate))
                : new ArgumentOutOfRangeException(nameof(furtherCutRate), furtherCutRate, problem.MessageEn);
        }

        FurtherCutRate = furtherCutRate;
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// Lists every broken invariant of a candidate consequence and rate, without building the family, in this order: a
    /// further cut has a rate and no other consequence has one; a rate lies in (0, 1] (0 excluded, 1 included). Both
    /// problems name <c>furtherCutRate</c> as their <see cref="ProblemLocation.Element"/>; the constructor checks the same.
    /// </summary>
    /// <param name="consequence">The candidate consequence.</param>
    /// <param name="furtherCutRate">The candidate rate, or null.</param>
    public static IReadOnlyList<Problem> FindProblems(RectificationConsequence consequence, decimal? furtherCutRate)
    {
        var problems = new List<Problem>();
        if ((consequence == RectificationConsequence.FurtherCut) != furtherCutRate.HasValue)
        {
            problems.Add(Messages.FurtherCutRateMismatch.At(ProblemLocation.OfElement(nameof(furtherCutRate))));
        }

        if (furtherCutRate is <= 0m or > 1m)
        {
            problems.Add(Messages.FurtherCutRateOutOfRange.At(ProblemLocation.OfElement(nameof(furtherCutRate))));
        }

        return problems;
    }

    /// <summary>The consequence.</summary>
    public RectificationConsequence Consequence { get; }

    /// <summary>The further cut rate, or null.</summary>
    public decimal? FurtherCutRate { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
