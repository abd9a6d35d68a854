using System;
using System.Collections.Generic;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring;

public sealed partial class EvaluationScorer
{
    /// <summary>
    /// The score groups (merged score cells): an assessed group's score (rescaled with its members' points, and no
    /// more than their points), or the sum of its members' scores. Nothing is allocated for an evaluation without groups.
    /// </summary>
    private void ScoreGroups(ref ScoringPass pass)
    {
        var evaluationGroups = pass.Evaluation.Groups;
        if (evaluationGroups.Count == 0)
        {
            return;
        }

        Dictionary<IndicatorCode, int> groupOf = [];
        for (var g = 0; g < evaluationGroups.Count; g++)
        {
            var members = evaluationGroups[g].Members;
            for (var m = 0; m < members.Count; m++)
            {
                groupOf[members[m]] = g;
            }
        }

        var indicators = pass.Evaluation.Indicators.Indicators;
        var scores = pass.Scores;
        var factor = pass.Factor;
        var sumOfRounded = aggregation.TotalMode == TotalMode.SumOfRounded;
        var list = new Subtotal[evaluationGroups.Count];
        for (var g = 0; g < list.Length; g++)
        {
            var group = evaluationGroups[g];
            var members = group.Members;
            var points = 0m;
            decimal? sum = 0m;
            for (var m = 0; m < members.Count; m++)
            {
                var index = IndexOf(indicators, members[m]);
                points += scores[index].Points;
                var value = sumOfRounded ? scores[index].Score : scores[index].Raw;
                sum = sum is null || value is null ? null : sum + value;
            }

            if (group.AssessorScore is { } assessed)
            {
                var original = points / factor;
                if (assessed > original)
                {
                    pass.AddIssue(Messages.GroupScoreAbovePoints.At(ProblemLocation.OfElement(Evaluation.Group(group.Id)), assessed, group.Id, original));
                    sum = null;
                }
                else
                {
                    var raw = assessed * factor;
                    sum = sumOfRounded ? Round(scoring.IndicatorRounding, raw) : raw;
                }
            }

            list[g] = new Subtotal(group.Id, 3, points, sum);
        }

        pass.GroupOf = groupOf;
        pass.GroupScores = list;
    }

    private static int IndexOf(IReadOnlyList<LevelThreeIndicator> indicators, IndicatorCode code)
    {
        for (var i = 0; i < indicators.Count; i++)
        {
            if (indicators[i].Code == code)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"{code} is not in the tree.");
    }
}
