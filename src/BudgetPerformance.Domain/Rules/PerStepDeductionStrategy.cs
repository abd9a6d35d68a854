using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

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
    /// <exception cref="ArgumentException">The id is not valid (see <see cref="ScoringStrategy.FindProblems(string)"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not above 0 (see <see cref="FindProblems(decimal, decimal)"/>), or an enumeration value is undefined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="source"/> is null.</exception>
    public PerStepDeductionStrategy(string id, SourceCitation source, DeductionSide side, decimal? threshold, decimal stepSize, decimal pointsPerStep, StepCounting counting, Rounding? rounding = null)
        : base(id, StrategyKind.PerStepDeduction, source, rounding)
    {
        Side = Guard.Against.Undefined(side);
        Threshold = threshold;
        Guard.Against.ProblemsOutOfRange(FindProblems(stepSize, pointsPerStep), parameter => parameter == nameof(stepSize) ? stepSize : pointsPerStep);

        StepSize = stepSize;
        PointsPerStep = pointsPerStep;
        Counting = Guard.Against.Undefined(counting);
    }

    /// <summary>
    /// Lists every broken invariant of a candidate step, without building the strategy: <paramref name="stepSize"/> and
    /// <paramref name="pointsPerStep"/> are each above 0 (0 exclusive). Each problem names its parameter (<c>stepSize</c>
    /// or <c>pointsPerStep</c>) as its <see cref="ProblemLocation.Element"/>; the constructor checks the same (and the id,
    /// with <see cref="ScoringStrategy.FindProblems(string)"/>).
    /// </summary>
    /// <param name="stepSize">The candidate size of one step.</param>
    /// <param name="pointsPerStep">The candidate points lost per step.</param>
    public static IReadOnlyList<Problem> FindProblems(decimal stepSize, decimal pointsPerStep)
    {
        var problems = new List<Problem>();
        if (stepSize <= 0m)
        {
            problems.Add(Messages.StepSizeNotPositive.At(ProblemLocation.OfElement(nameof(stepSize))));
        }

        if (pointsPerStep <= 0m)
        {
            problems.Add(Messages.PointsPerStepNotPositive.At(ProblemLocation.OfElement(nameof(pointsPerStep))));
        }

        return problems.AsReadOnly();
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
