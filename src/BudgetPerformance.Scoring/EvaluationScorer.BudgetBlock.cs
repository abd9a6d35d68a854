using BudgetPerformance.Evaluations;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring;

public sealed partial class EvaluationScorer
{
    private static readonly ProblemLocation BudgetLocation = ProblemLocation.OfElement("budgetExecution");
    private static readonly ProblemLocation RecordedBudgetLocation = ProblemLocation.OfElement("budgetExecution.recordedScore");
    private static readonly ProblemLocation OnSiteVisitLocation = ProblemLocation.OfElement("onSiteVisit");

    /// <summary>
    /// The first phase: what the evaluation's type must record under the rule set (a budget execution, an on-site visit);
    /// whether the budget-execution block applies to the type, with how many points, and what keeps it from being scored
    /// (no execution recorded, spending against a zero budget, a zero budget the rule set rejects), or whether it is
    /// dropped as not applicable (a zero budget with nothing spent, when the rule set says so); and a block score written
    /// on a form whose type carries no block under the rule set (a warning: the total is the indicator rows).
    /// </summary>
    private void CheckBudgetBlock(ref ScoringPass pass)
    {
        var evaluation = pass.Evaluation;
        var type = evaluation.Type;
        var execution = evaluation.BudgetExecution;
        var rules = RuleSet.BudgetExecution;
        var points = (uint)type < (uint)budgetPoints.Length ? budgetPoints[(int)type] : null;
        if (RuleSet.RecordRequirements is { } required)
        {
            // A type whose block applies reports a missing execution once, as the block's (below).
            if (execution is null && points is null && Applies(budgetRequired, type))
            {
                pass.AddIssue(Messages.BudgetExecutionRequired.Cited(BudgetLocation, required.Source, Localized.Of(type), RuleSet.ToString()));
            }

            if (evaluation.OnSiteVisit is null && Applies(visitRequired, type))
            {
                pass.AddIssue(Messages.OnSiteVisitRequired.Cited(OnSiteVisitLocation, required.Source, Localized.Of(type), RuleSet.ToString()));
            }
        }

        if (points is null)
        {
            if (execution?.RecordedScore is { } recorded)
            {
                pass.AddIssue(Messages.BudgetBlockNotInRules.Cited(RecordedBudgetLocation, rules?.Source, recorded, Localized.Of(type), RuleSet.ToString()));
            }

            return;
        }

        pass.BlockApplies = true;
        pass.BlockPoints = points.Value;
        if (execution is null)
        {
            pass.AddIssue(Messages.BudgetExecutionNotRecorded.Cited(BudgetLocation, rules!.Source, Localized.Of(type), RuleSet.ToString()));
        }
        else if (execution.AdjustedBudget == Money.Zero)
        {
            if (execution.Spent != Money.Zero)
            {
                pass.AddIssue(Messages.SpentAgainstZeroBudget.Cited(BudgetLocation, rules!.Source, execution.Spent));
            }
            else if (rules!.ZeroBudget == ZeroBudgetPolicy.Reject)
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
            pass.Budget = ScoreBudget(RuleSet.BudgetExecution!, pass.BlockPoints, pass.Evaluation.BudgetExecution, pass.BlockDropped, pass.Factor, pass.Explain);
        }
    }

    private BudgetScore ScoreBudget(BudgetExecutionRules rules, decimal blockPoints, BudgetExecution? execution, bool dropped, decimal factor, ExplanationBuilder? explain)
    {
        if (dropped)
        {
            explain?.BudgetDropped();
            return new BudgetScore(0m, null, null, null, ScoreFlags.NotApplicable);
        }

        var points = blockPoints * factor;
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
