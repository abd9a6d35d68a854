using BudgetPerformance.Evaluations;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring;

public sealed partial class EvaluationScorer
{
    private static readonly ProblemLocation BudgetLocation = ProblemLocation.OfElement("budgetExecution");

    /// <summary>
    /// The first phase: whether the budget-execution block applies to the evaluation, and what keeps it from being
    /// scored (no execution recorded, spending against a zero budget, a zero budget the rule set rejects), or whether
    /// it is dropped as not applicable (a zero budget with nothing spent, when the rule set says so).
    /// </summary>
    private void CheckBudgetBlock(ref ScoringPass pass)
    {
        var rules = RuleSet.BudgetExecution;
        if (rules is null || !Applies(budgetAppliesTo, pass.Evaluation.Type))
        {
            return;
        }

        pass.BlockApplies = true;
        pass.BlockPoints = rules.Points;
        var execution = pass.Evaluation.BudgetExecution;
        if (execution is null)
        {
            pass.AddIssue(Messages.BudgetExecutionNotRecorded.Cited(BudgetLocation, rules.Source, Localized.Of(pass.Evaluation.Type), RuleSet.ToString()));
        }
        else if (execution.AdjustedBudget == Money.Zero)
        {
            if (execution.Spent != Money.Zero)
            {
                pass.AddIssue(Messages.SpentAgainstZeroBudget.Cited(BudgetLocation, rules.Source, execution.Spent));
            }
            else if (rules.ZeroBudget == ZeroBudgetPolicy.Reject)
            {
                pass.AddIssue(Messages.ZeroBudgetRejected.Cited(BudgetLocation, rules.Source));
            }
            else
            {
                pass.BlockDropped = true;
            }
        }
    }

    /// <summary>The block's score, after the indicators (its points are rescaled with theirs); none when it does not apply.</summary>
    private void ScoreBudgetBlock(ref ScoringPass pass)
    {
        if (pass.BlockApplies)
        {
            pass.Budget = ScoreBudget(RuleSet.BudgetExecution!, pass.Evaluation.BudgetExecution, pass.BlockDropped, pass.Factor, pass.Explain);
        }
    }

    private BudgetScore ScoreBudget(BudgetExecutionRules rules, BudgetExecution? execution, bool dropped, decimal factor, ExplanationBuilder? explain)
    {
        if (dropped)
        {
            explain?.BudgetDropped();
            return new BudgetScore(0m, null, null, null, ScoreFlags.NotApplicable);
        }

        var points = rules.Points * factor;
        var flags = factor == 1m ? ScoreFlags.None : ScoreFlags.Rescaled;
        if (execution is null || execution.AdjustedBudget == Money.Zero)
        {
            return new BudgetScore(points, null, null, null, flags | ScoreFlags.Invalid);
        }

        var rate = execution.Spent.Yuan / execution.AdjustedBudget.Yuan;
        if (rules.RatePercentRounding is { } percentRounding)
        {
            rate = percentRounding.Apply(rate * 100m) / 100m;
        }

        var used = rate;
        if (rate > 1m)
        {
            used = 1m;
            flags |= ScoreFlags.Capped;
        }

        var raw = used * points;
        var score = Round(scoring.IndicatorRounding, raw);
        explain?.Budget(execution, rate, rules.Points, points, score);
        return new BudgetScore(points, Ratio.FromFraction(rate), raw, score, flags);
    }
}
