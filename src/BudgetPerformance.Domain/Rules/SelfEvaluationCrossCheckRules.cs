using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Rules;

/// <summary>
/// The self-evaluation cross-check: red when claimed indicator completion (indicator score ÷ indicator points) exceeds
/// budget execution (execution score ÷ execution points) by more than <see cref="MaximumClaimExcess"/> relative
/// (completion &gt; execution × (1 + excess), exclusive); yellow when the adjusted budget is 0 or more than
/// <see cref="MaximumUnspentShare"/> of it is unspent (exclusive); otherwise green.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SelfEvaluationCrossCheckRules
{
    /// <summary>Creates the rules.</summary>
    /// <param name="maximumClaimExcess">The relative excess of completion over execution allowed, inclusive (0.05 [D]); not negative.</param>
    /// <param name="maximumUnspentShare">The unspent share of the budget allowed, inclusive (0.20 [D]), in [0, 1].</param>
    /// <param name="source">The source.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range (<see cref="FindProblems"/>).</exception>
    public SelfEvaluationCrossCheckRules(decimal maximumClaimExcess, decimal maximumUnspentShare, SourceCitation source)
    {
        foreach (var problem in FindProblems(maximumClaimExcess, maximumUnspentShare))
        {
            throw problem.Location.Element == nameof(maximumClaimExcess)
                ? new ArgumentOutOfRangeException(nameof(maximumClaimExcess), maximumClaimExcess, problem.MessageEn)
                : new ArgumentOutOfRangeException(nameof(maximumUnspentShare), maximumUnspentShare, problem.MessageEn);
        }

        MaximumClaimExcess = maximumClaimExcess;
        MaximumUnspentShare = maximumUnspentShare;
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// Lists every broken invariant of candidate limits, without building the rules, in this order: the claim excess is
    /// not negative, 0 included (<c>maximumClaimExcess</c>); the unspent share lies in [0, 1], both ends included
    /// (<c>maximumUnspentShare</c>). The name in brackets is each problem's <see cref="ProblemLocation.Element"/>; the
    /// constructor checks the same.
    /// </summary>
    /// <param name="maximumClaimExcess">The candidate relative excess allowed.</param>
    /// <param name="maximumUnspentShare">The candidate unspent share allowed.</param>
    public static IReadOnlyList<Problem> FindProblems(decimal maximumClaimExcess, decimal maximumUnspentShare)
    {
        var problems = new List<Problem>();
        if (maximumClaimExcess < 0m)
        {
            problems.Add(Messages.NamedValueNegative.At(ProblemLocation.OfElement(nameof(maximumClaimExcess)), Messages.ClaimExcessValue));
        }

        if (maximumUnspentShare is < 0m or > 1m)
        {
            problems.Add(Messages.NamedValueOutOfRange.At(ProblemLocation.OfElement(nameof(maximumUnspentShare)), Messages.UnspentShareValue, 0, 1));
        }

        return problems;
    }

    /// <summary>The relative excess allowed, inclusive.</summary>
    public decimal MaximumClaimExcess { get; }

    /// <summary>The unspent share allowed, inclusive.</summary>
    public decimal MaximumUnspentShare { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
