using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring;

public sealed partial class EvaluationScorer
{
    /// <summary>
    /// The framework's checks of its points: the tree's points and the block's add up to what the rule set requires,
    /// and output and benefit indicators carry the share of the points the weight check asks of the evaluation's type.
    /// </summary>
    private void CheckPoints(ref ScoringPass pass)
    {
        var tree = pass.Evaluation.Indicators;
        var treePoints = tree.TotalPoints;
        var available = treePoints + pass.BlockPoints;
        if (aggregation.RequiredTotalPoints is { } required && available != required)
        {
            pass.AddIssue(Messages.TotalPointsNotRequired.Cited(ProblemLocation.None, aggregation.Source, treePoints, pass.BlockPoints, available, required));
        }

        if (RuleSet.WeightCheck is { } weightCheck && Applies(weightCheckAppliesTo, pass.Evaluation.Type))
        {
            var outputBenefit = 0m;
            var groups = tree.Groups;
            for (var g = 0; g < groups.Count; g++)
            {
                var group = groups[g];
                // A jurisdiction's own heading counts as the built-in class its document says it stands for (CountsAs).
                var standing = group.Class.Standing;
                if (standing == IndicatorClass.Output || standing == IndicatorClass.Benefit)
                {
                    outputBenefit += group.Points;
                }
            }

            if (treePoints == 0m || outputBenefit / treePoints < weightCheck.MinimumOutputBenefitShare)
            {
                pass.AddIssue(Messages.OutputBenefitBelowShare.Cited(ProblemLocation.None, weightCheck.Source, outputBenefit, treePoints, weightCheck.MinimumOutputBenefitShare));
            }
        }
    }

    /// <summary>
    /// The rescaling: when the rule set drops items that do not apply (the block, or indicators under
    /// <see cref="NotApplicablePolicy.Rescale"/>), the points left are scaled up to the points available.
    /// </summary>
    private void Rescale(ref ScoringPass pass)
    {
        var droppedPoints = pass.BlockDropped ? pass.BlockPoints : 0m;
        var anyDropped = pass.BlockDropped;
        if (aggregation.NotApplicable == NotApplicablePolicy.Rescale)
        {
            var indicators = pass.Evaluation.Indicators.Indicators;
            var records = pass.Evaluation.Records;
            for (var i = 0; i < indicators.Count; i++)
            {
                if (records[i].State == RecordState.NotApplicable)
                {
                    droppedPoints += indicators[i].Points;
                    anyDropped = true;
                }
            }
        }

        pass.AnyDropped = anyDropped;
        if (anyDropped && droppedPoints > 0m)
        {
            var available = pass.Evaluation.Indicators.TotalPoints + pass.BlockPoints;
            var remaining = available - droppedPoints;
            if (remaining <= 0m)
            {
                pass.AddIssue(Messages.NothingLeftToScore.Cited(ProblemLocation.None, aggregation.Source));
            }
            else
            {
                pass.Scale = new Quotient(available, remaining);
                pass.Available = available;
                pass.Remaining = remaining;
                pass.Factor = available / remaining;
                pass.Rescaled = pass.Factor != 1m;
                if (pass.Rescaled)
                {
                    pass.Explain?.Rescaled(available, remaining, scoring.IndicatorRounding);
                }
            }
        }
    }
}
