using System;
using System.Collections.Generic;
using System.Globalization;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Scoring;

/// <summary>What happened while an indicator (or the budget block) was scored. Several flags may be set.</summary>
[Flags]
public enum ScoreFlags
{
    /// <summary>Nothing special.</summary>
    None = 0,

    /// <summary>The raw score exceeded the points and was capped at them (over-completion earns no bonus).</summary>
    Capped = 1,

    /// <summary>The actual exceeded the target by more than the over-completion threshold (偏离度): the reason should be explained.</summary>
    OverCompletion = 2,

    /// <summary>Points were deducted for over-completion.</summary>
    OverCompletionDeducted = 4,

    /// <summary>A negative actual was treated as 0 by the rule set's policy (the original value is in the explanation).</summary>
    Clamped = 8,

    /// <summary>The indicator does not apply.</summary>
    NotApplicable = 16,

    /// <summary>The score is an assessor's judgement or achievement-band score, validated, not computed.</summary>
    Judgement = 32,

    /// <summary>a = t under a strict direction earned full points, as the rule set says.</summary>
    StrictEquality = 64,

    /// <summary>a = t under a strict direction failed the strict test and earned 0, as the rule set says.</summary>
    StrictEqualityFailed = 128,

    /// <summary>The points were rescaled because other items do not apply.</summary>
    Rescaled = 256,

    /// <summary>No data was supplied.</summary>
    NoData = 512,

    /// <summary>Not yet due.</summary>
    NotYetDue = 1024,

    /// <summary>Scored as a member of a group (the group carries the score).</summary>
    Grouped = 2048,

    /// <summary>The input is invalid; see the result's issues.</summary>
    Invalid = 4096,

    /// <summary>Scored zero because the rule set scores missing or not-applicable items as zero.</summary>
    ZeroByPolicy = 8192,
}

/// <summary>Whether a scoring result is complete.</summary>
public enum ScoringOutcome
{
    /// <summary>Every number was computed; the total and grade are final.</summary>
    Complete = 0,

    /// <summary>Some indicators have no data or are not yet due and the rule set does not score them as zero: no total, no grade.</summary>
    Incomplete = 1,

    /// <summary>The input breaks a rule (listed in the issues): no total, no grade.</summary>
    Invalid = 2,
}

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
