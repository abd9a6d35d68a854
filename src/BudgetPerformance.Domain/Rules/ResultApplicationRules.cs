using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using BudgetPerformance.Grades;
using BudgetPerformance.Internal;
using BudgetPerformance.Subjects;

namespace BudgetPerformance.Rules;

/// <summary>
/// The result-application family (评价结果与预算安排挂钩): the ordered rules that map a grade (with the project kind and
/// the grades of previous years) to a proposed action on the next year's request. Every grade must be covered by
/// at least one single-year rule, so that no result is left without a proposal.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ResultApplicationRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="rules">The rules, in the order they are tried.</param>
    /// <param name="moneyRounding">How proposed amounts are rounded (to the fen: 2 decimals).</param>
    /// <param name="rewardShare">The share of the evaluated amount by which an 优 result may be rewarded, as the bureau
    /// sets it; null when the rule set gives none (the seed mentions rewards without a number, so no default is invented).</param>
    public ResultApplicationRules(IEnumerable<ResultRule> rules, Rounding moneyRounding, decimal? rewardShare)
    {
        var list = Preconditions.CheckItemsNotNull(rules);
        if (list.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count() != list.Count)
        {
            throw new ArgumentException("Rule ids must be distinct.", nameof(rules));
        }

        foreach (var grade in Enum.GetValues<Grade>())
        {
            foreach (var kind in Enum.GetValues<ProjectKind>())
            {
                if (!list.Any(r => r.ConsecutiveYears == 1 && r.Grades.Contains(grade) && (r.Kinds.Count == 0 || r.Kinds.Contains(kind))))
                {
                    throw new ArgumentException($"No single-year rule covers the grade {grade} for {kind} projects.", nameof(rules));
                }
            }
        }

        if (rewardShare is { } share && (share <= 0m || share > 1m))
        {
            throw new ArgumentOutOfRangeException(nameof(rewardShare), share, "A reward share lies in (0, 1].");
        }

        Rules = new ReadOnlyCollection<ResultRule>([.. list]);
        MoneyRounding = moneyRounding;
        RewardShare = rewardShare;
    }

    /// <summary>The rules, in order.</summary>
    public IReadOnlyList<ResultRule> Rules { get; }

    /// <summary>How proposed amounts are rounded.</summary>
    public Rounding MoneyRounding { get; }

    /// <summary>The reward share of the evaluated amount for 优 results, or null.</summary>
    public decimal? RewardShare { get; }

    /// <summary>The first rule that matches.</summary>
    /// <param name="grades">This year's grade, then earlier years', most recent first (at least one).</param>
    /// <param name="kind">The project kind.</param>
    /// <exception cref="ArgumentNullException"><paramref name="grades"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="grades"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A grade or the kind is not a defined value.</exception>
    public ResultRule Match(IReadOnlyList<Grade> grades, ProjectKind kind)
    {
        Preconditions.CheckNotNull(grades);
        if (grades.Count == 0)
        {
            throw new ArgumentException("At least this year's grade is needed.", nameof(grades));
        }

        for (var i = 0; i < grades.Count; i++)
        {
            Preconditions.CheckDefined(grades[i], nameof(grades));
        }

        Preconditions.CheckDefined(kind);

        // The constructor made sure that every defined grade and kind has a one-year rule, so one always matches.
        return Rules.First(r => r.Matches(grades, kind));
    }
}
