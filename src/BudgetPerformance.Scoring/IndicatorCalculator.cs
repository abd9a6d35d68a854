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
/// <remarks>
/// Exact: every formula multiplies before it divides, and the one division is left to the <see cref="Quotient"/> it returns
/// (w × a ÷ t, w × (2t − a) ÷ t, w × t ÷ a), so that a tie is rounded as the rule says. Comparisons with a share of the
/// target are made as products (a ≥ c × t rather than a ÷ t ≥ c), and whole steps are counted exactly.
/// </remarks>
internal static class IndicatorCalculator
{
    /// <summary>
    /// Whether a row scored by <paramref name="strategy"/> (null: by none) is held to its points: the one decision of the cap,
    /// which scoring applies to the score it computes and reconciliation to a score recorded on a form. Held, unless the rule
    /// set lets over-completion earn a bonus (<see cref="IndicatorScoringRules.CapAtPoints"/> false) and the row is scored
    /// proportionally; an equality indicator is held whatever the switch (missing an exact target is never a bonus), and an
    /// assessor's score never exceeds the points it is checked against.
    /// </summary>
    internal static bool HeldToPoints(IndicatorScoringRules rules, ScoringStrategy? strategy) =>
        rules.CapAtPoints || strategy is not ProportionalStrategy;

    /// <summary>The score of a measured indicator before the cap: <paramref name="w"/> is its points (rescaled as a fraction).</summary>
    internal static Quotient? Measured(
        ScoringStrategy strategy, Direction direction, decimal t, Quotient w, decimal a, IndicatorScoringRules rules,
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

                    f?.Proportional(a, t, w.Value);
                    return t > 0m ? w.Times(a).Over(t) : (a >= t ? w : Quotient.Zero);
                }

            case ReverseLinearStrategy linear:
                {
                    if (direction == Direction.LessThan && a == t)
                    {
                        return Strict(w, a, t, direction, rules, ref flags, f);
                    }

                    if (a <= t)
                    {
                        f?.AtMostTarget(a, t, w.Value);
                        return w;
                    }

                    if (t == 0m)
                    {
                        f?.ReverseLinearZeroTarget(a);
                        return Quotient.Zero;
                    }

                    // w × (1 − (a − t) ÷ span) = w × (span − (a − t)) ÷ span, with span = (m − 1) × |t|: 0 at m·t and beyond.
                    var span = Quotient.Difference(linear.ZeroAtMultiple, 1m).Times(Math.Abs(t));
                    var left = span.Minus(Quotient.Difference(a, t));
                    f?.ReverseLinear(a, t, w.Value, linear.ZeroAtMultiple);
                    return left.Sign <= 0 ? Quotient.Zero : w.Times(left).Over(span);
                }

            case ReverseRatioStrategy:
                {
                    if (direction == Direction.LessThan && a == t)
                    {
                        return Strict(w, a, t, direction, rules, ref flags, f);
                    }

                    if (a <= t)
                    {
                        f?.AtMostTarget(a, t, w.Value);
                        return w;
                    }

                    if (t <= 0m)
                    {
                        f?.ReverseRatioNonPositiveTarget(a, t);
                        return Quotient.Zero;
                    }

                    f?.TargetOverActual(a, t, w.Value);
                    return w.Times(t).Over(a);
                }

            case EqualityStrategy equality:
                {
                    if (t == 0m)
                    {
                        var ok = a <= 0m;
                        f?.EqualityZeroTarget(a, ok);
                        return ok ? w : Quotient.Zero;
                    }

                    if (a == t)
                    {
                        f?.EqualsTarget(a, t, w.Value);
                        return w;
                    }

                    if (t < 0m)
                    {
                        f?.EqualityNegativeTarget(a, t);
                        return Quotient.Zero;
                    }

                    if (equality.Overshoot == EqualityOvershoot.SymmetricDeviation)
                    {
                        // w × (1 − |a − t| ÷ t) = w × (t − |a − t|) ÷ t (t > 0): w × a ÷ t below the target, w × (2t − a) ÷ t above.
                        var left = Quotient.Of(t).Minus(a > t ? Quotient.Difference(a, t) : Quotient.Difference(t, a));
                        f?.SymmetricDeviation(a, t, w.Value, left.Sign <= 0);
                        return left.Sign <= 0 ? Quotient.Zero : w.Times(left).Over(t);
                    }

                    if (a > t && equality.Overshoot == EqualityOvershoot.InverseRatio)
                    {
                        f?.TargetOverActual(a, t, w.Value);
                        return w.Times(t).Over(a);
                    }

                    // Below the target, and above it under the proportional overshoot (held to the points: HeldToPoints).
                    f?.ActualOverTarget(a, t, w.Value);
                    return w.Times(a).Over(t);
                }

