using System;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>
/// 按档扣分: starting from w, lose <see cref="PointsPerStep"/> for each step of <see cref="StepSize"/> that the actual
/// value lies <see cref="Side"/> the threshold (the indicator's target when <see cref="Threshold"/> is null),
/// counting partial steps by <see cref="Counting"/>; never below 0. Examples: lose 1 point per 5 percentage points
/// below 90; lose 0.5 per point over a limit. For any quantitative direction.
/// </summary>
public sealed class PerStepDeductionStrategy : ScoringStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The source.</param>
    /// <param name="side">Below or above the threshold.</param>
    /// <param name="threshold">The threshold in the indicator's unit, or null to use the indicator's target.</param>
    /// <param name="stepSize">The size of one step, above 0.</param>
    /// <param name="pointsPerStep">The points lost per step, above 0.</param>
    /// <param name="counting">How partial steps count.</param>
    /// <param name="rounding">Its own rounding, or null.</param>
    public PerStepDeductionStrategy(string id, SourceCitation source, DeductionSide side, decimal? threshold, decimal stepSize, decimal pointsPerStep, StepCounting counting, Rounding? rounding = null)
        : base(id, StrategyKind.PerStepDeduction, source, rounding)
    {
        Side = Preconditions.CheckDefined(side);
        Threshold = threshold;
        if (stepSize <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(stepSize), stepSize, "The step size must be above 0.");
        }

        if (pointsPerStep <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(pointsPerStep), pointsPerStep, "The points per step must be above 0.");
        }

        StepSize = stepSize;
        PointsPerStep = pointsPerStep;
        Counting = Preconditions.CheckDefined(counting);
    }

    /// <summary>Below or above the threshold.</summary>
    public DeductionSide Side { get; }

    /// <summary>The threshold, or null for the indicator's target.</summary>
    public decimal? Threshold { get; }

    /// <summary>The size of one step.</summary>
    public decimal StepSize { get; }

    /// <summary>The points lost per step.</summary>
    public decimal PointsPerStep { get; }

    /// <summary>How partial steps count.</summary>
    public StepCounting Counting { get; }

    /// <inheritdoc/>
    public override bool Accepts(Direction direction) => IsQuantitative(direction);
}
