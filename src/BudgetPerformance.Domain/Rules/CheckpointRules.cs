using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

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
    /// <exception cref="ArgumentNullException"><paramref name="checkpoints"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">The checkpoints break an invariant (<see cref="FindProblems"/>).</exception>
    public CheckpointRules(IEnumerable<ExecutionCheckpoint> checkpoints, SourceCitation source)
    {
        var list = Guard.Against.Null(checkpoints).ToArray();
        Guard.Against.Problems(FindProblems(list), nameof(checkpoints));

        Checkpoints = new ReadOnlyCollection<ExecutionCheckpoint>(list.OrderBy(c => c.Month).ToArray());
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// Lists every broken invariant of candidate checkpoints, without building the rules, in this order: at least one
    /// checkpoint (when there is none, the problem names <c>checkpoints</c>); every checkpoint created (a default one is a
    /// problem naming its item, <c>checkpoints[i]</c>); every created checkpoint whose month an earlier one already has
    /// (naming its item, <c>checkpoints[i]</c>). Items are counted from 0 in the order given; the name is each problem's
    /// <see cref="ProblemLocation.Element"/>; the constructor checks the same.
    /// </summary>
    /// <param name="checkpoints">The candidate checkpoints, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="checkpoints"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(IEnumerable<ExecutionCheckpoint> checkpoints)
    {
        var list = Guard.Against.Null(checkpoints).ToArray();
        var problems = new List<Problem>();
        if (list.Length == 0)
        {
            problems.Add(Messages.CheckpointsMissing.At(ProblemLocation.OfElement(nameof(checkpoints))));
        }

        for (var i = 0; i < list.Length; i++)
        {
            if (list[i].Month == 0)
            {
                problems.Add(Messages.CheckpointsMissing.At(Item(i)));
            }
        }

        var months = new HashSet<int>();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i].Month != 0 && !months.Add(list[i].Month))
            {
                problems.Add(Messages.CheckpointMonthRepeated.At(Item(i)));
            }
        }

        return problems;

        static ProblemLocation Item(int index) => ProblemLocation.OfElement(string.Create(CultureInfo.InvariantCulture, $"{nameof(checkpoints)}[{index}]"));
    }

    /// <summary>The checkpoints, by month.</summary>
    public IReadOnlyList<ExecutionCheckpoint> Checkpoints { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
