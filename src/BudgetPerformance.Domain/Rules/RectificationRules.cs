using System;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>
/// The rectification family (整改): the consequence the rule set attaches to a rectification that is overdue on the
/// date of the proposal ("no rectification or poor rectification → further cuts, or funding only after
/// rectification" [N, S]).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RectificationRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="consequence">The consequence.</param>
    /// <param name="furtherCutRate">For a further cut, the rate in (0, 1]; null otherwise.</param>
    /// <param name="source">The source.</param>
    public RectificationRules(RectificationConsequence consequence, decimal? furtherCutRate, SourceCitation source)
    {
        Consequence = Preconditions.CheckDefined(consequence);
        if ((consequence == RectificationConsequence.FurtherCut) != furtherCutRate.HasValue)
        {
            throw new ArgumentException("A further cut needs a rate, and only a further cut has one.", nameof(furtherCutRate));
        }

        if (furtherCutRate is { } rate && (rate <= 0m || rate > 1m))
        {
            throw new ArgumentOutOfRangeException(nameof(furtherCutRate), rate, "The rate lies in (0, 1].");
        }

        FurtherCutRate = furtherCutRate;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The consequence.</summary>
    public RectificationConsequence Consequence { get; }

    /// <summary>The further cut rate, or null.</summary>
    public decimal? FurtherCutRate { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
