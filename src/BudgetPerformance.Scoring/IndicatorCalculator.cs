using System;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring;

/// <summary>
/// The computation of a measured indicator under a strategy. Allocation-free unless a formula sink is given (index
/// loops over the steps and bands: a foreach over an <c>IReadOnlyList</c> would allocate an enumerator per indicator).
/// Returns null and sets the issue code when the input cannot be scored. The formula goes to the sink as numbers only;
/// the sink writes its text (FormulaSink.Strategies.cs), so none is written here.
/// </summary>
internal static class IndicatorCalculator
{
    internal static decimal? Measured(
        ScoringStrategy strategy, Direction direction, decimal t, decimal w, decimal a, IndicatorScoringRules rules,
        ref ScoreFlags flags, out string? issue, FormulaSink? f)
    {
        issue = null;
        switch (strategy)
        {
            case ProportionalStrategy:
                {
                    if (direction == Direction.GreaterThan && a == t)
                    {
                        return Strict(w, a, t, direction, rules, ref flags, f);
                    }

                    decimal raw = t > 0m ? w * a / t : (a >= t ? w : 0m);
                    f?.Proportional(a, t, w);
                    return raw;
                }

            case ReverseLinearStrategy linear:
                {
                    if (direction == Direction.LessThan && a == t)
                    {
                        return Strict(w, a, t, direction, rules, ref flags, f);
                    }

                    if (a <= t)
                    {
                        f?.AtMostTarget(a, t, w);
                        return w;
                    }

                    if (t == 0m)
                    {
                        f?.ReverseLinearZeroTarget(a);
                        return 0m;
                    }

                    var span = (linear.ZeroAtMultiple - 1m) * Math.Abs(t);
                    var raw = w * (1m - ((a - t) / span));
                    f?.ReverseLinear(a, t, w, linear.ZeroAtMultiple);

                    return raw < 0m ? 0m : raw;
                }

            case ReverseRatioStrategy:
                {
                    if (direction == Direction.LessThan && a == t)
                    {
                        return Strict(w, a, t, direction, rules, ref flags, f);
                    }

                    if (a <= t)
                    {
                        f?.AtMostTarget(a, t, w);
                        return w;
                    }

                    if (t <= 0m)
                    {
                        f?.ReverseRatioNonPositiveTarget(a, t);
                        return 0m;
                    }

                    f?.TargetOverActual(a, t, w);
                    return w * t / a;
                }

            case EqualityStrategy equality:
                {
                    if (t == 0m)
                    {
                        var ok = a <= 0m;
                        f?.EqualityZeroTarget(a, ok);
                        return ok ? w : 0m;
                    }

                    if (a == t)
                    {
                        f?.EqualsTarget(a, t, w);
                        return w;
                    }

                    if (t < 0m)
                    {
                        f?.EqualityNegativeTarget(a, t);
                        return 0m;
                    }

                    if (a > t && equality.Overshoot == EqualityOvershoot.InverseRatio)
                    {
                        f?.TargetOverActual(a, t, w);
                        return w * t / a;
                    }

                    f?.ActualOverTarget(a, t, w);
                    return w * a / t;
                }

            case StepThresholdsStrategy steps:
                {
                    if (t <= 0m)
                    {
                        issue = ProblemCodes.UnusableTarget;
                        return null;
                    }

                    var completion = a / t;
                    var list = steps.Steps;
                    for (var i = 0; i < list.Count; i++)
                    {
                        var step = list[i];
                        if (completion >= step.MinimumCompletion)
                        {
                            f?.AtStep(a, t, w, completion, step);
                            return w * step.ShareOfPoints;
                        }
                    }

                    f?.BelowSteps(completion, steps);
                    return 0m;
                }

            case DeviationBandsStrategy bands:
                {
                    if (t == 0m)
                    {
                        issue = ProblemCodes.UnusableTarget;
                        return null;
                    }

                    var deviation = Math.Abs(a - t) / Math.Abs(t);
                    var list = bands.Bands;
                    for (var i = 0; i < list.Count; i++)
                    {
                        var band = list[i];
                        if (bands.UpperEdgesInclusive ? deviation <= band.MaximumDeviation : deviation < band.MaximumDeviation)
                        {
                            f?.InDeviationBand(a, t, w, deviation, band, bands.UpperEdgesInclusive);
                            return w * band.ShareOfPoints;
                        }
                    }

                    f?.BeyondBands(deviation);
                    return 0m;
                }

            case PerStepDeductionStrategy deduction:
                {
                    var threshold = deduction.Threshold ?? t;
                    var gap = deduction.Side == DeductionSide.Below ? threshold - a : a - threshold;
                    if (gap <= 0m)
                    {
                        f?.WithinThreshold(a, w, threshold, deduction.Side);
                        return w;
                    }

                    var steps = gap / deduction.StepSize;
                    steps = deduction.Counting switch
                    {
                        StepCounting.EveryStartedStep => decimal.Ceiling(steps),
                        StepCounting.WholeStepsOnly => decimal.Floor(steps),
                        _ => steps,
                    };
                    var raw = w - (steps * deduction.PointsPerStep);
                    f?.Deducted(w, steps, gap, deduction);
                    return raw < 0m ? 0m : raw;
                }

            default:
                issue = ProblemCodes.StrategyMismatch;
                return null;
        }
    }

    /// <summary>Whether the strategy divides by or into the actual, so that a negative actual is meaningless.</summary>
    internal static bool NeedsNonNegativeActual(ScoringStrategy strategy, decimal target) => strategy.Kind switch
    {
        StrategyKind.Proportional or StrategyKind.ReverseRatio or StrategyKind.StepThresholds => target >= 0m,
        StrategyKind.Equality => target > 0m, // with a zero target, a ≤ 0 earns full points [D]
        _ => false,
    };

    private static decimal Strict(decimal w, decimal a, decimal t, Direction direction, IndicatorScoringRules rules, ref ScoreFlags flags, FormulaSink? f)
    {
        var full = rules.StrictEqualityEarnsFull;
        flags |= full ? ScoreFlags.StrictEquality : ScoreFlags.StrictEqualityFailed;
        f?.StrictEquality(a, t, w, direction, full);
        return full ? w : 0m;
    }
}
