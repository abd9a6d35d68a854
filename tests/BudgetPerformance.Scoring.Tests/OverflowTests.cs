using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Tests;

/// <summary>
/// Issue 17, item 8: "valid-looking extreme numbers crash". A document cannot hold them any more (the readers bound every
/// magnitude: docs/quality.md, "Limits"), but a caller can build them in C#. Before the fix each of these threw
/// <see cref="System.OverflowException"/> out of <c>Score</c>, aborted a whole <c>ScoreAll</c>, and made
/// <c>ScoreAllParallel</c> return nothing; now the evaluation alone is invalid, with <c>arithmetic-overflow</c> where it happened.
/// </summary>
public class OverflowTests
{
    private static readonly IndicatorCode X = new("x");

    // The largest decimal spent on a budget of 0.01: the execution rate is beyond decimal.
    private static Evaluation HugeSpending() => Example.Evaluation(budget: Example.Budget(adjusted: 0.01m, spent: decimal.MaxValue));

    // An actual of 10^28 against a target of 10^-28: 10 × 10^28 ÷ 10^-28 = 10^57 points before the cap.
    private static Evaluation HugeActual() =>
        Example.Single(Example.Q("x", "指标", Direction.AtLeast, 1e-28m, "个", 10m), IndicatorRecord.Measured(X, 1e28m));

    // A rule set that does not cap: 10^57 points is the score, and no decimal holds it.
    private static RuleSet Uncapped() => Rules.National(cap: false, requiredTotal: null);

    [Fact]
    public void HugeActualOnATinyTarget_UnderTheCap_IsItsPoints()
    {
        // Scores are exact fractions (Quotient, wide when a decimal would lose digits), so 10^57 is compared with the points
        // exactly and the cap gives 10: no overflow to report.
        var result = new EvaluationScorer(Rules.National(requiredTotal: null)).Score(HugeActual());

        Assert.Equal(ScoringOutcome.Complete, result.Outcome);
        Assert.Equal(10m, result.Indicators[0].Score);
        Assert.True((result.Indicators[0].Flags & ScoreFlags.Capped) != 0);
    }

    private static ProblemLocation Where(ScoringResult result) => Assert.Single(result.Problems, p => p.Code == ProblemCodes.ArithmeticOverflow).Location;

    [Fact]
    public void HugeActualOnATinyTarget_Uncapped_IsInvalidAtTheIndicator_NotAnException()
    {
        var result = new EvaluationScorer(Uncapped()).Score(HugeActual());

        Assert.Equal(ScoringOutcome.Invalid, result.Outcome);
        Assert.Equal("x", Where(result).IndicatorCode);
        var row = Assert.Single(result.Indicators);
        Assert.Null(row.Score);
        Assert.True((row.Flags & ScoreFlags.Invalid) != 0);
        Assert.Null(result.Total);
        Assert.Null(result.Grade);
        Assert.Single(result.LevelOne);
        Assert.Null(result.LevelOne[0].Score);
    }

    [Fact]
    public void LargestDecimalSpentOnABudgetOfOneFen_IsInvalidAtTheBudgetBlock_TheRowsKept()
    {
        var rules = Rules.National();
        var result = new EvaluationScorer(rules).Score(HugeSpending());

        Assert.Equal(ScoringOutcome.Invalid, result.Outcome);
        Assert.Equal("budgetExecution", Where(result).Element);
        Assert.Null(Where(result).IndicatorCode);

        // The rows were scored before the block, as with an ordinary budget; the block has no score.
        Assert.Equal(new EvaluationScorer(rules).Score(Example.Evaluation()).Indicators, result.Indicators);
        Assert.NotNull(result.Budget);
        Assert.Null(result.Budget!.Value.Score);
        Assert.True((result.Budget.Value.Flags & ScoreFlags.Invalid) != 0);
        Assert.Null(result.Total);
    }

    // 10^15 complaints counted in steps of 10^-20: 10^35 started steps, each 10^10 points.
    [Fact]
    public void HugePerStepDeductionOnATinyStep_IsInvalidAtTheIndicator()
    {
        var deduction = new PerStepDeductionStrategy("per-step", Rules.Deployed, DeductionSide.Above, 0m, 1e-20m, 1e10m, StepCounting.EveryStartedStep);
        var rules = Rules.National(requiredTotal: null);
        rules = rules.WithIndicatorScoring(new IndicatorScoringRules([.. Rules.Strategies(), deduction], Rules.Defaults(), true, null, true, NegativeActualPolicy.Reject, Rules.Two));
        var evaluation = Example.Single(Example.Q("x", "投诉次数", Direction.AtMost, 0m, "次", 10m, "per-step"), IndicatorRecord.Measured(X, 1e15m));

        var result = new EvaluationScorer(rules).Score(evaluation);

        Assert.Equal(ScoringOutcome.Invalid, result.Outcome);
        Assert.Equal("x", Where(result).IndicatorCode);
    }

    [Fact]
    public void Explain_AnOverflowingEvaluation_ExplainsEveryRowAndNamesTheProblem()
    {
        var explanation = new EvaluationScorer(Uncapped()).Explain(HugeActual());

        Assert.Equal(ScoringOutcome.Invalid, explanation.Result.Outcome);
        var row = Assert.Single(explanation.Indicators);
        Assert.Null(row.Score);
        Assert.Contains("decimal", Assert.Single(explanation.Result.Problems).MessageEn, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreAll_GoesOnAfterAnOverflowingEvaluation()
    {
        var scorer = new EvaluationScorer(Rules.National());
        var results = scorer.ScoreAll([Example.Evaluation(), HugeSpending(), Example.Evaluation()]).ToList();

        Assert.Equal([ScoringOutcome.Complete, ScoringOutcome.Invalid, ScoringOutcome.Complete], results.Select(r => r.Outcome));
        Assert.Equal(scorer.Score(Example.Evaluation()).Total, results[2].Total);
    }

    [Fact]
    public void ScoreAllParallel_ReturnsEveryResult_TheOverflowingOnesInvalid_AsOneByOne()
    {
        var scorer = new EvaluationScorer(Rules.National());
        var evaluations = Enumerable.Range(0, 300).Select(i => i % 7 == 3 ? HugeSpending() : Example.Evaluation()).ToList();

        var results = scorer.ScoreAllParallel(evaluations, 4);

        Assert.Equal(300, results.Count);
        for (var i = 0; i < results.Count; i++)
        {
            var one = scorer.Score(evaluations[i]);
            Assert.Equal(one.Outcome, results[i].Outcome);
            Assert.Equal(one.Total, results[i].Total);
            Assert.Equal(one.Problems.Select(p => p.Code), results[i].Problems.Select(p => p.Code));
        }

        Assert.Equal(43, results.Count(r => r.Outcome == ScoringOutcome.Invalid));
    }
}
