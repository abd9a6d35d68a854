using System;
using System.Globalization;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring;

/// <summary>The score of one level-3 indicator.</summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct IndicatorScore : IEquatable<IndicatorScore>
{
    internal IndicatorScore(IndicatorCode code, decimal points, string? strategyId, decimal? raw, decimal? score, ScoreFlags flags)
    {
        Code = code;
        Points = points;
        StrategyId = strategyId;
        Raw = raw;
        Score = score;
        Flags = flags;
    }

    /// <summary>The indicator code.</summary>
    public IndicatorCode Code { get; }

    /// <summary>The points the indicator was scored against (its own points, or rescaled ones when <see cref="ScoreFlags.Rescaled"/>).</summary>
    public decimal Points { get; }

    /// <summary>The id of the strategy used, or null when none was (not applicable, missing, grouped, judged).</summary>
    public string? StrategyId { get; }

    /// <summary>The unrounded score, or null when the indicator has no score.</summary>
    public decimal? Raw { get; }

    /// <summary>The rounded score, or null when the indicator has no score (not applicable and rescaled, missing, grouped, invalid).</summary>
    public decimal? Score { get; }

    /// <summary>What happened.</summary>
    public ScoreFlags Flags { get; }

    /// <summary>Equality.</summary>
    public static bool operator ==(IndicatorScore left, IndicatorScore right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(IndicatorScore left, IndicatorScore right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(IndicatorScore other) =>
        Code == other.Code && Points == other.Points && string.Equals(StrategyId, other.StrategyId, StringComparison.Ordinal) &&
        Raw == other.Raw && Score == other.Score && Flags == other.Flags;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IndicatorScore other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Points, Raw, Score, Flags);

    /// <summary>For example <c>1.1.1 13.80/15</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code} {(Score is { } s ? s.ToString(CultureInfo.InvariantCulture) : "-")}/{Points}");
}