            case StepThresholdsStrategy steps:
                {
                    if (t <= 0m)
                    {
                        issue = ProblemCodes.UnusableTarget;
                        return null;
                    }

                    // completion a ÷ t ≥ c, compared as a ≥ c × t (t > 0).
                    var list = steps.Steps;
                    for (var i = 0; i < list.Count; i++)
                    {
                        var step = list[i];
                        if (Quotient.Of(a).CompareTo(Quotient.Product(step.MinimumCompletion, t)) >= 0)
                        {
                            f?.AtStep(a, t, w.Value, a / t, step);
                            return w.Times(step.ShareOfPoints);
                        }
                    }

                    f?.BelowSteps(a / t, steps);
                    return Quotient.Zero;
                }

            case DeviationBandsStrategy bands:
                {
                    if (t == 0m)
                    {
                        issue = ProblemCodes.UnusableTarget;
                        return null;
                    }

                    // deviation |a − t| ÷ |t| against a band's edge d, compared as |a − t| against d × |t|.
                    var gap = a > t ? Quotient.Difference(a, t) : Quotient.Difference(t, a);
                    var size = Math.Abs(t);
                    var list = bands.Bands;
                    for (var i = 0; i < list.Count; i++)
                    {
                        var band = list[i];
                        var side = gap.CompareTo(Quotient.Product(band.MaximumDeviation, size));
                        if (bands.UpperEdgesInclusive ? side <= 0 : side < 0)
                        {
                            f?.InDeviationBand(a, t, w.Value, gap.Over(size).Value, band, bands.UpperEdgesInclusive);
                            return w.Times(band.ShareOfPoints);
                        }
                    }

                    f?.BeyondBands(gap.Over(size).Value);
                    return Quotient.Zero;
                }

            case PerStepDeductionStrategy deduction:
                {
                    var threshold = deduction.Threshold ?? t;
                    var gap = deduction.Side == DeductionSide.Below ? Quotient.Difference(threshold, a) : Quotient.Difference(a, threshold);
                    if (gap.Sign <= 0)
                    {
                        f?.WithinThreshold(a, w.Value, threshold, deduction.Side);
                        return w;
                    }

                    var size = deduction.StepSize;
                    var perStep = deduction.PointsPerStep;
                    Quotient raw;
                    if (deduction.Counting == StepCounting.Proportional)
                    {
                        // w − (gap ÷ size) × per step = w − gap × per step ÷ size, one fraction.
                        raw = w.Minus(gap.Times(perStep).Over(size));
                        f?.Deducted(w.Value, gap.Over(size).Value, gap.Value, deduction);
                    }
                    else
                    {
                        // ⌊gap ÷ size⌋ whole steps, exactly; a started step counts when they do not cover the gap.
                        var whole = gap.Over(size).Floor();
                        var counted = deduction.Counting == StepCounting.EveryStartedStep && Quotient.Product(whole, size).CompareTo(gap) != 0 ? whole + 1m : whole;
                        raw = w.Minus(Quotient.Product(counted, perStep));
                        f?.Deducted(w.Value, counted, gap.Value, deduction);
                    }

                    return raw.IsNegative ? Quotient.Zero : raw;
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

    private static Quotient Strict(Quotient w, decimal a, decimal t, Direction direction, IndicatorScoringRules rules, ref ScoreFlags flags, FormulaSink? f)
    {
        var full = rules.StrictEqualityEarnsFull;
        flags |= full ? ScoreFlags.StrictEquality : ScoreFlags.StrictEqualityFailed;
        f?.StrictEquality(a, t, w.Value, direction, full);
        return full ? w : Quotient.Zero;
    }
}
