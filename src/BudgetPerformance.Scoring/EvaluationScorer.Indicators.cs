using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring;

public sealed partial class EvaluationScorer
{
    /// <summary>The level-3 indicators, in tree order, each by its record's state.</summary>
    private void ScoreIndicators(ref ScoringPass pass)
    {
        var indicators = pass.Evaluation.Indicators.Indicators;
        var records = pass.Evaluation.Records;
        var scores = new IndicatorScore[indicators.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = ScoreIndicator(indicators[i], records[i], i, ref pass);
        }

        pass.Scores = scores;
    }

    private IndicatorScore ScoreIndicator(LevelThreeIndicator indicator, IndicatorRecord record, int index, ref ScoringPass pass)
    {
        var w = indicator.Points;
        var factor = pass.Factor;
        var effective = pass.Rescaled ? w * factor : w;
        var flags = pass.Rescaled ? ScoreFlags.Rescaled : ScoreFlags.None;

        // The formula is written out only for an explanation: each phase hands it the numbers, it writes the text.
        var formula = pass.Explain is null ? null : new FormulaSink();
        ScoringStrategy? strategy = null;
        decimal? raw = null;

        switch (record.State)
        {
            case RecordState.NotApplicable:
                flags |= ScoreFlags.NotApplicable;
                if (aggregation.NotApplicable == NotApplicablePolicy.ScoreZero)
                {
                    flags |= ScoreFlags.ZeroByPolicy;
                    raw = 0m;
                    formula?.NotApplicable(record.Reason, scoredZero: true);
                }
                else
                {
                    flags &= ~ScoreFlags.Rescaled;
                    effective = 0m;
                    formula?.NotApplicable(record.Reason, scoredZero: false);
                }

                break;

            case RecordState.NoData:
            case RecordState.NotYetDue:
                flags |= record.State == RecordState.NoData ? ScoreFlags.NoData : ScoreFlags.NotYetDue;
                if (aggregation.MissingData == MissingDataPolicy.ScoreZero)
                {
                    flags |= ScoreFlags.ZeroByPolicy;
                    raw = 0m;
                    formula?.Missing(scoredZero: true);
                }
                else
                {
                    pass.Missing = true;
                    formula?.Missing(scoredZero: false);
                }

                break;

            case RecordState.Grouped:
                flags |= ScoreFlags.Grouped;
                formula?.Grouped();
                break;

            case RecordState.Judgement:
                {
                    flags |= ScoreFlags.Judgement;
                    var s = record.AssessorScore!.Value;
                    if (s > w)
                    {
                        pass.AddIssue(Messages.JudgedScoreOutsidePoints.OfIndicator(indicator.Code.Value, s, indicator.Code.Value, w));
                        flags |= ScoreFlags.Invalid;
                    }
                    else
                    {
                        raw = s * factor;
                        formula?.Judged(s, w);
                    }

                    break;
                }

            case RecordState.Achievement:
                flags |= ScoreFlags.Judgement;
                strategy = Resolve(indicator, ref pass);
                raw = ScoreAchievement(indicator, record, strategy, factor, ref flags, formula, ref pass);
                break;

            default:
                strategy = Resolve(indicator, ref pass);
                if (strategy is null)
                {
                    flags |= ScoreFlags.Invalid;
                    break;
                }

                raw = ScoreMeasured(indicator, record, strategy, effective, index, ref flags, formula, ref pass);
                break;
        }

        if (raw is { } r && (flags & ScoreFlags.Judgement) == 0)
        {
            if (scoring.CapAtPoints && r > effective)
            {
                r = effective;
                flags |= ScoreFlags.Capped;
            }

            if ((flags & ScoreFlags.OverCompletionDeducted) != 0)
            {
                r -= effective * scoring.OverCompletion!.DeductShare;
                if (r < 0m)
                {
                    r = 0m;
                }
            }

            raw = r;
        }

        var rounding = strategy?.Rounding ?? scoring.IndicatorRounding;
        decimal? score = raw is { } v ? Round(rounding, v) : null;
        pass.Explain?.Indicator(index, indicator, record, strategy, effective, raw, score, flags, formula!);
        return new IndicatorScore(indicator.Code, effective, strategy?.Id, raw, score, flags);
    }

