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
/// 偏差区间: the relative deviation d = |a − t| ÷ |t| is compared with the bands from the narrowest; the first band
/// that holds d earns its share of w; beyond every band the score is 0. With <see cref="UpperEdgesInclusive"/>, a band
/// holds d ≤ its maximum (within ±10% includes exactly 10%); otherwise d &lt; its maximum. For any quantitative
/// direction with t ≠ 0. Example: ±10% → 5 of 5 points, ±10–15% → 3, ±15–20% → 1, beyond → 0.
/// </summary>
public sealed class DeviationBandsStrategy : ScoringStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The source.</param>
    /// <param name="bands">At least one band; distinct maximums; a wider band never earns a larger share.</param>
    /// <param name="upperEdgesInclusive">Whether a band includes its maximum.</param>
    /// <param name="rounding">Its own rounding, or null.</param>
    /// <exception cref="ArgumentException">The id is not valid (see <see cref="ScoringStrategy.FindProblems(string)"/>), or the bands break an invariant (see <see cref="FindProblems(IEnumerable{DeviationBand})"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="source"/> or <paramref name="bands"/> is null.</exception>
    public DeviationBandsStrategy(string id, SourceCitation source, IEnumerable<DeviationBand> bands, bool upperEdgesInclusive, Rounding? rounding = null)
        : base(id, StrategyKind.DeviationBands, source, rounding)
    {
        var given = Guard.Against.Null(bands).ToArray();
        Guard.Against.Problems(FindProblems(given), nameof(bands));

        Bands = new ReadOnlyCollection<DeviationBand>(Ladder.Order(given, b => b.MaximumDeviation, bestIsLowest: true).Select(i => given[i]).ToArray());
        UpperEdgesInclusive = upperEdgesInclusive;
    }

    /// <summary>
    /// Lists every broken invariant of candidate bands, without building the strategy: there is at least one band (element
    /// <c>bands</c>); and, with the bands ordered from the narrowest (smallest maximum) up (bands with equal maximums in the
    /// given order), no band has the same maximum as the band before it or a larger share than it. Such a band is named by
    /// its place in the given sequence (<c>bands[2]</c>). The constructor checks the same (and the id, with
    /// <see cref="ScoringStrategy.FindProblems(string)"/>).
    /// </summary>
    /// <param name="bands">The candidate bands, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(IEnumerable<DeviationBand> bands)
    {
        var given = Guard.Against.Null(bands).ToArray();
        return Ladder.FindProblems(given, b => b.MaximumDeviation, bestIsLowest: true, b => b.ShareOfPoints, nameof(bands),
            Messages.DeviationBandsEmpty, Messages.DeviationBandsOutOfOrder);
    }

    /// <summary>The bands, narrowest first.</summary>
    public IReadOnlyList<DeviationBand> Bands { get; }

    /// <summary>Whether a band includes its maximum.</summary>
    public bool UpperEdgesInclusive { get; }

    /// <inheritdoc/>
    public override bool Accepts(Direction direction) => IsQuantitative(direction);
}
