using System.Collections.Generic;

namespace BudgetPerformance.Scoring.Distribution;

/// <summary>The outcome of a forced-distribution check.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DistributionReport
{
    internal DistributionReport(int count, int top, int bottom, int? topLimit, int? bottomMinimum, IReadOnlyList<DistributionMove> moves)
    {
        Count = count;
        TopCount = top;
        BottomCount = bottom;
        TopLimit = topLimit;
        BottomMinimum = bottomMinimum;
        Moves = moves;
    }

    /// <summary>The number of results.</summary>
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

    /// <summary>Whether the distribution already satisfies the rule.</summary>
    public bool Satisfied => Moves.Count == 0;
}
