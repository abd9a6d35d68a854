using System.Collections.Generic;
using BudgetPerformance.Indicators;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring;

public sealed partial class EvaluationScorer
{
    /// <summary>
    /// The level-2 and level-1 subtotals: the sum of the members' scores (rounded or raw, by the total mode), a group
    /// counted once through its group score, and null where a member has none. In a weighted tree where nothing was
    /// dropped or rescaled, the points of a node are its own points (the tree's invariant: children add up to their
    /// parent); otherwise they are added up from the scores. A level-2 node the form does not print (a two-level score
    /// sheet) has no subtotal of its own: its level-1 node's is the one.
    /// </summary>
    private void Aggregate(ref ScoringPass pass)
    {
        var tree = pass.Evaluation.Indicators;
        var scores = pass.Scores;
        var groupOf = pass.GroupOf;
        var groupScores = pass.GroupScores;
        var sumOfRounded = aggregation.TotalMode == TotalMode.SumOfRounded;
        var ones = tree.Groups;
        var twoCount = 0;
        for (var a = 0; a < ones.Count; a++)
        {
            var children = ones[a].Children;
            for (var b = 0; b < children.Count; b++)
            {
                twoCount += children[b].IsPrinted ? 1 : 0;
            }
        }

        var ownPoints = !pass.AnyDropped && !pass.Rescaled && tree.Weighting == IndicatorWeighting.Weighted;
        var levelTwo = new Subtotal[twoCount];
        var levelOne = new Subtotal[ones.Count];
        var k = 0;
        var t2 = 0;
        for (var a = 0; a < ones.Count; a++)
        {
            var one = ones[a];
            var twos = one.Children;
            var onePoints = 0m;
            var oneSum = 0m;
            var oneMissing = false;
            for (var b = 0; b < twos.Count; b++)
            {
                var two = twos[b];
                var childCount = two.Children.Count;
                var twoPoints = 0m;
                var twoSum = 0m;
                var twoMissing = false;
                List<int>? countedGroups = null;
                for (var c = 0; c < childCount; c++, k++)
                {
                    ref readonly var s = ref scores[k];
                    var flags = s.Flags;
                    if ((flags & ScoreFlags.Grouped) != 0)
                    {
                        var g = groupOf![s.Code];
                        if (!ownPoints)
                        {
                            twoPoints += s.Points;
                        }

                        if ((countedGroups ??= []).Contains(g))
                        {
                            continue;
                        }

                        countedGroups.Add(g);
                        if (groupScores[g].Score is { } gs)
                        {
                            twoSum += gs;
                        }
                        else
                        {
                            twoMissing = true;
                        }

                        continue;
                    }

                    if ((flags & ScoreFlags.NotApplicable) != 0 && s.Score is null)
                    {
                        continue;
                    }

                    if (!ownPoints)
                    {
                        twoPoints += s.Points;
                    }

                    if ((sumOfRounded ? s.Score : s.Raw) is { } value)
                    {
                        twoSum += value;
                    }
                    else
                    {
                        twoMissing = true;
                    }
                }

                if (ownPoints)
                {
                    twoPoints = two.Points;
                }

                if (two.IsPrinted)
                {
                    levelTwo[t2++] = new Subtotal(two.Code.Value, 2, twoPoints, twoMissing ? null : twoSum);
                }

                onePoints += twoPoints;
                oneSum += twoSum;
                oneMissing |= twoMissing;
            }

            levelOne[a] = new Subtotal(one.Code.Value, 1, onePoints, oneMissing ? null : oneSum);
        }

        pass.LevelTwo = levelTwo;
        pass.LevelOne = levelOne;
    }
}
