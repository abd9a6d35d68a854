using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

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
    /// <exception cref="ArgumentException">The id is not valid (see <see cref="ScoringStrategy.FindProblems(string)"/>), or the steps break an invariant (see <see cref="FindProblems(IEnumerable{ThresholdStep})"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="source"/> or <paramref name="steps"/> is null.</exception>
    public StepThresholdsStrategy(string id, SourceCitation source, IEnumerable<ThresholdStep> steps, Rounding? rounding = null)
        : base(id, StrategyKind.StepThresholds, source, rounding)
    {
        var given = Guard.Against.Null(steps).ToArray();
        Guard.Against.Problems(FindProblems(given), nameof(steps));

        Steps = new ReadOnlyCollection<ThresholdStep>(Ladder.Order(given, s => s.MinimumCompletion, bestIsLowest: false).Select(i => given[i]).ToArray());
    }

    /// <summary>
    /// Lists every broken invariant of candidate steps, without building the strategy: there is at least one step (element
    /// <c>steps</c>); and, with the steps ordered from the highest minimum down (steps with equal minimums in the given
    /// order), no step has the same minimum as the step before it or a larger share than it. Such a step is named by its
    /// place in the given sequence (<c>steps[2]</c>). The constructor checks the same (and the id, with
    /// <see cref="ScoringStrategy.FindProblems(string)"/>).
    /// </summary>
    /// <param name="steps">The candidate steps, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(IEnumerable<ThresholdStep> steps)
    {
        var given = Guard.Against.Null(steps).ToArray();
        return Ladder.FindProblems(given, s => s.MinimumCompletion, bestIsLowest: false, s => s.ShareOfPoints, nameof(steps),
            Messages.StepsEmpty, Messages.StepsOutOfOrder);
    }

    /// <summary>The steps, highest minimum first.</summary>
    public IReadOnlyList<ThresholdStep> Steps { get; }

    /// <inheritdoc/>
    public override bool Accepts(Direction direction) => IsPositive(direction);
}
