using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>
/// The execution checkpoints of a jurisdiction. A snapshot is held against the latest checkpoint whose month has ended
/// on or before the snapshot date (the month's last day inclusive); before the first, none applies.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CheckpointRules
{
    /// <summary>Creates the rules.</summary>
    /// <param name="checkpoints">The checkpoints, at least one, each month at most once.</param>
    /// <param name="source">The source.</param>
    public CheckpointRules(IEnumerable<ExecutionCheckpoint> checkpoints, SourceCitation source)
    {
        Preconditions.CheckNotNull(checkpoints);
        var list = checkpoints.OrderBy(c => c.Month).ToArray();
        if (list.Length == 0 || list.Any(c => c.Month == 0))
        {
            throw new ArgumentException("Give at least one created checkpoint.", nameof(checkpoints));
        }

        if (list.Select(c => c.Month).Distinct().Count() != list.Length)
        {
            throw new ArgumentException("A month has more than one checkpoint.", nameof(checkpoints));
        }

        Checkpoints = new ReadOnlyCollection<ExecutionCheckpoint>(list);
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The checkpoints, by month.</summary>
    public IReadOnlyList<ExecutionCheckpoint> Checkpoints { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
