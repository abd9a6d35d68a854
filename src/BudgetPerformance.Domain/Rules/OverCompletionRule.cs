using System;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>
/// Over-completion (偏离度): when a positive indicator's actual exceeds its target by more than
/// <see cref="FlagAbove"/> (relative: a ÷ t − 1 &gt; threshold, exclusive), the indicator is flagged and, when
/// <see cref="DeductShare"/> is above 0, loses that share of its points. No national threshold exists; off
/// unless a rule set carries one.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OverCompletionRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="flagAbove">The relative excess above which the indicator is flagged, e.g. 0.5 for 50% over; at least 0.</param>
    /// <param name="deductShare">The share of points deducted when flagged, in [0, 1]; 0 flags only.</param>
    /// <param name="source">The source.</param>
    public OverCompletionRule(decimal flagAbove, decimal deductShare, SourceCitation source)
    {
        FlagAbove = Preconditions.CheckNonNegative(flagAbove);
        if (deductShare < 0m || deductShare > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(deductShare), deductShare, "The deducted share must lie in [0, 1].");
        }

        DeductShare = deductShare;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The relative excess above which an indicator is flagged (exclusive).</summary>
    public decimal FlagAbove { get; }

    /// <summary>The share of points deducted when flagged.</summary>
    public decimal DeductShare { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
