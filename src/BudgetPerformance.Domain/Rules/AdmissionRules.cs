using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Admission;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

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
    /// <exception cref="ArgumentNullException"><paramref name="checks"/> is null.</exception>
    /// <exception cref="ArgumentException">An item of <paramref name="checks"/> is null, or a check is listed twice (<see cref="FindProblems"/>).</exception>
    public AdmissionRules(IEnumerable<AdmissionCheckRule> checks, SmallAmountExemption? smallAmountExemption)
    {
        var list = Guard.Against.NullItems(checks);
        Guard.Against.Problems(FindProblems(list), nameof(checks));

        Checks = new ReadOnlyCollection<AdmissionCheckRule>(list.OrderBy(c => c.Check).ToArray());
        SmallAmountExemption = smallAmountExemption;
    }

    /// <summary>
    /// Lists every broken invariant of candidate checks, without building the family: each check is listed at most once.
    /// Every item that repeats the check of an earlier item is a problem whose <see cref="ProblemLocation.Element"/> is
    /// that item, <c>checks[i]</c> (i counted from 0 in the order given); the constructor checks the same.
    /// </summary>
    /// <param name="checks">The candidate checks.</param>
    /// <exception cref="ArgumentNullException"><paramref name="checks"/> is null.</exception>
    /// <exception cref="ArgumentException">An item of <paramref name="checks"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(IEnumerable<AdmissionCheckRule> checks)
    {
        var list = Guard.Against.NullItems(checks);
        var problems = new List<Problem>();
        var seen = new HashSet<AdmissionCheck>();
        for (var i = 0; i < list.Count; i++)
        {
            if (!seen.Add(list[i].Check))
            {
                problems.Add(Messages.AdmissionCheckRepeated.At(ProblemLocation.OfElement(string.Create(CultureInfo.InvariantCulture, $"{nameof(checks)}[{i}]"))));
            }
        }

        return problems;
    }

    /// <summary>The checks that apply, in the order of <see cref="AdmissionCheck"/>.</summary>
    public IReadOnlyList<AdmissionCheckRule> Checks { get; }

    /// <summary>The small-amount exemption, or null.</summary>
    public SmallAmountExemption? SmallAmountExemption { get; }

    /// <summary>The rule of a check, or null when the check does not apply.</summary>
    /// <param name="check">The check.</param>
    public AdmissionCheckRule? RuleFor(AdmissionCheck check) => Checks.FirstOrDefault(c => c.Check == Guard.Against.Undefined(check));
}
