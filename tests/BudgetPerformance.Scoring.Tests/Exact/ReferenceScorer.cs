using System.Linq;
using System.Numerics;
using BudgetPerformance.Grades;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring.Tests.Exact;

/// <summary>
/// A small exact reference for the score of one measured indicator, written from the rules (../shared/design/RULES.md §2.2 and
/// docs/rules/indicator-scoring.md), not from the library's code: every value is a <see cref="Rational"/>, so there is no
/// division order to get wrong. w is the indicator's points as scored against (rescaled: w × available ÷ remaining), t the
/// target, a the actual.
/// </summary>
public static class ReferenceScorer
{
    /// <summary>The score before rounding (after the cap), or null where the rules say the target cannot be used.</summary>
    public static Rational? Raw(ScoringStrategy strategy, Rational t, Rational a, Rational w, bool capAtPoints)
    {
        var raw = Formula(strategy, t, a, w);
        if (raw is not { } r)
        {
            return null;
        }

        // Over-completion earns a bonus only where the rule set does not cap, and only for positive (proportional) scoring:
        // an equality indicator never earns more than its points (issue 17 item 1), and no other strategy can exceed w.
        var held = capAtPoints || strategy is not ProportionalStrategy;
        return held ? Rational.Min(r, w) : r;
    }

    /// <summary>The rounded score: <see cref="Raw"/> rounded by the strategy's rounding, else the rule set's.</summary>
    public static Rational? Score(ScoringStrategy strategy, Rational t, Rational a, Rational w, bool capAtPoints, Rounding ruleSetRounding)
    {
        var rounding = strategy.Rounding ?? ruleSetRounding;
        return Raw(strategy, t, a, w, capAtPoints)?.Round(rounding.Decimals, rounding.Mode);
    }

    private static Rational? Formula(ScoringStrategy strategy, Rational t, Rational a, Rational w)
    {
        var zero = Rational.Zero;
        switch (strategy)
        {
            case ProportionalStrategy:
                // a ≥ t → w; else w × a ÷ t (t ≤ 0: a ≥ t → w, else 0). Without the cap, w × a ÷ t above the target too.
                if (t.Sign <= 0)
                {
                    return a >= t ? w : zero;
                }

                return w * a / t;

            case ReverseLinearStrategy linear:
                {
                    // a ≤ t → w; then w × (1 − (a − t) ÷ ((m − 1)·|t|)), 0 at m·t and beyond; t = 0: a ≤ 0 → w, else 0.
                    if (a <= t)
                    {
                        return w;
                    }

                    if (t.Sign == 0)
                    {
                        return zero;
                    }

                    var m = Rational.Of(linear.ZeroAtMultiple);
                    var share = Rational.One - ((a - t) / ((m - Rational.One) * Rational.Abs(t)));
                    return Rational.Max(zero, w * share);
                }

            case ReverseRatioStrategy:
                // a ≤ t → w; else w × t ÷ a (a target of 0 or less exceeded: 0).
                if (a <= t)
                {
                    return w;
                }

                return t.Sign <= 0 ? zero : w * t / a;

            case EqualityStrategy equality:
                {
                    // a = t → w; t = 0: a ≤ 0 → w, else 0; below: w × a ÷ t; above by the overshoot.
                    if (t.Sign == 0)
                    {
                        return a.Sign <= 0 ? w : zero;
                    }

                    if (a == t)
                    {
                        return w;
                    }

                    if (t.Sign < 0)
                    {
                        return zero;
                    }

                    return equality.Overshoot switch
                    {
                        EqualityOvershoot.SymmetricDeviation => Rational.Max(zero, w * (Rational.One - (Rational.Abs(a - t) / t))),
                        EqualityOvershoot.InverseRatio when a > t => w * t / a,
                        _ => w * a / t,
                    };
                }

            case StepThresholdsStrategy steps:
                {
                    // c = a ÷ t; the highest step with c ≥ its minimum earns its share of w; below all, 0. Needs t > 0.
                    if (t.Sign <= 0)
                    {
                        return null;
                    }

                    var c = a / t;
                    foreach (var step in steps.Steps.OrderByDescending(s => s.MinimumCompletion))
                    {
                        if (c >= Rational.Of(step.MinimumCompletion))
                        {
                            return w * Rational.Of(step.ShareOfPoints);
                        }
                    }

                    return zero;
                }

            case DeviationBandsStrategy bands:
                {
                    // d = |a − t| ÷ |t|; the narrowest band holding d (d ≤ its maximum, or < when edges are exclusive) earns its share.
                    if (t.Sign == 0)
                    {
                        return null;
                    }

                    var d = Rational.Abs(a - t) / Rational.Abs(t);
                    foreach (var band in bands.Bands.OrderBy(b => b.MaximumDeviation))
                    {
                        var edge = Rational.Of(band.MaximumDeviation);
                        if (bands.UpperEdgesInclusive ? d <= edge : d < edge)
                        {
                            return w * Rational.Of(band.ShareOfPoints);
                        }
                    }

                    return zero;
                }

            case PerStepDeductionStrategy deduction:
                {
                    // w − steps × points per step, never below 0; the gap beyond the threshold (the target when none is given) in steps,
                    // counted as every started step (ceiling), whole steps only (floor) or in proportion.
                    var threshold = deduction.Threshold is { } th ? Rational.Of(th) : t;
                    var gap = deduction.Side == DeductionSide.Below ? threshold - a : a - threshold;
                    if (gap.Sign <= 0)
                    {
                        return w;
                    }

                    var exact = gap / Rational.Of(deduction.StepSize);
                    var stepsCounted = deduction.Counting switch
                    {
                        StepCounting.EveryStartedStep => new Rational(exact.Ceiling(), BigInteger.One),
                        StepCounting.WholeStepsOnly => new Rational(exact.Floor(), BigInteger.One),
                        _ => exact,
                    };
                    return Rational.Max(zero, w - (stepsCounted * Rational.Of(deduction.PointsPerStep)));
                }

            default:
                return null;
        }
    }
}
