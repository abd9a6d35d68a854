using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Rules;

/// <summary>The aggregation family: level 3 → level 2 → level 1 → total.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AggregationRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="notApplicable">How not-applicable indicators are handled.</param>
    /// <param name="missingData">How indicators without data or not yet due are handled.</param>
    /// <param name="totalMode">Sum of rounded scores or rounded sum.</param>
    /// <param name="requiredTotalPoints">The points the tree plus the budget block must add up to for a graded evaluation (100), or null for no check.</param>
    /// <param name="source">The source.</param>
    /// <exception cref="ArgumentOutOfRangeException">An enumeration value is undefined, or <paramref name="requiredTotalPoints"/> is negative (see <see cref="FindProblems"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public AggregationRules(NotApplicablePolicy notApplicable, MissingDataPolicy missingData, TotalMode totalMode, decimal? requiredTotalPoints, SourceCitation source)
    {
        NotApplicable = Guard.Against.Undefined(notApplicable);
        MissingData = Guard.Against.Undefined(missingData);
        TotalMode = Guard.Against.Undefined(totalMode);
        Guard.Against.ProblemsOutOfRange(FindProblems(requiredTotalPoints), requiredTotalPoints, nameof(requiredTotalPoints));

        RequiredTotalPoints = requiredTotalPoints;
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// Lists the problem with the candidate required total, without building the family: when given, it must be at least 0
    /// (0 inclusive); null (no check) is always sound. The problem names <c>requiredTotalPoints</c> as its
    /// <see cref="ProblemLocation.Element"/>; the constructor checks the same.
    /// </summary>
    /// <param name="requiredTotalPoints">The candidate required total points, or null.</param>
    public static IReadOnlyList<Problem> FindProblems(decimal? requiredTotalPoints) =>
        requiredTotalPoints < 0m ? [Messages.RuleValueNegative.At(ProblemLocation.OfElement(nameof(requiredTotalPoints)))] : [];

    /// <summary>How not-applicable indicators are handled.</summary>
    public NotApplicablePolicy NotApplicable { get; }

    /// <summary>How missing data is handled.</summary>
    public MissingDataPolicy MissingData { get; }

    /// <summary>Sum of rounded or rounded sum.</summary>
    public TotalMode TotalMode { get; }

    /// <summary>The required total points, or null.</summary>
    public decimal? RequiredTotalPoints { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
