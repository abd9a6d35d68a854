using System.Collections.Generic;

namespace BudgetPerformance.Scoring.Distribution;

/// <summary>The outcome of a forced-distribution check.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DistributionReport
{
    internal DistributionReport(int count, int top, int bottom, int? topLimit, int? bottomMinimum, IReadOnlyList<DistributionMove> moves, IReadOnlyList<string> ungraded)
    {
        Count = count;
        TopCount = top;
        BottomCount = bottom;
        TopLimit = topLimit;
        BottomMinimum = bottomMinimum;
        Moves = moves;
        Ungraded = ungraded;
    }

    /// <summary>The number of results counted (graded results only).</summary>
    public int Count { get; }

    /// <summary>How many are in the top grades.</summary>
    public int TopCount { get; }

    /// <summary>How many are in the bottom grades.</summary>
    public int BottomCount { get; }

    /// <summary>The most allowed in the top grades (floor of share × count), or null.</summary>
    public int? TopLimit { get; }

    /// <summary>The fewest required in the bottom grades (ceiling of share × count), or null.</summary>
    public int? BottomMinimum { get; }

    /// <summary>The results that would have to move, in a deterministic order.</summary>
    public IReadOnlyList<DistributionMove> Moves { get; }

    /// <summary>
    /// The evaluation ids of the scoring results that were not counted because they have no grade (incomplete, invalid, or an
    /// ex-ante assessment's conclusion), in input order; always empty for <see cref="DistributionChecker.Check"/>.
    /// </summary>
    public IReadOnlyList<string> Ungraded { get; }

    /// <summary>Whether the distribution already satisfies the rule.</summary>
    public bool Satisfied => Moves.Count == 0;
}
