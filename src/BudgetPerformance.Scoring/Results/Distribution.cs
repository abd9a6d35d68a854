using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring;

/// <summary>One graded result as a distribution check sees it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GradedResult
{
    /// <summary>Creates the result.</summary>
    /// <param name="id">The evaluation's or subject's id (the tie-break, ordinal).</param>
    /// <param name="score">The total.</param>
    /// <param name="grade">The grade.</param>
    public GradedResult(string id, decimal score, Grade grade)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Score = score;
        Grade = Enum.IsDefined(grade) ? grade : throw new ArgumentOutOfRangeException(nameof(grade), grade, "Undefined grade.");
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>The total.</summary>
    public decimal Score { get; }

    /// <summary>The grade.</summary>
    public Grade Grade { get; }
}

/// <summary>A result that would have to move to satisfy a distribution rule.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DistributionMove
{
    internal DistributionMove(GradedResult result, Grade to, string reasonZh, string reasonEn)
    {
        Result = result;
        To = to;
        ReasonZh = reasonZh;
        ReasonEn = reasonEn;
    }

    /// <summary>The result.</summary>
    public GradedResult Result { get; }

    /// <summary>The grade it would move to.</summary>
    public Grade To { get; }

    /// <summary>Why, in Chinese.</summary>
    public string ReasonZh { get; }

    /// <summary>Why, in English.</summary>
    public string ReasonEn { get; }
}

/// <summary>The outcome of a forced-distribution check.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DistributionReport
{
    internal DistributionReport(int count, int top, int bottom, int? topLimit, int? bottomMinimum, IReadOnlyList<DistributionMove> moves)
    {
        Count = count;
        TopCount = top;
        BottomCount = bottom;
        TopLimit = topLimit;
        BottomMinimum = bottomMinimum;
        Moves = moves;
    }

    /// <summary>The number of results.</summary>
    public int Count { get; }

    /// <summary>How many are in the top grades.</summary>
    public int TopCount { get; }

    /// <summary>How many are in the bottom grades.</summary>
    public int BottomCount { get; }

    /// <summary>The most allowed in the top grades (floor of share × count), or null.</summary>
    public int? TopLimit { get; }

    /// <summary>The fewest required in the bottom grades (ceiling of share × count), or null.</summary>
    public int? BottomMinimum { get; }

    /// <summary>The results that would have to move, in a deterministic order.</summary>
    public IReadOnlyList<DistributionMove> Moves { get; }

    /// <summary>Whether the distribution already satisfies the rule.</summary>
    public bool Satisfied => Moves.Count == 0;
}

/// <summary>
/// Checks a set of results against a forced distribution and says which would have to move and why. It reports;
/// it changes no grade. Tie-break: the lowest score moves first; among equal scores, the smaller id (ordinal).
/// </summary>
public static class DistributionCheck
{
    /// <summary>Checks results against a distribution rule.</summary>
    /// <param name="results">The results.</param>
    /// <param name="rules">The rule.</param>
    public static DistributionReport Check(IEnumerable<GradedResult> results, DistributionRules rules)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(rules);
        var list = results.ToList();
        if (list.Any(r => r is null))
        {
            throw new ArgumentException("A result is null.", nameof(results));
        }

        var ordered = list.OrderBy(r => r.Score).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        var grades = list.ToDictionary(r => r, r => r.Grade);
        var moves = new List<DistributionMove>();
        int? topLimit = rules.MaximumTopShare is { } max ? (int)decimal.Floor(max * list.Count) : null;
        int? bottomMinimum = rules.MinimumBottomShare is { } min ? (int)decimal.Ceiling(min * list.Count) : null;
        var top = list.Count(r => rules.TopGrades.Contains(r.Grade));
        var bottom = list.Count(r => rules.BottomGrades.Contains(r.Grade));

