using System;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>
/// Ex-ante assessment conclusions on half-open bands of the rounded total: support at or above
/// <see cref="SupportFrom"/>, support after adjustment from <see cref="AdjustFrom"/> (inclusive) to
/// <see cref="SupportFrom"/> (exclusive), do not support below <see cref="AdjustFrom"/>. Deployed default 90 / 70.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ExAnteRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="supportFrom">The lowest score that is supported, inclusive.</param>
    /// <param name="adjustFrom">The lowest score supported after adjustment, inclusive; below <paramref name="supportFrom"/>.</param>
    /// <param name="source">The source.</param>
    public ExAnteRules(decimal supportFrom, decimal adjustFrom, SourceCitation source)
    {
        if (supportFrom <= 0m || supportFrom > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(supportFrom), supportFrom, "The support threshold must lie in (0, 100].");
        }

        if (adjustFrom < 0m || adjustFrom >= supportFrom)
        {
            throw new ArgumentOutOfRangeException(nameof(adjustFrom), adjustFrom, "The adjustment threshold must lie in [0, supportFrom).");
        }

        SupportFrom = supportFrom;
        AdjustFrom = adjustFrom;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The lowest supported score, inclusive.</summary>
    public decimal SupportFrom { get; }

    /// <summary>The lowest score supported after adjustment, inclusive.</summary>
    public decimal AdjustFrom { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }

    /// <summary>The conclusion for a (rounded) total.</summary>
    /// <param name="total">The total.</param>
    public ExAnteConclusion Conclude(decimal total) =>
        total >= SupportFrom ? ExAnteConclusion.Support : total >= AdjustFrom ? ExAnteConclusion.SupportAfterAdjustment : ExAnteConclusion.DoNotSupport;
}
