using BudgetPerformance.Problems;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring;

public sealed partial class EvaluationScorer
{
    /// <summary>The phases of a pass, for the location of an overflow.</summary>
    private enum ScoringPhase : byte
    {
        /// <summary>Checking the budget-execution block.</summary>
        BudgetCheck,

        /// <summary>Checking the points and rescaling them.</summary>
        Points,

        /// <summary>Scoring the level-3 indicators (<see cref="ScoringPass.Current"/> says which).</summary>
        Indicators,

        /// <summary>Scoring the score groups.</summary>
        Groups,

        /// <summary>Adding up the level-2 and level-1 subtotals.</summary>
        Aggregation,

        /// <summary>Scoring the budget-execution block.</summary>
        BudgetBlock,

        /// <summary>The total and the grade.</summary>
        Total,
    }

    /// <summary>
    /// The result of a pass whose arithmetic left the range of <see cref="decimal"/>: invalid, with the problem
    /// <c>arithmetic-overflow</c> where it happened (the indicator being scored, the budget block, or the evaluation), the
    /// rows scored before it kept, and every row, subtotal and block not scored given no score, so that the result has the
    /// shape of every other (a row per indicator, a subtotal per node).
    /// </summary>
    private ScoringResult Overflowed(ref ScoringPass pass)
    {
        var evaluation = pass.Evaluation;
        var indicators = evaluation.Indicators.Indicators;
        var records = evaluation.Records;
        var phase = pass.Phase;
        var location = phase switch
        {
            ScoringPhase.Indicators when pass.Current < indicators.Count => ProblemLocation.OfIndicator(indicators[pass.Current].Code.Value),
            ScoringPhase.BudgetCheck or ScoringPhase.BudgetBlock => BudgetLocation,
            _ => ProblemLocation.None,
        };
        var (zh, en) = phase switch
        {
            ScoringPhase.BudgetCheck or ScoringPhase.BudgetBlock => ("预算执行", "the budget block"),
            ScoringPhase.Points => ("分值的合计与折算", "the points' sums and rescaling"),
            ScoringPhase.Indicators => ("指标计分", "the indicator's score"),
            ScoringPhase.Groups => ("合并计分组", "the score groups"),
            ScoringPhase.Aggregation => ("各级指标小计", "the subtotals"),
            _ => ("总分", "the total"),
        };
        pass.AddIssue(Messages.ArithmeticOverflow.At(location, new Localized(zh, en)));

        // The rows not scored: the one that overflowed and those after it.
        var scores = pass.Scores;
        var done = phase > ScoringPhase.Indicators ? indicators.Count : phase == ScoringPhase.Indicators ? pass.Current : 0;
        if (scores.Length != indicators.Count)
        {
            scores = new IndicatorScore[indicators.Count];
            pass.Scores = scores;
        }

        for (var i = done; i < scores.Length; i++)
        {
            var indicator = indicators[i];
            scores[i] = new IndicatorScore(indicator.Code, indicator.Points, null, null, null, ScoreFlags.Invalid);
            pass.Explain?.Indicator(i, indicator, records[i], null, indicator.Points, null, null, ScoreFlags.Invalid, false, new FormulaSink());
        }

        if (phase <= ScoringPhase.Groups)
        {
            var groups = evaluation.Groups;
            var none = new Subtotal[groups.Count];
            for (var g = 0; g < none.Length; g++)
            {
                none[g] = new Subtotal(groups[g].Id, 3, 0m, null);
            }

            pass.GroupScores = none;
        }

        if (phase <= ScoringPhase.Aggregation)
        {
            NoSubtotals(ref pass);
        }

        if (pass.BlockApplies && pass.Budget is null && RuleSet.BudgetExecution is { } block)
        {
            pass.Budget = new BudgetScore(block.Points, null, null, null, ScoreFlags.Invalid);
        }

        return Conclude(ref pass);
    }

    /// <summary>A subtotal per level-2 and level-1 node with its own points and no score.</summary>
    private static void NoSubtotals(ref ScoringPass pass)
    {
        var ones = pass.Evaluation.Indicators.Groups;
        var twoCount = 0;
        for (var a = 0; a < ones.Count; a++)
        {
            twoCount += ones[a].Children.Count;
        }

        var levelTwo = new Subtotal[twoCount];
        var levelOne = new Subtotal[ones.Count];
        var k = 0;
        for (var a = 0; a < ones.Count; a++)
        {
            var one = ones[a];
            for (var b = 0; b < one.Children.Count; b++)
            {
                var two = one.Children[b];
                levelTwo[k++] = new Subtotal(two.Code.Value, 2, two.Points, null);
            }

            levelOne[a] = new Subtotal(one.Code.Value, 1, one.Points, null);
        }

        pass.LevelTwo = levelTwo;
        pass.LevelOne = levelOne;
    }
}
