using System;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>
/// The response rule: after a warning the unit must respond within <see cref="WorkingDays"/> working days (the
/// <see cref="WorkingDays"/>-th working day strictly after the snapshot date is the last day allowed); with
/// <see cref="AutomaticSuspension"/>, funds are suspended automatically when it does not.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ResponseRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="workingDays">The working days allowed, at least 1.</param>
    /// <param name="automaticSuspension">Whether funds are suspended automatically without a response.</param>
    /// <param name="source">The source.</param>
    public ResponseRule(int workingDays, bool automaticSuspension, SourceCitation source)
    {
        if (workingDays < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays, "Allow at least one working day.");
        }

        WorkingDays = workingDays;
        AutomaticSuspension = automaticSuspension;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The working days allowed.</summary>
    public int WorkingDays { get; }

    /// <summary>Whether funds are suspended automatically without a response.</summary>
    public bool AutomaticSuspension { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
