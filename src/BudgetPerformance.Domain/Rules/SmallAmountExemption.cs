using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using BudgetPerformance.Admission;
using BudgetPerformance.Internal;
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
    public SmallAmountExemption(Money below, IEnumerable<AdmissionCheck> exempted, SourceCitation source)
    {
        if (below <= Money.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(below), below, "The threshold must be above zero.");
        }

        Preconditions.CheckNotNull(exempted);
        var list = exempted.Select(c => Preconditions.CheckDefined(c, nameof(exempted))).Distinct().ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("An exemption exempts at least one check.", nameof(exempted));
        }

        Below = below;
        Exempted = new ReadOnlyCollection<AdmissionCheck>(list);
        Source = Preconditions.CheckNotNull(source);
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
