using System;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>
/// The self-evaluation cross-check: red when claimed indicator completion (indicator score ÷ indicator points) exceeds
/// budget execution (execution score ÷ execution points) by more than <see cref="MaximumClaimExcess"/> relative
/// (completion &gt; execution × (1 + excess), exclusive); yellow when the adjusted budget is 0 or more than
/// <see cref="MaximumUnspentShare"/> of it is unspent (exclusive); otherwise green.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SelfEvaluationCrossCheckRules
{
    /// <summary>Creates the rules.</summary>
    /// <param name="maximumClaimExcess">The relative excess of completion over execution allowed, inclusive (0.05 [D]); not negative.</param>
    /// <param name="maximumUnspentShare">The unspent share of the budget allowed, inclusive (0.20 [D]), in [0, 1].</param>
    /// <param name="source">The source.</param>
    public SelfEvaluationCrossCheckRules(decimal maximumClaimExcess, decimal maximumUnspentShare, SourceCitation source)
    {
        MaximumClaimExcess = Preconditions.CheckNonNegative(maximumClaimExcess);
        if (maximumUnspentShare is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(maximumUnspentShare), maximumUnspentShare, "The share must lie in [0, 1].");
        }

        MaximumUnspentShare = maximumUnspentShare;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The relative excess allowed, inclusive.</summary>
    public decimal MaximumClaimExcess { get; }

    /// <summary>The unspent share allowed, inclusive.</summary>
    public decimal MaximumUnspentShare { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
