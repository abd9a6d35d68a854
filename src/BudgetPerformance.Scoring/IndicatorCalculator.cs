using System;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring;

/// <summary>
/// The computation of a measured indicator under a strategy. Allocation-free unless a formula sink is given (index
/// loops over the steps and bands: a foreach over an <c>IReadOnlyList</c> would allocate an enumerator per indicator).
/// Returns null and sets the issue code when the input cannot be scored.
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
                        return Strict(w, a, t, rules, ref flags, f, ">");
                    }

                    decimal raw = t > 0m ? w * a / t : (a >= t ? w : 0m);
                    f?.Set(
                        t > 0m ? $"实际完成值 {N(a)} ÷ 目标值 {N(t)} × 分值 {N(w)}" : $"目标值 {N(t)} ≤ 0：实际完成值 {N(a)} {(a >= t ? "达到" : "未达到")}目标",
                        t > 0m ? $"actual {N(a)} ÷ target {N(t)} × points {N(w)}" : $"target {N(t)} ≤ 0: actual {N(a)} {(a >= t ? "meets" : "misses")} the target");
                    return raw;
                }

            case ReverseLinearStrategy linear:
                {
                    if (direction == Direction.LessThan && a == t)
                    {
                        return Strict(w, a, t, rules, ref flags, f, "<");
                    }

                    if (a <= t)
                    {
                        f?.Set($"实际完成值 {N(a)} ≤ 目标值 {N(t)}，得满分 {N(w)}", $"actual {N(a)} ≤ target {N(t)}: full points {N(w)}");
                        return w;
                    }

                    if (t == 0m)
                    {
                        f?.Set($"目标值为 0，实际完成值 {N(a)} > 0，得 0 分", $"target 0, actual {N(a)} > 0: 0 points");
                        return 0m;
                    }

                    var span = (linear.ZeroAtMultiple - 1m) * Math.Abs(t);
                    var raw = w * (1m - ((a - t) / span));
                    if (linear.ZeroAtMultiple == 2m)
                    {
                        f?.Set($"分值 {N(w)} × (1 − (实际完成值 {N(a)} − 目标值 {N(t)}) ÷ 目标值 {N(Math.Abs(t))})", $"points {N(w)} × (1 − (actual {N(a)} − target {N(t)}) ÷ target {N(Math.Abs(t))})");
                    }
                    else
                    {
                        f?.Set($"分值 {N(w)} × (1 − (实际完成值 {N(a)} − 目标值 {N(t)}) ÷ ({N(linear.ZeroAtMultiple)} − 1) × 目标值 {N(Math.Abs(t))})", $"points {N(w)} × (1 − (actual {N(a)} − target {N(t)}) ÷ ({N(linear.ZeroAtMultiple)} − 1) × target {N(Math.Abs(t))})");
                    }

                    return raw < 0m ? 0m : raw;
                }

            case ReverseRatioStrategy:
                {
                    if (direction == Direction.LessThan && a == t)
                    {
                        return Strict(w, a, t, rules, ref flags, f, "<");
                    }

                    if (a <= t)
                    {
                        f?.Set($"实际完成值 {N(a)} ≤ 目标值 {N(t)}，得满分 {N(w)}", $"actual {N(a)} ≤ target {N(t)}: full points {N(w)}");
                        return w;
                    }

                    if (t <= 0m)
                    {
                        f?.Set($"目标值 {N(t)} ≤ 0，实际完成值 {N(a)} 超出，得 0 分", $"target {N(t)} ≤ 0, actual {N(a)} above it: 0 points");
                        return 0m;
                    }

                    f?.Set($"目标值 {N(t)} ÷ 实际完成值 {N(a)} × 分值 {N(w)}", $"target {N(t)} ÷ actual {N(a)} × points {N(w)}");
                    return w * t / a;
                }

            case EqualityStrategy equality:
                {
                    if (t == 0m)
                    {
                        var ok = a <= 0m;
                        f?.Set($"目标值为 0：实际完成值 {N(a)} {(ok ? "≤ 0，得满分" : "> 0，得 0 分")}", $"target 0: actual {N(a)} {(ok ? "≤ 0, full points" : "> 0, 0 points")}");
                        return ok ? w : 0m;
                    }

                    if (a == t)
                    {
                        f?.Set($"实际完成值 {N(a)} = 目标值 {N(t)}，得满分 {N(w)}", $"actual {N(a)} = target {N(t)}: full points {N(w)}");
                        return w;
                    }

                    if (t < 0m)
                    {
                        f?.Set($"目标值 {N(t)} < 0，实际完成值 {N(a)} 不等于目标，得 0 分", $"target {N(t)} < 0, actual {N(a)} differs: 0 points");
                        return 0m;
                    }

                    if (a > t && equality.Overshoot == EqualityOvershoot.InverseRatio)
                    {
                        f?.Set($"目标值 {N(t)} ÷ 实际完成值 {N(a)} × 分值 {N(w)}", $"target {N(t)} ÷ actual {N(a)} × points {N(w)}");
                        return w * t / a;
                    }

                    f?.Set($"实际完成值 {N(a)} ÷ 目标值 {N(t)} × 分值 {N(w)}", $"actual {N(a)} ÷ target {N(t)} × points {N(w)}");
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
                            f?.Set(
                                $"完成率 {N(a)} ÷ {N(t)} = {R4(completion)} ≥ {N(step.MinimumCompletion)}，得分值 {N(w)} × {N(step.ShareOfPoints)}",
                                $"completion {N(a)} ÷ {N(t)} = {R4(completion)} ≥ {N(step.MinimumCompletion)}: points {N(w)} × {N(step.ShareOfPoints)}");
                            return w * step.ShareOfPoints;
                        }
                    }

                    f?.Set($"完成率 {R4(completion)} 低于最低档 {N(steps.Steps[^1].MinimumCompletion)}，得 0 分", $"completion {R4(completion)} below the lowest step {N(steps.Steps[^1].MinimumCompletion)}: 0 points");
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
                            var op = bands.UpperEdgesInclusive ? "≤" : "<";
                            f?.Set(
                                $"偏差 |{N(a)} − {N(t)}| ÷ {N(Math.Abs(t))} = {R4(deviation)} {op} {N(band.MaximumDeviation)}，得分值 {N(w)} × {N(band.ShareOfPoints)}",
                                $"deviation |{N(a)} − {N(t)}| ÷ {N(Math.Abs(t))} = {R4(deviation)} {op} {N(band.MaximumDeviation)}: points {N(w)} × {N(band.ShareOfPoints)}");
                            return w * band.ShareOfPoints;
                        }
                    }

                    f?.Set($"偏差 {R4(deviation)} 超出所有区间，得 0 分", $"deviation {R4(deviation)} beyond every band: 0 points");
                    return 0m;
                }

            case PerStepDeductionStrategy deduction:
                {
                    var threshold = deduction.Threshold ?? t;
                    var gap = deduction.Side == DeductionSide.Below ? threshold - a : a - threshold;
                    if (gap <= 0m)
                    {
                        f?.Set($"实际完成值 {N(a)} 未{(deduction.Side == DeductionSide.Below ? "低于" : "超过")}阈值 {N(threshold)}，得满分 {N(w)}", $"actual {N(a)} not {(deduction.Side == DeductionSide.Below ? "below" : "above")} threshold {N(threshold)}: full points {N(w)}");
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
                    f?.Set(
                        $"分值 {N(w)} − {N(steps)} 档 × 每档 {N(deduction.PointsPerStep)}（差距 {N(gap)}，每档 {N(deduction.StepSize)}）",
                        $"points {N(w)} − {N(steps)} steps × {N(deduction.PointsPerStep)} per step (gap {N(gap)}, step {N(deduction.StepSize)})");
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

    private static decimal Strict(decimal w, decimal a, decimal t, IndicatorScoringRules rules, ref ScoreFlags flags, FormulaSink? f, string op)
    {
        if (rules.StrictEqualityEarnsFull)
        {
            flags |= ScoreFlags.StrictEquality;
            f?.Set($"实际完成值 {N(a)} = 目标值 {N(t)}（指标为 {op}），按规则得满分 {N(w)}", $"actual {N(a)} = target {N(t)} (strict {op}): the rule set gives full points {N(w)}");
            return w;
        }

        flags |= ScoreFlags.StrictEqualityFailed;
        f?.Set($"实际完成值 {N(a)} = 目标值 {N(t)}，未满足 {op}，按规则得 0 分", $"actual {N(a)} = target {N(t)} fails the strict {op}: the rule set gives 0 points");
        return 0m;
    }

    private static string N(decimal value) => FormulaSink.N(value);

    private static string R4(decimal value) => FormulaSink.R4(value);
}
