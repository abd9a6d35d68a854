using System;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>Random re-check (抽评): final = <see cref="SelfWeight"/> × self score + <see cref="ReCheckWeight"/> × re-check score.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReCheckRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="selfWeight">The weight of the self-evaluation score (0.4 [D]).</param>
    /// <param name="reCheckWeight">The weight of the re-check score (0.6 [D]); the two add up to exactly 1.</param>
    /// <param name="source">The source.</param>
    public ReCheckRules(decimal selfWeight, decimal reCheckWeight, SourceCitation source)
    {
        Preconditions.CheckNonNegative(selfWeight);
        Preconditions.CheckNonNegative(reCheckWeight);
        if (selfWeight + reCheckWeight != 1m)
        {
            throw new ArgumentException("The two weights must add up to exactly 1.", nameof(reCheckWeight));
        }

        SelfWeight = selfWeight;
        ReCheckWeight = reCheckWeight;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The weight of the self score.</summary>
    public decimal SelfWeight { get; }

    /// <summary>The weight of the re-check score.</summary>
    public decimal ReCheckWeight { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
