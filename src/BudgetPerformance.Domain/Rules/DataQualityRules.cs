using System;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>
/// The data-quality flags of indicator scoring, and what each does to the score: a target of 0 on a positive indicator
/// (≥ or &gt;), and an actual of 0 on a reverse indicator (≤ or &lt;). Both values usually earn full points under the national
/// rules as written (a ≥ t → w, a ≤ t → w), and both are more often a blank cell or a target never set than a result: the
/// indicator is always flagged (<c>zero-target</c>, <c>zero-actual</c>), and <see cref="DataQualityPolicy"/> says whether
/// full points follow. The third flag, a target exceeded by far, is the rule set's <see cref="OverCompletionRule"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DataQualityRules
{
    /// <summary>Creates the rules.</summary>
    /// <param name="zeroTarget">What a target of 0 on a positive indicator does to its score.</param>
    /// <param name="zeroReverseActual">What an actual of 0 on a reverse indicator does to its score.</param>
    /// <param name="source">The source.</param>
    /// <exception cref="ArgumentOutOfRangeException">A policy is undefined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public DataQualityRules(DataQualityPolicy zeroTarget, DataQualityPolicy zeroReverseActual, SourceCitation source)
    {
        ZeroTarget = Guard.Against.Undefined(zeroTarget);
        ZeroReverseActual = Guard.Against.Undefined(zeroReverseActual);
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// The default: both values keep the score the strategy gives (full points) and are flagged with a warning. No source
    /// states another treatment: the national rule applies as written (RULES.md §2.2), and the flag is the library's.
    /// </summary>
    public static DataQualityRules Default { get; } = new(
        DataQualityPolicy.KeepScore,
        DataQualityPolicy.KeepScore,
        new SourceCitation("财预〔2020〕10号", SourceKind.National, "a ≥ t → w and a ≤ t → w applied as written; no source treats a zero target or a zero actual otherwise: kept and flagged for review"));

    /// <summary>What a target of 0 on a positive indicator does to its score.</summary>
    public DataQualityPolicy ZeroTarget { get; }

    /// <summary>What an actual of 0 on a reverse indicator does to its score.</summary>
    public DataQualityPolicy ZeroReverseActual { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
