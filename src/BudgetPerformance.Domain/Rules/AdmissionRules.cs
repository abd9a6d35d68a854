using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using BudgetPerformance.Admission;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

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
