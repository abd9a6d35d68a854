using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using BudgetPerformance.Grades;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>
/// A forced-distribution check (等级比例控制): at most <see cref="MaximumTopShare"/> of the results in the
/// <see cref="TopGrades"/>, at least <see cref="MinimumBottomShare"/> in the <see cref="BottomGrades"/>. Counts are
/// whole results: the top limit is floor(share × n), the bottom minimum ceiling(share × n).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DistributionRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="topGrades">The top grades (e.g. 优).</param>
    /// <param name="maximumTopShare">The largest share allowed in them, in [0, 1], or null for no limit.</param>
    /// <param name="bottomGrades">The bottom grades (e.g. 中 and 差); at least one when the minimum share is above 0.</param>
    /// <param name="minimumBottomShare">The smallest share required in them, in [0, 1], or null for no minimum.</param>
    /// <param name="source">The source.</param>
    public DistributionRules(IEnumerable<Grade> topGrades, decimal? maximumTopShare, IEnumerable<Grade> bottomGrades, decimal? minimumBottomShare, SourceCitation source)
    {
        TopGrades = new ReadOnlyCollection<Grade>(Preconditions.CheckNotNull(topGrades).Distinct().OrderDescending().ToArray());
        BottomGrades = new ReadOnlyCollection<Grade>(Preconditions.CheckNotNull(bottomGrades).Distinct().OrderDescending().ToArray());
        if (TopGrades.Intersect(BottomGrades).Any())
        {
            throw new ArgumentException("A grade cannot be both top and bottom.", nameof(bottomGrades));
        }

        if (TopGrades.Count > 0 && BottomGrades.Count > 0 && TopGrades.Min() <= BottomGrades.Max())
        {
            throw new ArgumentException("Every top grade must be better than every bottom grade.", nameof(bottomGrades));
        }

        MaximumTopShare = CheckShare(maximumTopShare, nameof(maximumTopShare));
        MinimumBottomShare = CheckShare(minimumBottomShare, nameof(minimumBottomShare));
        if (MinimumBottomShare > 0m && BottomGrades.Count == 0)
        {
            throw new ArgumentException("A minimum share in the bottom grades needs at least one bottom grade.", nameof(bottomGrades));
        }

        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The top grades, best first.</summary>
    public IReadOnlyList<Grade> TopGrades { get; }

    /// <summary>The largest share allowed in the top grades, or null.</summary>
    public decimal? MaximumTopShare { get; }

    /// <summary>The bottom grades, best first.</summary>
    public IReadOnlyList<Grade> BottomGrades { get; }

    /// <summary>The smallest share required in the bottom grades, or null.</summary>
    public decimal? MinimumBottomShare { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }

    private static decimal? CheckShare(decimal? share, string name) =>
        share is { } s && (s < 0m || s > 1m) ? throw new ArgumentOutOfRangeException(name, s, "A share lies in [0, 1].") : share;
}
