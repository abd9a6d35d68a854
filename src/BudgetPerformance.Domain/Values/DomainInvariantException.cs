using System;
using Ardalis.GuardClauses;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Values;

/// <summary>
/// Thrown when arguments would build a domain object that breaks one of its invariants (points that do not add
/// up, a duplicated code, a quantitative indicator without a target...). It is an <see cref="ArgumentException"/>
/// whose <see cref="ArgumentException.ParamName"/> names the parameter, and it carries the <see cref="Problem"/>
/// (stable code, location, Chinese and English message) that the type's <c>FindProblems</c> lists for the same values.
/// </summary>
/// <remarks>This is a programming error for code that builds objects directly; readers of untrusted documents
/// report the same problems in a validation report instead of throwing.</remarks>
public sealed class DomainInvariantException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">The broken invariant.</param>
    /// <param name="paramName">The parameter that carried the offending value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    public DomainInvariantException(Problem problem, string? paramName)
        : base(Guard.Against.Null(problem).MessageEn, paramName)
    {
        Problem = problem;
    }

    /// <summary>The broken invariant: its stable code (listed in docs/json/errors.md), location and messages.</summary>
    public Problem Problem { get; }
}
