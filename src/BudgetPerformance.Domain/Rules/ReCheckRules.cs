using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Rules;

/// <summary>Random re-check (抽评): final = <see cref="SelfWeight"/> × self score + <see cref="ReCheckWeight"/> × re-check score.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReCheckRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="selfWeight">The weight of the self-evaluation score (0.4 [D]).</param>
    /// <param name="reCheckWeight">The weight of the re-check score (0.6 [D]); the two add up to exactly 1.</param>
    /// <param name="source">The source.</param>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative (see <see cref="FindProblems"/>).</exception>
    /// <exception cref="ArgumentException">The weights do not add up to exactly 1 (see <see cref="FindProblems"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public ReCheckRules(decimal selfWeight, decimal reCheckWeight, SourceCitation source)
    {
        Guard.Against.Problems(FindProblems(selfWeight, reCheckWeight), problem =>
        {
            var parameter = problem.Location.Element!;
            return string.Equals(problem.MessageEn, Messages.ReCheckWeightsNotOne.English, StringComparison.Ordinal)
                ? new ArgumentException(problem.MessageEn, parameter)
                : new ArgumentOutOfRangeException(parameter, parameter == nameof(selfWeight) ? selfWeight : reCheckWeight, problem.MessageEn);
        });

        SelfWeight = selfWeight;
        ReCheckWeight = reCheckWeight;
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// Lists every broken invariant of candidate weights, without building the family, in this order: the self-evaluation
    /// weight is at least 0 (0 inclusive; element <c>selfWeight</c>), the re-check weight is at least 0 (element
    /// <c>reCheckWeight</c>), and the two add up to exactly 1 (element <c>reCheckWeight</c>). The sum is checked whatever
    /// the signs, and without overflow: weights too large to add up cannot add up to 1. The constructor checks the same.
    /// </summary>
    /// <param name="selfWeight">The candidate weight of the self-evaluation score.</param>
    /// <param name="reCheckWeight">The candidate weight of the re-check score.</param>
    public static IReadOnlyList<Problem> FindProblems(decimal selfWeight, decimal reCheckWeight)
    {
        var problems = new List<Problem>();
        if (selfWeight < 0m)
        {
            problems.Add(Messages.RuleValueNegative.At(ProblemLocation.OfElement(nameof(selfWeight))));
        }

        if (reCheckWeight < 0m)
        {
            problems.Add(Messages.RuleValueNegative.At(ProblemLocation.OfElement(nameof(reCheckWeight))));
        }

        if (!AddUpToOne(selfWeight, reCheckWeight))
        {
            problems.Add(Messages.ReCheckWeightsNotOne.At(ProblemLocation.OfElement(nameof(reCheckWeight))));
        }

        return problems.AsReadOnly();
    }

    // Adding overflows only when both weights have one sign and one of them is large, and then they cannot add up to 1.
    private static bool AddUpToOne(decimal a, decimal b) =>
        (a >= 0m) == (b >= 0m) ? a >= 0m && a <= 1m && b <= 1m && a + b == 1m : a + b == 1m;

    /// <summary>The weight of the self score.</summary>
    public decimal SelfWeight { get; }

    /// <summary>The weight of the re-check score.</summary>
    public decimal ReCheckWeight { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
