using System;
using System.Collections.Generic;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Rules;

/// <summary>
/// A cumulative-execution checkpoint: by the end of <see cref="Month"/> (from its last day, inclusive) cumulative
/// execution (spent ÷ adjusted budget) below <see cref="MinimumExecution"/> (exclusive: exactly the minimum passes) is a warning.
/// </summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct ExecutionCheckpoint : IEquatable<ExecutionCheckpoint>
{
    /// <summary>Creates a checkpoint.</summary>
    /// <param name="month">The month, 1–12; the checkpoint applies from its last day.</param>
    /// <param name="minimumExecution">The minimum cumulative execution as a fraction (0.25 for 25%), in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range (<see cref="FindProblems"/>).</exception>
    public ExecutionCheckpoint(int month, decimal minimumExecution)
    {
        foreach (var problem in FindProblems(month, minimumExecution))
        {
            throw problem.Location.Element == nameof(month)
                ? new ArgumentOutOfRangeException(nameof(month), month, problem.MessageEn)
                : new ArgumentOutOfRangeException(nameof(minimumExecution), minimumExecution, problem.MessageEn);
        }

        Month = month;
        MinimumExecution = minimumExecution;
    }

    /// <summary>
    /// Lists every broken invariant of a candidate checkpoint, without building it, in this order: the month lies in
    /// [1, 12] (<c>month</c>); the minimum lies in [0, 1], both ends included (<c>minimumExecution</c>). The name in
    /// brackets is each problem's <see cref="ProblemLocation.Element"/>; the constructor checks the same.
    /// </summary>
    /// <param name="month">The candidate month.</param>
    /// <param name="minimumExecution">The candidate minimum cumulative execution, as a fraction.</param>
    public static IReadOnlyList<Problem> FindProblems(int month, decimal minimumExecution)
    {
        var problems = new List<Problem>();
        if (month is < 1 or > 12)
        {
            problems.Add(Messages.NamedValueOutOfRange.At(ProblemLocation.OfElement(nameof(month)), Messages.CheckpointMonthValue, 1, 12));
        }

        if (minimumExecution is < 0m or > 1m)
        {
            problems.Add(Messages.CheckpointMinimumNotAFraction.At(ProblemLocation.OfElement(nameof(minimumExecution))));
        }

        return problems;
    }

    /// <summary>The month.</summary>
    public int Month { get; }

    /// <summary>The minimum cumulative execution, as a fraction.</summary>
    public decimal MinimumExecution { get; }

    /// <summary>Equality.</summary>
    public static bool operator ==(ExecutionCheckpoint left, ExecutionCheckpoint right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ExecutionCheckpoint left, ExecutionCheckpoint right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ExecutionCheckpoint other) => Month == other.Month && MinimumExecution == other.MinimumExecution;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ExecutionCheckpoint other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Month, MinimumExecution);
}
