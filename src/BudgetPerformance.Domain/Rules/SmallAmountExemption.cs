using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Admission;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Rules;

/// <summary>
/// A small-amount exemption: requests for less than <see cref="Below"/> (exclusive: a request of exactly
/// <see cref="Below"/> is not exempt) skip the checks in <see cref="Exempted"/>. A jurisdiction's choice; none nationally.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SmallAmountExemption
{
    /// <summary>Creates the exemption.</summary>
    /// <param name="below">The threshold, exclusive; above zero.</param>
    /// <param name="exempted">The checks skipped below it (at least one).</param>
    /// <param name="source">The source of the exemption.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exempted"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A check is not a defined value, or <paramref name="below"/> is not above zero (<see cref="FindProblems"/>).</exception>
    /// <exception cref="ArgumentException"><paramref name="exempted"/> is empty (<see cref="FindProblems"/>).</exception>
    public SmallAmountExemption(Money below, IEnumerable<AdmissionCheck> exempted, SourceCitation source)
    {
        Guard.Against.Null(exempted);
        var list = exempted.Select(c => Guard.Against.Undefined(c, nameof(exempted))).Distinct().ToArray();
        foreach (var problem in FindProblems(below, list))
        {
            throw problem.Location.Element == nameof(below)
                ? new ArgumentOutOfRangeException(nameof(below), below, problem.MessageEn)
                : new ArgumentException(problem.MessageEn, nameof(exempted));
        }

        Below = below;
        Exempted = new ReadOnlyCollection<AdmissionCheck>(list);
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// Lists every broken invariant of a candidate exemption, without building it: the threshold is above zero (zero
    /// itself is a problem), and at least one check is exempted. Each problem names its parameter (<c>below</c> or
    /// <c>exempted</c>) as its <see cref="ProblemLocation.Element"/>; the constructor checks the same.
    /// </summary>
    /// <param name="below">The candidate threshold.</param>
    /// <param name="exempted">The candidate checks (repeats count once).</param>
    /// <exception cref="ArgumentNullException"><paramref name="exempted"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(Money below, IEnumerable<AdmissionCheck> exempted)
    {
        Guard.Against.Null(exempted);
        var problems = new List<Problem>();
        if (below <= Money.Zero)
        {
            problems.Add(Messages.ExemptionThresholdNotPositive.At(ProblemLocation.OfElement(nameof(below))));
        }

        if (!exempted.Any())
        {
            problems.Add(Messages.ExemptionWithoutChecks.At(ProblemLocation.OfElement(nameof(exempted))));
        }

        return problems;
    }

    /// <summary>The threshold: requests strictly below it are exempt.</summary>
    public Money Below { get; }

    /// <summary>The checks skipped.</summary>
    public IReadOnlyList<AdmissionCheck> Exempted { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }

    /// <summary>Whether a request of <paramref name="amount"/> skips <paramref name="check"/>.</summary>
    /// <param name="amount">The requested amount.</param>
    /// <param name="check">The check.</param>
    public bool Exempts(Money amount, AdmissionCheck check) => amount < Below && Exempted.Contains(check);
}
