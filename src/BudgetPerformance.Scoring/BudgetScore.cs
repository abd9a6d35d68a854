using System;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring;

/// <summary>The score of the budget-execution block.</summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct BudgetScore : IEquatable<BudgetScore>
{
    internal BudgetScore(decimal points, Ratio? rate, decimal? raw, decimal? score, ScoreFlags flags)
    {
        Points = points;
        Rate = rate;
        Raw = raw;
        Score = score;
        Flags = flags;
    }

    /// <summary>The block's points (rescaled when items do not apply).</summary>
    public decimal Points { get; }

    /// <summary>The execution rate used (after the rule set's percentage rounding), or null when the adjusted budget is 0.</summary>
    public Ratio? Rate { get; }

    /// <summary>The unrounded score, or null.</summary>
    public decimal? Raw { get; }

    /// <summary>The rounded score, or null when the block cannot be scored or does not apply.</summary>
    public decimal? Score { get; }

    /// <summary>What happened.</summary>
    public ScoreFlags Flags { get; }

    /// <summary>Equality.</summary>
    public static bool operator ==(BudgetScore left, BudgetScore right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(BudgetScore left, BudgetScore right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(BudgetScore other) => Points == other.Points && Rate == other.Rate && Raw == other.Raw && Score == other.Score && Flags == other.Flags;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BudgetScore other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Points, Rate, Raw, Score, Flags);
}
