using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Rules;

/// <summary>
/// Over-completion (偏离度): when a positive indicator's actual exceeds its target by more than
/// <see cref="FlagAbove"/> (relative: a ÷ t − 1 &gt; threshold, exclusive), the indicator is flagged and, when
/// <see cref="DeductShare"/> is above 0, loses that share of its points. No national threshold exists; off
/// unless a rule set carries one.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OverCompletionRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="flagAbove">The relative excess above which the indicator is flagged, e.g. 0.5 for 50% over; at least 0.</param>
    /// <param name="deductShare">The share of points deducted when flagged, in [0, 1]; 0 flags only.</param>
    /// <param name="source">The source.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range (<see cref="FindProblems"/> lists every one).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public OverCompletionRule(decimal flagAbove, decimal deductShare, SourceCitation source)
    {
        Guard.Against.ProblemsOutOfRange(FindProblems(flagAbove, deductShare), parameter => parameter == nameof(flagAbove) ? flagAbove : deductShare);

        FlagAbove = flagAbove;
        DeductShare = deductShare;
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// Lists every broken invariant of a candidate rule's values, without building it: <paramref name="flagAbove"/> is at
    /// least 0 (0 inclusive), and <paramref name="deductShare"/> lies in [0, 1] (both ends inclusive). Each problem names its
    /// parameter (<c>flagAbove</c> or <c>deductShare</c>) as its <see cref="ProblemLocation.Element"/>; the constructor
    /// checks the same.
    /// </summary>
    /// <param name="flagAbove">The candidate relative excess above which an indicator is flagged.</param>
    /// <param name="deductShare">The candidate share of points deducted.</param>
    public static IReadOnlyList<Problem> FindProblems(decimal flagAbove, decimal deductShare)
    {
        var problems = new List<Problem>();
        if (flagAbove < 0m)
        {
            problems.Add(Messages.RuleValueNegative.At(ProblemLocation.OfElement(nameof(flagAbove))));
        }

        if (deductShare is < 0m or > 1m)
        {
            problems.Add(Messages.DeductedShareOutOfRange.At(ProblemLocation.OfElement(nameof(deductShare))));
        }

        return problems.AsReadOnly();
    }

    /// <summary>The relative excess above which an indicator is flagged (exclusive).</summary>
    public decimal FlagAbove { get; }

    /// <summary>The share of points deducted when flagged.</summary>
    public decimal DeductShare { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
