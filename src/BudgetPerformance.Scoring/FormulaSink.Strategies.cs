using System;
using BudgetPerformance.Indicators;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring;

// The formulas of the measured strategies (IndicatorCalculator): a is the actual, t the target, w the points.
internal sealed partial class FormulaSink
{
    /// <summary>Proportional: a ÷ t × w, or, with a target of 0 or less, whether the actual meets it.</summary>
    public void Proportional(decimal a, decimal t, decimal w)
    {
        if (t > 0m)
        {
            ActualOverTarget(a, t, w);
        }
        else
        {
            Set($"目标值 {N(t)} ≤ 0：实际完成值 {N(a)} {(a >= t ? "达到" : "未达到")}目标", $"target {N(t)} ≤ 0: actual {N(a)} {(a >= t ? "meets" : "misses")} the target");
        }
    }

    public void ActualOverTarget(decimal a, decimal t, decimal w) =>
        Set($"实际完成值 {N(a)} ÷ 目标值 {N(t)} × 分值 {Pz(w)}", $"actual {N(a)} ÷ target {N(t)} × points {Pe(w)}");

    public void TargetOverActual(decimal a, decimal t, decimal w) =>
        Set($"目标值 {N(t)} ÷ 实际完成值 {N(a)} × 分值 {Pz(w)}", $"target {N(t)} ÷ actual {N(a)} × points {Pe(w)}");

    /// <summary>a = t under a strict &gt; or &lt;: full points or 0, as the rule set says.</summary>
    public void StrictEquality(decimal a, decimal t, decimal w, Direction direction, bool earnsFull)
    {
        var op = direction == Direction.GreaterThan ? ">" : "<";
        if (earnsFull)
        {
            Set($"实际完成值 {N(a)} = 目标值 {N(t)}（指标为 {op}），按规则得满分 {Pz(w)}", $"actual {N(a)} = target {N(t)} (strict {op}): the rule set gives full points {Pe(w)}");
        }
        else
        {
            Set($"实际完成值 {N(a)} = 目标值 {N(t)}，未满足 {op}，按规则得 0 分", $"actual {N(a)} = target {N(t)} fails the strict {op}: the rule set gives 0 points");
        }
    }

    /// <summary>A reverse indicator at or under its target: full points.</summary>
    public void AtMostTarget(decimal a, decimal t, decimal w) =>
        Set($"实际完成值 {N(a)} ≤ 目标值 {N(t)}，得满分 {Pz(w)}", $"actual {N(a)} ≤ target {N(t)}: full points {Pe(w)}");

    public void ReverseLinearZeroTarget(decimal a) =>
        Set($"目标值为 0，实际完成值 {N(a)} > 0，得 0 分", $"target 0, actual {N(a)} > 0: 0 points");

    public void ReverseLinear(decimal a, decimal t, decimal w, decimal zeroAtMultiple)
    {
        if (zeroAtMultiple == 2m)
        {
            Set($"分值 {Pz(w)} × (1 − (实际完成值 {N(a)} − 目标值 {N(t)}) ÷ 目标值 {N(Math.Abs(t))})", $"points {Pe(w)} × (1 − (actual {N(a)} − target {N(t)}) ÷ target {N(Math.Abs(t))})");
        }
        else
        {
            Set($"分值 {Pz(w)} × (1 − (实际完成值 {N(a)} − 目标值 {N(t)}) ÷ ({N(zeroAtMultiple)} − 1) × 目标值 {N(Math.Abs(t))})", $"points {Pe(w)} × (1 − (actual {N(a)} − target {N(t)}) ÷ ({N(zeroAtMultiple)} − 1) × target {N(Math.Abs(t))})");
        }
    }

    public void ReverseRatioNonPositiveTarget(decimal a, decimal t) =>
        Set($"目标值 {N(t)} ≤ 0，实际完成值 {N(a)} 超出，得 0 分", $"target {N(t)} ≤ 0, actual {N(a)} above it: 0 points");

