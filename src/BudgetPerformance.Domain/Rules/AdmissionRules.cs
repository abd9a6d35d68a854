using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>One check the admission gate applies, with the source that requires it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AdmissionCheckRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="check">The check.</param>
    /// <param name="source">The source that requires it.</param>
    public AdmissionCheckRule(AdmissionCheck check, SourceCitation source)
    {
        Check = Preconditions.CheckDefined(check);
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The check.</summary>
    public AdmissionCheck Check { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}

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

/// <summary>
/// The admission-gate family (入库 and budget arrangement): which checks apply, each with its source, and an optional
/// small-amount exemption. Checks not listed are not applied.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AdmissionRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="checks">The checks that apply, each at most once.</param>
    /// <param name="smallAmountExemption">The small-amount exemption, or null for none.</param>
    /// <exception cref="ArgumentException">A check is listed twice.</exception>
    public AdmissionRules(IEnumerable<AdmissionCheckRule> checks, SmallAmountExemption? smallAmountExemption)
    {
        var list = Preconditions.CheckItemsNotNull(checks);
        if (list.Select(c => c.Check).Distinct().Count() != list.Count)
        {
            throw new ArgumentException("A check is listed more than once.", nameof(checks));
        }

        Checks = new ReadOnlyCollection<AdmissionCheckRule>(list.OrderBy(c => c.Check).ToArray());
        SmallAmountExemption = smallAmountExemption;
    }

    /// <summary>The checks that apply, in the order of <see cref="AdmissionCheck"/>.</summary>
    public IReadOnlyList<AdmissionCheckRule> Checks { get; }

    /// <summary>The small-amount exemption, or null.</summary>
    public SmallAmountExemption? SmallAmountExemption { get; }

    /// <summary>The rule of a check, or null when the check does not apply.</summary>
    /// <param name="check">The check.</param>
    public AdmissionCheckRule? RuleFor(AdmissionCheck check) => Checks.FirstOrDefault(c => c.Check == Preconditions.CheckDefined(check));
}
