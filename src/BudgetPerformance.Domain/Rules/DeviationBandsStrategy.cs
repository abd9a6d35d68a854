using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;

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
    public DeviationBandsStrategy(string id, SourceCitation source, IEnumerable<DeviationBand> bands, bool upperEdgesInclusive, Rounding? rounding = null)
        : base(id, StrategyKind.DeviationBands, source, rounding)
    {
        Preconditions.CheckNotNull(bands);
        var sorted = bands.OrderBy(b => b.MaximumDeviation).ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("At least one band is needed.", nameof(bands));
        }

        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].MaximumDeviation == sorted[i - 1].MaximumDeviation || sorted[i].ShareOfPoints > sorted[i - 1].ShareOfPoints)
            {
                throw new ArgumentException("Bands need distinct maximums, and a wider band never earns a larger share.", nameof(bands));
            }
        }

        Bands = new ReadOnlyCollection<DeviationBand>(sorted);
        UpperEdgesInclusive = upperEdgesInclusive;
    }

    /// <summary>The bands, narrowest first.</summary>
    public IReadOnlyList<DeviationBand> Bands { get; }

    /// <summary>Whether a band includes its maximum.</summary>
    public bool UpperEdgesInclusive { get; }

    /// <inheritdoc/>
    public override bool Accepts(Direction direction) => IsQuantitative(direction);
}