    /// <summary>An assessor's score of a qualitative indicator, valid when it lies in the band of the achievement level.</summary>
    private static decimal? ScoreAchievement(
        LevelThreeIndicator indicator, IndicatorRecord record, ScoringStrategy? strategy, decimal factor, ref ScoreFlags flags, FormulaSink? formula, ref ScoringPass pass)
    {
        var s = record.AssessorScore!.Value;
        if (strategy is null)
        {
            flags |= ScoreFlags.Invalid;
            return null;
        }

        var at = indicator.Code.Value;
        if (strategy is not QualitativeBandsStrategy bands)
        {
            pass.AddIssue(Messages.StrategyCannotScoreLevel.Cited(ProblemLocation.OfIndicator(at), strategy.Source, strategy.Id, Localized.Of(strategy.Kind)));
            flags |= ScoreFlags.Invalid;
            return null;
        }

        var level = record.Achievement!.Value;
        var w = indicator.Points;
        if (!bands.InBand(level, w, s))
        {
            pass.AddIssue(Messages.AssessorScoreOutOfBand.Cited(ProblemLocation.OfIndicator(at), bands.Source, s, at, FormulaSink.BandInterval(bands, level, w), Localized.Of(level)));
            flags |= ScoreFlags.Invalid;
            return null;
        }

        formula?.InBand(bands, level, w, s);
        return s * factor;
    }

    /// <summary>A measured indicator under its strategy: the actual against the target, before the cap.</summary>
    private decimal? ScoreMeasured(
        LevelThreeIndicator indicator, IndicatorRecord record, ScoringStrategy strategy, decimal effective, int index, ref ScoreFlags flags, FormulaSink? formula, ref ScoringPass pass)
    {
        var at = indicator.Code.Value;
        if (strategy.Kind is StrategyKind.Judgement or StrategyKind.QualitativeBands || !strategy.Accepts(indicator.Direction))
        {
            pass.AddIssue(Messages.StrategyCannotScoreDirection.Cited(ProblemLocation.OfIndicator(at), strategy.Source, strategy.Id, Localized.Of(strategy.Kind), DirectionSymbols.Of(indicator.Direction)));
            flags |= ScoreFlags.Invalid;
            return null;
        }

        var a = record.Actual!.Value;
        var t = indicator.Target!.Value;
        if (a < 0m && IndicatorCalculator.NeedsNonNegativeActual(strategy, t))
        {
            if (scoring.NegativeActuals == NegativeActualPolicy.Reject)
            {
                pass.AddIssue(Messages.ActualNegative.Cited(ProblemLocation.OfIndicator(at), strategy.Source, a, at));
                flags |= ScoreFlags.Invalid;
                return null;
            }

            pass.Explain?.Clamped(index, a);
            flags |= ScoreFlags.Clamped;
            a = 0m;
        }

        var raw = IndicatorCalculator.Measured(strategy, indicator.Direction, t, effective, a, scoring, ref flags, out var problem, formula);
        if (raw is null)
        {
            pass.AddIssue((problem == ProblemCodes.UnusableTarget ? Messages.TargetUnusable : Messages.StrategyCannotUseTarget).Cited(ProblemLocation.OfIndicator(at), strategy.Source, strategy.Id, t, at));
            flags |= ScoreFlags.Invalid;
            return null;
        }

        if (scoring.OverCompletion is { } over && indicator.Direction is Direction.AtLeast or Direction.GreaterThan && t > 0m && (a / t) - 1m > over.FlagAbove)
        {
            flags |= ScoreFlags.OverCompletion;
            if (over.DeductShare > 0m)
            {
                flags |= ScoreFlags.OverCompletionDeducted;
            }
        }

        return raw;
    }

    private ScoringStrategy? Resolve(LevelThreeIndicator indicator, ref ScoringPass pass)
    {
        if (indicator.ScoringRule is not { } rule)
        {
            var direction = (int)indicator.Direction;
            return (uint)direction < (uint)defaultByDirection.Length && defaultByDirection[direction] is { } byDirection
                ? byDirection
                : scoring.DefaultFor(indicator.Direction);
        }

        if (strategiesById.TryGetValue(rule, out var strategy))
        {
            return strategy;
        }

        pass.AddIssue(Messages.ScoringRuleUnknown.OfIndicator(indicator.Code.Value, indicator.Code, indicator.ScoringRule, RuleSet.ToString()));
        return null;
    }
}