    public void EqualityZeroTarget(decimal a, bool ok) =>
        Set($"目标值为 0：实际完成值 {N(a)} {(ok ? "≤ 0，得满分" : "> 0，得 0 分")}", $"target 0: actual {N(a)} {(ok ? "≤ 0, full points" : "> 0, 0 points")}");

    public void EqualsTarget(decimal a, decimal t, decimal w) =>
        Set($"实际完成值 {N(a)} = 目标值 {N(t)}，得满分 {Pz(w)}", $"actual {N(a)} = target {N(t)}: full points {Pe(w)}");

    /// <summary>An equality indicator under the symmetric deviation rule: w × (1 − |a − t| ÷ t), 0 at a deviation of 100% or more.</summary>
    public void SymmetricDeviation(decimal a, decimal t, decimal w, bool beyond)
    {
        var zh = $"分值 {N(w)} × (1 − |实际完成值 {N(a)} − 目标值 {N(t)}| ÷ 目标值 {N(t)})";
        var en = $"points {N(w)} × (1 − |actual {N(a)} − target {N(t)}| ÷ target {N(t)})";
        if (beyond)
        {
            Set(zh + "，偏离度达到或超过 100%，得 0 分", en + ": a deviation of 100% or more, 0 points");
        }
        else
        {
            Set(zh, en);
        }
    }

    public void EqualityNegativeTarget(decimal a, decimal t) =>
        Set($"目标值 {N(t)} < 0，实际完成值 {N(a)} 不等于目标，得 0 分", $"target {N(t)} < 0, actual {N(a)} differs: 0 points");

    public void AtStep(decimal a, decimal t, decimal w, decimal completion, ThresholdStep step) => Set(
        $"完成率 {N(a)} ÷ {N(t)} = {R4(completion)} ≥ {N(step.MinimumCompletion)}，得分值 {Pz(w)} × {N(step.ShareOfPoints)}",
        $"completion {N(a)} ÷ {N(t)} = {R4(completion)} ≥ {N(step.MinimumCompletion)}: points {Pe(w)} × {N(step.ShareOfPoints)}");

    public void BelowSteps(decimal completion, StepThresholdsStrategy steps) =>
        Set($"完成率 {R4(completion)} 低于最低档 {N(steps.Steps[^1].MinimumCompletion)}，得 0 分", $"completion {R4(completion)} below the lowest step {N(steps.Steps[^1].MinimumCompletion)}: 0 points");

    public void InDeviationBand(decimal a, decimal t, decimal w, decimal deviation, DeviationBand band, bool upperEdgesInclusive)
    {
        var op = upperEdgesInclusive ? "≤" : "<";
        Set(
            $"偏差 |{N(a)} − {N(t)}| ÷ {N(Math.Abs(t))} = {R4(deviation)} {op} {N(band.MaximumDeviation)}，得分值 {Pz(w)} × {N(band.ShareOfPoints)}",
            $"deviation |{N(a)} − {N(t)}| ÷ {N(Math.Abs(t))} = {R4(deviation)} {op} {N(band.MaximumDeviation)}: points {Pe(w)} × {N(band.ShareOfPoints)}");
    }

    public void BeyondBands(decimal deviation) =>
        Set($"偏差 {R4(deviation)} 超出所有区间，得 0 分", $"deviation {R4(deviation)} beyond every band: 0 points");

    public void WithinThreshold(decimal a, decimal w, decimal threshold, DeductionSide side) =>
        Set($"实际完成值 {N(a)} 未{(side == DeductionSide.Below ? "低于" : "超过")}阈值 {N(threshold)}，得满分 {Pz(w)}", $"actual {N(a)} not {(side == DeductionSide.Below ? "below" : "above")} threshold {N(threshold)}: full points {Pe(w)}");

    public void Deducted(decimal w, decimal steps, decimal gap, PerStepDeductionStrategy deduction) => Set(
        $"分值 {Pz(w)} − {N(steps)} 档 × 每档 {N(deduction.PointsPerStep)}（差距 {N(gap)}，每档 {N(deduction.StepSize)}）",
        $"points {Pe(w)} − {N(steps)} steps × {N(deduction.PointsPerStep)} per step (gap {N(gap)}, step {N(deduction.StepSize)})");
}
