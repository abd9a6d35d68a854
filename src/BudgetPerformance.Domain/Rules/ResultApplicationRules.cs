using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>The action a result-to-budget rule proposes for the next year's request.</summary>
public enum BudgetAction
{
    /// <summary>优先保障: keep the request and give it priority.</summary>
    Prioritise = 0,

    /// <summary>维持: keep the request.</summary>
    Keep = 1,

    /// <summary>压减: cut the request by a rate (at least the rule's minimum).</summary>
    Cut = 2,

    /// <summary>取消: cancel the funding (proposed amount 0).</summary>
    Cancel = 3,

    /// <summary>暂缓: suspend the funding (proposed amount 0 until lifted).</summary>
    Suspend = 4,

    /// <summary>整改后安排: fund only after rectification (the request is proposed, conditionally).</summary>
    FundAfterRectification = 5,

    /// <summary>提交改进方案: require an improvement plan (the request is proposed, conditionally).</summary>
    RequireImprovementPlan = 6,

    /// <summary>重新设计: redesign the programme (no amount is proposed; a decision is needed).</summary>
    Redesign = 7,

    /// <summary>撤销: abolish the programme (proposed amount 0).</summary>
    Abolish = 8,

    /// <summary>待决策: "may be reduced" — flagged for a decision; no number is invented.</summary>
    Decide = 9,
}

/// <summary>
/// One result-to-budget rule: when the grade is one of <see cref="Grades"/> (this year and, with
/// <see cref="ConsecutiveYears"/> &gt; 1, as many years in a row), and the project kind is one of
/// <see cref="Kinds"/> (or any kind when empty), propose <see cref="Action"/>. Rules are tried in order; the first
/// that matches applies.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ResultRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="id">The rule's id, unique in its family.</param>
    /// <param name="grades">The grades it applies to (at least one).</param>
    /// <param name="kinds">The project kinds it applies to; empty for every kind.</param>
    /// <param name="consecutiveYears">How many years in a row (this year included) the grade must be one of <paramref name="grades"/>; at least 1.</param>
    /// <param name="action">The action.</param>
    /// <param name="cutRate">For <see cref="BudgetAction.Cut"/>: the minimum rate, in (0, 1]; null for any other action or when the rate is left to a decision.</param>
    /// <param name="maximumCutRate">For <see cref="BudgetAction.Cut"/>: the maximum rate, or null.</param>
    /// <param name="blocksSimilarProject">Whether the result also blocks a similar new project next year (one-off projects graded 差 in some provinces).</param>
    /// <param name="source">The source.</param>
    public ResultRule(string id, IEnumerable<Grade> grades, IEnumerable<ProjectKind> kinds, int consecutiveYears, BudgetAction action, decimal? cutRate, decimal? maximumCutRate, bool blocksSimilarProject, SourceCitation source)
    {
        Id = Preconditions.CheckNotBlank(id);
        Preconditions.CheckNotNull(grades);
        var gradeList = grades.Distinct().ToArray();
        if (gradeList.Length == 0)
        {
            throw new ArgumentException("A rule names at least one grade.", nameof(grades));
        }

        Preconditions.CheckNotNull(kinds);
        ConsecutiveYears = consecutiveYears >= 1 ? consecutiveYears : throw new ArgumentOutOfRangeException(nameof(consecutiveYears), consecutiveYears, "At least 1.");
        Action = Preconditions.CheckDefined(action);
        if (cutRate is not null && action != BudgetAction.Cut)
        {
            throw new ArgumentException("Only a cut has a rate.", nameof(cutRate));
        }

        if (cutRate is { } rate && (rate <= 0m || rate > 1m))
        {
            throw new ArgumentOutOfRangeException(nameof(cutRate), rate, "A cut rate lies in (0, 1].");
        }

        if (maximumCutRate is { } max && (cutRate is null || max < cutRate || max > 1m))
        {
            throw new ArgumentOutOfRangeException(nameof(maximumCutRate), max, "A maximum cut rate needs a minimum and lies in [minimum, 1].");
        }

        Grades = new ReadOnlyCollection<Grade>(gradeList);
        Kinds = new ReadOnlyCollection<ProjectKind>(kinds.Distinct().ToArray());
        CutRate = cutRate;
        MaximumCutRate = maximumCutRate;
        BlocksSimilarProject = blocksSimilarProject;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>The grades it applies to.</summary>
    public IReadOnlyList<Grade> Grades { get; }

    /// <summary>The project kinds it applies to; empty for every kind.</summary>
    public IReadOnlyList<ProjectKind> Kinds { get; }

    /// <summary>How many years in a row the grade must match (this year included).</summary>
    public int ConsecutiveYears { get; }

    /// <summary>The action.</summary>
    public BudgetAction Action { get; }

    /// <summary>The minimum cut rate, or null.</summary>
    public decimal? CutRate { get; }

    /// <summary>The maximum cut rate, or null.</summary>
    public decimal? MaximumCutRate { get; }

    /// <summary>Whether the result blocks a similar new project next year.</summary>
    public bool BlocksSimilarProject { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }

    /// <summary>Whether the rule matches a grade history (this year first, then earlier years) and a project kind.</summary>
    /// <param name="grades">This year's grade, then the previous years' grades, most recent first.</param>
    /// <param name="kind">The project kind.</param>
    public bool Matches(IReadOnlyList<Grade> grades, ProjectKind kind)
    {
        Preconditions.CheckNotNull(grades);
        if (Kinds.Count > 0 && !Kinds.Contains(kind))
        {
            return false;
        }

        if (grades.Count < ConsecutiveYears)
        {
            return false;
        }

        for (var i = 0; i < ConsecutiveYears; i++)
        {
            if (!Grades.Contains(grades[i]))
            {
                return false;
            }
        }

        return true;
    }
}

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
