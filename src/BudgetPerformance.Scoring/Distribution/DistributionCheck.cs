using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using BudgetPerformance.Grades;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Distribution;

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
