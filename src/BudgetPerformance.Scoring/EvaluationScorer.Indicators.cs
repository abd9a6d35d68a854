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
        pass.Scores = scores;
        for (var i = 0; i < scores.Length; i++)
        {
            pass.Current = i;
            scores[i] = ScoreIndicator(indicators[i], records[i], i, ref pass);
        }

        pass.Current = scores.Length;
    }

    private IndicatorScore ScoreIndicator(LevelThreeIndicator indicator, IndicatorRecord record, int index, ref ScoringPass pass)
    {
        var w = indicator.Points;

        // The points scored against, as an exact fraction: w × available ÷ remaining when rescaled, so that the one division
        // of a score comes last (9 × 100 ÷ 90 is 10, where 9 × 1.111… is 9.999…).
        var points = pass.Rescaled ? pass.Scale.Times(w) : Quotient.Of(w);
        var effective = points.Value;
        var flags = pass.Rescaled ? ScoreFlags.Rescaled : ScoreFlags.None;

        // The formula is written out only for an explanation: each phase hands it the numbers, it writes the text.
        var formula = pass.Explain?.Sink(w, flags);
        ScoringStrategy? strategy = null;
        Quotient? raw = null;
        var assessed = false; // the assessor's own score, kept as given when no rescaling changes it

        switch (record.State)
        {
            case RecordState.NotApplicable:
                flags |= ScoreFlags.NotApplicable;
                if (aggregation.NotApplicable == NotApplicablePolicy.ScoreZero)
                {
                    flags |= ScoreFlags.ZeroByPolicy;
                    raw = Quotient.Zero;
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
                    raw = Quotient.Zero;
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
                    strategy = ResolveJudgement(indicator, ref pass);
                    var s = record.AssessorScore!.Value;
                    if (s > w)
                    {
                        pass.AddIssue(Messages.JudgedScoreOutsidePoints.Cited(ProblemLocation.OfIndicator(indicator.Code.Value), strategy?.Source, s, indicator.Code.Value, w));
                        flags |= ScoreFlags.Invalid;
                    }
                    else
                    {
                        raw = Assessed(indicator, s, strategy, ref pass);
                        assessed = true;
                        formula?.Judged(s, w);
                    }

                    break;
                }

            case RecordState.Achievement:
                flags |= ScoreFlags.Judgement;
                strategy = Resolve(indicator, ref pass);
                if (ScoreAchievement(indicator, record, strategy, ref flags, formula, ref pass))
                {
                    raw = Assessed(indicator, record.AssessorScore!.Value, strategy, ref pass);
                    assessed = true;
                }

                break;

            default:
                strategy = Resolve(indicator, ref pass);
                if (strategy is null)
                {
                    flags |= ScoreFlags.Invalid;
                    break;
                }

                raw = ScoreMeasured(indicator, record, strategy, points, index, ref flags, formula, ref pass);
                break;
        }

        if (raw is { } r && !assessed)
        {
            if (r.IsAbove(points) && IndicatorCalculator.HeldToPoints(scoring, strategy))
            {
                r = points;
                flags |= ScoreFlags.Capped;
            }

            if ((flags & ScoreFlags.OverCompletionDeducted) != 0)
            {
                r = r.Minus(points.Times(scoring.OverCompletion!.DeductShare));
                if (r.IsNegative)
                {
                    r = Quotient.Zero;
                }
            }

            raw = r;
        }

        var rounding = strategy?.Rounding ?? scoring.IndicatorRounding;
        decimal? score = null;
        if (raw is { } v)
        {
            // An assessor's score at the precision is shown at it (5.5 as 5.50); one finer than the precision is kept as given.
            score = v.TryGetDecimal(out var whole) ? Round(rounding, whole) : v.Round(rounding);
            if (assessed && !pass.Rescaled && v.TryGetDecimal(out var given) && score != given)
            {
                score = given;
            }
        }

        var rawValue = raw?.Value;
        pass.Explain?.Indicator(index, indicator, record, strategy, effective, rawValue, score, flags, assessed, formula!);
        return new IndicatorScore(indicator.Code, effective, strategy?.Id, rawValue, score, flags);
    }

    /// <summary>
    /// The score an assessor gave (a judgement, or a score in an achievement band), which is the evaluator's and is never
    /// rounded: one with more decimals than the precision of the strategy that checked it (or of the rule set) is kept and
    /// reported as a warning. Rescaled points rescale it, as a fraction, and that computed score is rounded.
    /// </summary>
    private Quotient Assessed(LevelThreeIndicator indicator, decimal s, ScoringStrategy? strategy, ref ScoringPass pass)
    {
        var rounding = strategy?.Rounding ?? scoring.IndicatorRounding;
        if (decimal.Round(s, rounding.Decimals) != s)
        {
            pass.AddIssue(Messages.AssessorScoreFinerThanPrecision.Cited(ProblemLocation.OfIndicator(indicator.Code.Value), strategy?.Source, s, indicator.Code.Value, rounding.Decimals));
        }

        return pass.Rescaled ? pass.Scale.Times(s) : Quotient.Of(s);
    }

    /// <summary>
    /// The strategy that checks an assessor's judgement: the one the indicator names when it is a judgement strategy, else the
    /// rule set's first judgement strategy; none when the rule set has none (the score is then checked against [0, w] and the
    /// rule set's precision). An indicator naming an id the rule set does not have is reported, as for any other record.
    /// </summary>
    private ScoringStrategy? ResolveJudgement(LevelThreeIndicator indicator, ref ScoringPass pass)
    {
        if (indicator.ScoringRule is not null && Resolve(indicator, ref pass) is JudgementStrategy named)
        {
            return named;
        }

        var strategies = scoring.Strategies;
        for (var i = 0; i < strategies.Count; i++)
        {
            if (strategies[i] is JudgementStrategy judgement)
            {
                return judgement;
            }
        }

        return null;
    }

    /// <summary>Whether an assessor's score of a qualitative indicator is valid: it lies in the band of the achievement level.</summary>
    private static bool ScoreAchievement(
        LevelThreeIndicator indicator, IndicatorRecord record, ScoringStrategy? strategy, ref ScoreFlags flags, FormulaSink? formula, ref ScoringPass pass)
    {
        var s = record.AssessorScore!.Value;
        if (strategy is null)
        {
            flags |= ScoreFlags.Invalid;
            return false;
        }

        var at = indicator.Code.Value;
        if (strategy is not QualitativeBandsStrategy bands)
        {
            pass.AddIssue(Messages.StrategyCannotScoreLevel.Cited(ProblemLocation.OfIndicator(at), strategy.Source, strategy.Id, Localized.Of(strategy.Kind)));
            flags |= ScoreFlags.Invalid;
            return false;
        }

        var level = record.Achievement!.Value;
        var w = indicator.Points;
        if (!bands.InBand(level, w, s))
        {
            pass.AddIssue(Messages.AssessorScoreOutOfBand.Cited(ProblemLocation.OfIndicator(at), bands.Source, s, at, FormulaSink.BandInterval(bands, level, w), Localized.Of(level)));
            flags |= ScoreFlags.Invalid;
            return false;
        }

        formula?.InBand(bands, level, w, s);
        return true;
    }

    /// <summary>A measured indicator under its strategy: the actual against the target, before the cap.</summary>
    private Quotient? ScoreMeasured(
        LevelThreeIndicator indicator, IndicatorRecord record, ScoringStrategy strategy, Quotient points, int index, ref ScoreFlags flags, FormulaSink? formula, ref ScoringPass pass)
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

        var raw = IndicatorCalculator.Measured(strategy, indicator.Direction, t, points, a, scoring, ref flags, out var problem, formula);
        if (raw is null)
        {
            pass.AddIssue((problem == ProblemCodes.UnusableTarget ? Messages.TargetUnusable : Messages.StrategyCannotUseTarget).Cited(ProblemLocation.OfIndicator(at), strategy.Source, strategy.Id, t, at));
            flags |= ScoreFlags.Invalid;
            return null;
        }

        // a ÷ t − 1 > the threshold, compared as a − t > threshold × t (t > 0).
        if (scoring.OverCompletion is { } over && indicator.Direction is Direction.AtLeast or Direction.GreaterThan && t > 0m && a - t > over.FlagAbove * t)
        {
            flags |= ScoreFlags.OverCompletion;
            if (over.DeductShare > 0m)
            {
                flags |= ScoreFlags.OverCompletionDeducted;
            }

            ReportOverCompletion(indicator, a, t, over, ref pass);
        }

        return CheckDataQuality(indicator, record, t, points, raw.Value, ref flags, ref pass);
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