        if (topLimit is { } limit && top > limit)
        {
            var below = (Grade)((int)rules.TopGrades.Min() - 1);
            foreach (var r in ordered.Where(r => rules.TopGrades.Contains(grades[r])).Take(top - limit))
            {
                grades[r] = below;
                moves.Add(new DistributionMove(r, below,
                    string.Create(CultureInfo.InvariantCulture, $"最高等级不超过 {Percent(rules.MaximumTopShare!.Value)}（{list.Count} 个中至多 {limit} 个），现有 {top} 个；得分 {r.Score} 为其中最低之一，调为“{below.GetDisplayName().Chinese}”"),
                    string.Create(CultureInfo.InvariantCulture, $"at most {Percent(rules.MaximumTopShare!.Value)} in the top grades ({limit} of {list.Count}), {top} are; {r.Score} is among the lowest, moves to {below.GetDisplayName().English}")));
            }
        }

        if (bottomMinimum is { } minimum)
        {
            var current = grades.Values.Count(g => rules.BottomGrades.Contains(g));
            if (current < minimum)
            {
                var target = rules.BottomGrades.Max();
                foreach (var r in ordered.Where(r => !rules.BottomGrades.Contains(grades[r])).Take(minimum - current))
                {
                    moves.Add(new DistributionMove(r, target,
                        string.Create(CultureInfo.InvariantCulture, $"较低等级不少于 {Percent(rules.MinimumBottomShare!.Value)}（{list.Count} 个中至少 {minimum} 个），现有 {current} 个；得分 {r.Score} 为其余中最低之一，调为“{target.GetDisplayName().Chinese}”"),
                        string.Create(CultureInfo.InvariantCulture, $"at least {Percent(rules.MinimumBottomShare!.Value)} in the bottom grades ({minimum} of {list.Count}), {current} are; {r.Score} is among the lowest of the rest, moves to {target.GetDisplayName().English}")));
                    grades[r] = target;
                }
            }
        }

        return new DistributionReport(list.Count, top, bottom, topLimit, bottomMinimum, new ReadOnlyCollection<DistributionMove>(moves));
    }

    private static string Percent(decimal share) => (share * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}

/// <summary>A self-evaluation score set against a reviewer's (re-check or finance evaluation) score of the same project.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class InflationSignal
{
    internal InflationSignal(string subject, decimal self, decimal reviewer, Grade selfGrade, Grade reviewerGrade)
    {
        Subject = subject;
        Self = self;
        Reviewer = reviewer;
        SelfGrade = selfGrade;
        ReviewerGrade = reviewerGrade;
    }

    /// <summary>The subject.</summary>
    public string Subject { get; }

    /// <summary>The self-evaluation total.</summary>
    public decimal Self { get; }

    /// <summary>The reviewer's total.</summary>
    public decimal Reviewer { get; }

    /// <summary>Self minus reviewer.</summary>
    public decimal Gap => Self - Reviewer;

    /// <summary>The self grade.</summary>
    public Grade SelfGrade { get; }

    /// <summary>The reviewer's grade.</summary>
    public Grade ReviewerGrade { get; }
}

/// <summary>
/// The grade-inflation signal: self-evaluation totals compared with re-check or finance-evaluation totals of the same
/// projects. A project is signalled when the self score exceeds the reviewer's by more than a threshold (exclusive)
/// or its self grade is better.
/// </summary>
public static class GradeInflation
{
    /// <summary>The signalled projects, largest gap first (ties by subject, ordinal).</summary>
    /// <param name="pairs">Subject, self total and reviewer total.</param>
    /// <param name="scale">The grade scale.</param>
    /// <param name="threshold">The largest gap that is not signalled (inclusive), at least 0.</param>
    public static IReadOnlyList<InflationSignal> Signals(IEnumerable<(string Subject, decimal Self, decimal Reviewer)> pairs, GradeScale scale, decimal threshold)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        return pairs
            .Select(p => new InflationSignal(p.Subject, p.Self, p.Reviewer, scale.Classify(Math.Min(p.Self, GradeScale.Maximum)), scale.Classify(Math.Min(p.Reviewer, GradeScale.Maximum))))
            .Where(s => s.Gap > threshold || s.SelfGrade > s.ReviewerGrade)
            .OrderByDescending(s => s.Gap).ThenBy(s => s.Subject, StringComparer.Ordinal)
            .ToList().AsReadOnly();
    }
}
