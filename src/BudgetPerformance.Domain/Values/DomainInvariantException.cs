using System;

namespace BudgetPerformance;

/// <summary>
/// Thrown when arguments would build a domain object that breaks one of its invariants (points that do not add
/// up, a duplicated code, a quantitative indicator without a target...). It is an <see cref="ArgumentException"/>
/// whose <see cref="ArgumentException.ParamName"/> names the parameter, and it carries a stable
/// <see cref="ProblemCode"/> and the code of the offending node, so that a caller can report it precisely.
/// </summary>
/// <remarks>This is a programming error for code that builds objects directly; readers of untrusted documents
/// report the same problems in a validation report instead of throwing.</remarks>
public sealed class DomainInvariantException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problemCode">The stable code of the broken invariant, e.g. <c>points-sum</c>.</param>
    /// <param name="subject">The code of the offending indicator or other object, if there is one.</param>
    /// <param name="message">The message.</param>
    /// <param name="paramName">The parameter that carried the offending value.</param>
    public DomainInvariantException(string problemCode, string? subject, string message, string? paramName)
        : base(message, paramName)
    {
        ProblemCode = problemCode;
        Subject = subject;
    }

    /// <summary>The stable code of the broken invariant (listed in docs/concepts.md).</summary>
    public string ProblemCode { get; }

    /// <summary>The code of the offending indicator (or other object), or null when the problem is not tied to one.</summary>
    public string? Subject { get; }
}
