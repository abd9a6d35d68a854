using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Grades;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
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
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">An item of <paramref name="rules"/> is null, or the rules break an invariant (<see cref="FindProblems"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rewardShare"/> lies outside (0, 1] (<see cref="FindProblems"/>).</exception>
    public ResultApplicationRules(IEnumerable<ResultRule> rules, Rounding moneyRounding, decimal? rewardShare)
    {
        var list = Guard.Against.NullItems(rules);
        foreach (var problem in FindProblems(list, rewardShare))
        {
            throw problem.Location.Element == nameof(rewardShare)
                ? new ArgumentOutOfRangeException(nameof(rewardShare), rewardShare, problem.MessageEn)
                : new ArgumentException(problem.MessageEn, nameof(rules));
        }

        Rules = new ReadOnlyCollection<ResultRule>([.. list]);
        MoneyRounding = moneyRounding;
        RewardShare = rewardShare;
    }

    /// <summary>
    /// Lists every broken invariant of candidate rules and reward share, without building the family, in this order:
    /// every rule whose id repeats the id of an earlier rule (ordinal comparison), at <c>rules[i]</c> (i counted from 0
    /// in the order given); every grade and project kind (in the order of their enumerations, grade by grade) that no
    /// rule of a single year (<see cref="ResultRule.ConsecutiveYears"/> = 1) covers, at <c>rules</c>; a reward share
    /// outside (0, 1] (0 excluded, 1 included), at <c>rewardShare</c>. Each location is the problem's
    /// <see cref="ProblemLocation.Element"/>; the constructor checks the same.
    /// </summary>
    /// <param name="rules">The candidate rules, in the order they are tried.</param>
    /// <param name="rewardShare">The candidate reward share, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">An item of <paramref name="rules"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(IEnumerable<ResultRule> rules, decimal? rewardShare)
    {
        var list = Guard.Against.NullItems(rules);
        var problems = new List<Problem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            if (!ids.Add(list[i].Id))
            {
                problems.Add(Messages.ResultRuleIdRepeated.At(ProblemLocation.OfElement(string.Create(CultureInfo.InvariantCulture, $"{nameof(rules)}[{i}]"))));
            }
        }

        foreach (var grade in Enum.GetValues<Grade>())
        {
            foreach (var kind in Enum.GetValues<ProjectKind>())
            {
                if (!list.Any(r => r.ConsecutiveYears == 1 && r.Grades.Contains(grade) && (r.Kinds.Count == 0 || r.Kinds.Contains(kind))))
                {
                    problems.Add(Messages.GradeWithoutSingleYearRule.At(ProblemLocation.OfElement(nameof(rules)), Localized.Of(grade), Localized.Of(kind)));
                }
            }
        }

        if (rewardShare is <= 0m or > 1m)
        {
            problems.Add(Messages.RewardShareOutOfRange.At(ProblemLocation.OfElement(nameof(rewardShare))));
        }

        return problems;
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
        Guard.Against.Null(grades);
        Guard.Against.InvalidWhen(grades.Count == 0, nameof(grades), "At least this year's grade is needed.");

        for (var i = 0; i < grades.Count; i++)
        {
            Guard.Against.Undefined(grades[i], nameof(grades));
        }

        Guard.Against.Undefined(kind);

        // The constructor made sure that every defined grade and kind has a one-year rule, so one always matches.
        return Rules.First(r => r.Matches(grades, kind));
    }
}
