using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

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
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is below 1 (<see cref="FindProblems"/>).</exception>
    public ResponseRule(int workingDays, bool automaticSuspension, SourceCitation source)
    {
        Guard.Against.ProblemsOutOfRange(FindProblems(workingDays), workingDays, nameof(workingDays));

        WorkingDays = workingDays;
        AutomaticSuspension = automaticSuspension;
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// Lists the problem with a candidate number of working days, without building the rule: at least 1 (1 included).
    /// The problem names <c>workingDays</c> as its <see cref="ProblemLocation.Element"/>; the constructor checks the same.
    /// </summary>
    /// <param name="workingDays">The candidate number of working days.</param>
    public static IReadOnlyList<Problem> FindProblems(int workingDays) =>
        workingDays < 1 ? [Messages.ResponseWithoutWorkingDays.At(ProblemLocation.OfElement(nameof(workingDays)))] : [];

    /// <summary>The working days allowed.</summary>
    public int WorkingDays { get; }

    /// <summary>Whether funds are suspended automatically without a response.</summary>
    public bool AutomaticSuspension { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
