using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>
/// 阶梯: completion c = a ÷ t is compared with the steps from the highest down; the first step with
/// c ≥ its minimum earns its share of w; below every step the score is 0. For ≥ and &gt; with t &gt; 0.
/// Example: c ≥ 0.95 → w, c ≥ 0.90 → 0.8w, c ≥ 0.80 → 0.5w, below → 0.
/// </summary>
public sealed class StepThresholdsStrategy : ScoringStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The source.</param>
    /// <param name="steps">At least one step; distinct minimums; a higher minimum never earns a smaller share.</param>
    /// <param name="rounding">Its own rounding, or null.</param>
    public StepThresholdsStrategy(string id, SourceCitation source, IEnumerable<ThresholdStep> steps, Rounding? rounding = null)
        : base(id, StrategyKind.StepThresholds, source, rounding)
    {
        Preconditions.CheckNotNull(steps);
        var sorted = steps.OrderByDescending(s => s.MinimumCompletion).ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("At least one step is needed.", nameof(steps));
        }

        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].MinimumCompletion == sorted[i - 1].MinimumCompletion || sorted[i].ShareOfPoints > sorted[i - 1].ShareOfPoints)
            {
                throw new ArgumentException("Steps need distinct minimums, and a higher minimum never earns a smaller share.", nameof(steps));
            }
        }

        Steps = new ReadOnlyCollection<ThresholdStep>(sorted);
    }

    /// <summary>The steps, highest minimum first.</summary>
    public IReadOnlyList<ThresholdStep> Steps { get; }

    /// <inheritdoc/>
    public override bool Accepts(Direction direction) => IsPositive(direction);
}
