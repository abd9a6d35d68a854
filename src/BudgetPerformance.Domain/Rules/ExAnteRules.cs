using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Rules;

/// <summary>
/// Ex-ante assessment conclusions on half-open bands of the rounded total: support at or above
/// <see cref="SupportFrom"/>, support after adjustment from <see cref="AdjustFrom"/> (inclusive) to
/// <see cref="SupportFrom"/> (exclusive), do not support below <see cref="AdjustFrom"/>. Deployed default 90 / 70.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ExAnteRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="supportFrom">The lowest score that is supported, inclusive.</param>
    /// <param name="adjustFrom">The lowest score supported after adjustment, inclusive; below <paramref name="supportFrom"/>.</param>
    /// <param name="source">The source.</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is out of range (<see cref="FindProblems"/> lists every one).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public ExAnteRules(decimal supportFrom, decimal adjustFrom, SourceCitation source)
    {
        Guard.Against.ProblemsOutOfRange(FindProblems(supportFrom, adjustFrom), parameter => parameter == nameof(supportFrom) ? supportFrom : adjustFrom);

        SupportFrom = supportFrom;
        AdjustFrom = adjustFrom;
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// Lists every broken invariant of candidate thresholds, without building the family: <paramref name="supportFrom"/>
    /// lies in (0, 100] (0 exclusive, 100 inclusive; element <c>supportFrom</c>), and <paramref name="adjustFrom"/> lies in
    /// [0, <paramref name="supportFrom"/>) (0 inclusive, <paramref name="supportFrom"/> exclusive; element
    /// <c>adjustFrom</c>), compared with the given <paramref name="supportFrom"/> even when that is itself out of range. The
    /// constructor checks the same.
    /// </summary>
    /// <param name="supportFrom">The candidate lowest supported score.</param>
    /// <param name="adjustFrom">The candidate lowest score supported after adjustment.</param>
    public static IReadOnlyList<Problem> FindProblems(decimal supportFrom, decimal adjustFrom)
    {
        var problems = new List<Problem>();
        if (supportFrom is <= 0m or > 100m)
        {
            problems.Add(Messages.SupportThresholdOutOfRange.At(ProblemLocation.OfElement(nameof(supportFrom))));
        }

        if (adjustFrom < 0m || adjustFrom >= supportFrom)
        {
            problems.Add(Messages.AdjustThresholdOutOfRange.At(ProblemLocation.OfElement(nameof(adjustFrom))));
        }

        return problems.AsReadOnly();
    }

    /// <summary>The lowest supported score, inclusive.</summary>
    public decimal SupportFrom { get; }

    /// <summary>The lowest score supported after adjustment, inclusive.</summary>
    public decimal AdjustFrom { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }

    /// <summary>The conclusion for a (rounded) total.</summary>
    /// <param name="total">The total.</param>
    public ExAnteConclusion Conclude(decimal total) =>
        total >= SupportFrom ? ExAnteConclusion.Support : total >= AdjustFrom ? ExAnteConclusion.SupportAfterAdjustment : ExAnteConclusion.DoNotSupport;
}
