using System;
using BudgetPerformance.Internal;

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
    public ExecutionCheckpoint(int month, decimal minimumExecution)
    {
        Month = Preconditions.CheckRange(month, 1, 12);
        if (minimumExecution is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumExecution), minimumExecution, "The minimum is a fraction in [0, 1].");
        }

        MinimumExecution = minimumExecution;
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
