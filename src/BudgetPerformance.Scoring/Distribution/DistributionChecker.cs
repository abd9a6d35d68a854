using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Grades;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Distribution;

/// <summary>
/// Checks a set of graded results against a rule set's forced-distribution family (等级分布) and says which would have to move
/// and why. It reports; it changes no grade. Tie-break: the lowest score moves first; among equal scores, the smaller id
/// (ordinal). Each result moves at most once: a result that the top rule moves down and the bottom rule then needs gets one
/// move, to its final grade, with both reasons.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DistributionChecker : IStageEngine<DistributionChecker>
{
    private readonly DistributionRules rules;

    /// <summary>Creates a checker.</summary>
    /// <param name="ruleSet">The rule set; it must carry the <see cref="RequiredFamilies"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    /// <exception cref="DomainInvariantException">The rule set has no distribution family (<c>rule-family-missing</c>, the
    /// problem <see cref="FindProblems"/> gives; parameter <c>ruleSet</c>).</exception>
    public DistributionChecker(RuleSet ruleSet)
    {
        RuleSet = StageEngine.Require<DistributionChecker>(ruleSet);
        rules = ruleSet.Distribution!;
    }

    /// <summary>The stage: <see cref="LifecycleStage.Distribution"/>.</summary>
    public static LifecycleStage Stage => LifecycleStage.Distribution;

    /// <summary>The families a checker reads besides grading: the distribution family.</summary>
    public static IReadOnlyList<RuleFamily> RequiredFamilies { get; } = ImmutableArray.Create(RuleFamily.Distribution);

    /// <summary>The rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The problem of checking distributions under <paramref name="ruleSet"/>: one <c>rule-family-missing</c>, or none.
    /// The constructor refuses the same rule sets.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(RuleSet ruleSet) => StageEngine.FindProblems<DistributionChecker>(ruleSet);

    /// <summary>Checks graded results against the distribution family; every result is counted.</summary>
    /// <param name="results">The results.</param>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    /// <exception cref="ArgumentException">A result is null.</exception>
    public DistributionReport Check(IEnumerable<GradedResult> results)
    {
        Guard.Against.Null(results);
        var list = results.ToList();
        Guard.Against.InvalidWhen(list.Any(r => r is null), nameof(results), "A result is null.");

        return Run(list, ReadOnlyCollection<string>.Empty);
    }

    /// <summary>
    /// Checks scoring results against the distribution family. Only graded results are counted (id: the evaluation id; score:
    /// the total; grade: the grade). A result without a grade — incomplete, invalid, or an ex-ante assessment's conclusion —
    /// is not counted and not dropped silently: its evaluation id is listed in <see cref="DistributionReport.Ungraded"/>.
    /// </summary>
    /// <param name="results">The scoring results, for example a year's results of one evaluation type.</param>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    /// <exception cref="ArgumentException">A result is null.</exception>
    public DistributionReport CheckScoringResults(IEnumerable<ScoringResult> results)
    {
        Guard.Against.Null(results);
        var graded = new List<GradedResult>();
        var ungraded = new List<string>();
        foreach (var result in results)
        {
            Guard.Against.InvalidWhen(result is null, nameof(results), "A result is null.");

            if (result is { Total: { } total, Grade: { } grade })
            {
                graded.Add(new GradedResult(result.EvaluationId, total, grade));
            }
            else
            {
                ungraded.Add(result.EvaluationId);
            }
        }

        return Run(graded, ungraded.AsReadOnly());
    }

    private DistributionReport Run(List<GradedResult> list, IReadOnlyList<string> ungraded)
    {
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
                    var zh = string.Create(CultureInfo.InvariantCulture, $"较低等级不少于 {Percent(rules.MinimumBottomShare!.Value)}（{list.Count} 个中至少 {minimum} 个），现有 {current} 个；得分 {r.Score} 为其余中最低之一，调为“{target.GetDisplayName().Chinese}”");
                    var en = string.Create(CultureInfo.InvariantCulture, $"at least {Percent(rules.MinimumBottomShare!.Value)} in the bottom grades ({minimum} of {list.Count}), {current} are; {r.Score} is among the lowest of the rest, moves to {target.GetDisplayName().English}");

                    // One move per result: a result the top rule already moved goes straight to its final grade, with both reasons.
                    var earlier = moves.FindIndex(m => ReferenceEquals(m.Result, r));
                    if (earlier >= 0)
                    {
                        moves[earlier] = new DistributionMove(r, target, moves[earlier].ReasonZh + "；" + zh, moves[earlier].ReasonEn + "; " + en);
                    }
                    else
                    {
                        moves.Add(new DistributionMove(r, target, zh, en));
                    }

                    grades[r] = target;
                }
            }
        }

        return new DistributionReport(list.Count, top, bottom, topLimit, bottomMinimum, new ReadOnlyCollection<DistributionMove>(moves), ungraded);
    }

    private static string Percent(decimal share) => (share * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
