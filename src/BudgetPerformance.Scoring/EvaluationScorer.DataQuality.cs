using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring;

public sealed partial class EvaluationScorer
{
    /// <summary>
    /// The data-quality flags of a measured indicator the strategy scored (<paramref name="raw"/>, before the cap): a target of
    /// 0 on a positive indicator, an actual of 0 (as recorded, not as clamped) on a reverse one. Each is flagged and reported,
    /// never silent; the rule set's <see cref="DataQualityRules"/> says whether the score is kept (a warning), is 0 (a warning),
    /// or is withheld (an error: null).
    /// </summary>
    private Quotient? CheckDataQuality(LevelThreeIndicator indicator, IndicatorRecord record, decimal t, Quotient points, Quotient raw, ref ScoreFlags flags, ref ScoringPass pass)
    {
        var quality = scoring.DataQuality;
        var at = indicator.Code.Value;
        var actual = record.Actual!.Value;
        DataQualityPolicy policy;
        if (t == 0m && indicator.Direction is Direction.AtLeast or Direction.GreaterThan)
        {
            flags |= ScoreFlags.ZeroTarget;
            policy = quality.ZeroTarget;
            pass.AddIssue(policy == DataQualityPolicy.Reject
                ? Messages.TargetZeroRejected.Cited(ProblemLocation.OfIndicator(at), quality.Source, at, actual)
                : Messages.TargetZero.Cited(ProblemLocation.OfIndicator(at), quality.Source, at, actual, Outcome(policy, raw, points)));
        }
        else if (actual == 0m && indicator.Direction is Direction.AtMost or Direction.LessThan)
        {
            flags |= ScoreFlags.ZeroActual;
            policy = quality.ZeroReverseActual;
            pass.AddIssue(policy == DataQualityPolicy.Reject
                ? Messages.ActualZeroRejected.Cited(ProblemLocation.OfIndicator(at), quality.Source, at, t)
                : Messages.ActualZero.Cited(ProblemLocation.OfIndicator(at), quality.Source, at, t, Outcome(policy, raw, points)));
        }
        else
        {
            return raw;
        }

        switch (policy)
        {
            case DataQualityPolicy.Reject:
                flags |= ScoreFlags.Invalid;
                return null;
            case DataQualityPolicy.ScoreZero:
                flags |= ScoreFlags.ZeroByPolicy;
                return Quotient.Zero;
            default:
                return raw;
        }
    }

    /// <summary>What the flagged indicator scores, for the warning: full points, the strategy's score, or 0.</summary>
    private static Localized Outcome(DataQualityPolicy policy, Quotient raw, Quotient points) =>
        policy == DataQualityPolicy.ScoreZero ? new Localized("按规则集计 0 分", "the rule set scores it 0")
        : raw.IsAbove(points) || points.IsAbove(raw) ? new Localized("按计分方法计分，规则集保留该得分", "the rule set keeps the strategy's score")
        : new Localized("按规则集得满分", "the rule set gives full points");

    /// <summary>The over-completion flag as a warning: the actual, the target, the threshold and whether points are deducted.</summary>
    private static void ReportOverCompletion(LevelThreeIndicator indicator, decimal a, decimal t, OverCompletionRule over, ref ScoringPass pass)
    {
        var threshold = Percent(over.FlagAbove);
        var deducted = over.DeductShare > 0m
            ? new Localized($"按规则扣除分值的 {Percent(over.DeductShare)}", $"{Percent(over.DeductShare)} of the points are deducted")
            : new Localized("仅提示，不扣分", "flagged only, no points deducted");
        var at = indicator.Code.Value;
        pass.AddIssue(Messages.OverCompleted.Cited(ProblemLocation.OfIndicator(at), over.Source, at, FormulaSink.N(a), FormulaSink.N(t), threshold, deducted));
    }

    private static string Percent(decimal share) => FormulaSink.N(share * 100m) + "%";
}
