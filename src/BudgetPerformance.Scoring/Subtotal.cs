using System;

namespace BudgetPerformance.Scoring;

/// <summary>The subtotal of a level-1 or level-2 node, or of a score group.</summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct Subtotal : IEquatable<Subtotal>
{
    internal Subtotal(string code, int level, decimal points, decimal? score)
    {
        Code = code;
        Level = level;
        Points = points;
        Score = score;
    }

    /// <summary>The node code (or group id).</summary>
    public string Code { get; }

    /// <summary>1 or 2 for tree nodes; 3 for a score group.</summary>
    public int Level { get; }

    /// <summary>The points of the node (rescaled when items do not apply).</summary>
    public decimal Points { get; }

    /// <summary>The subtotal: the sum of the members' scores (rounded or raw, by the rule set's total mode); null when a member has no score.</summary>
    public decimal? Score { get; }

    /// <summary>Equality.</summary>
    public static bool operator ==(Subtotal left, Subtotal right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Subtotal left, Subtotal right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Subtotal other) =>
        string.Equals(Code, other.Code, StringComparison.Ordinal) && Level == other.Level && Points == other.Points && Score == other.Score;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Subtotal other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Level, Points, Score);
}
