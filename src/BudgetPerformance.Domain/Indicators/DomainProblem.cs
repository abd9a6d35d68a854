using System;

namespace BudgetPerformance;

/// <summary>
/// One broken invariant found while checking candidate arguments, before any object is built. Lists of these let
/// callers (for example a JSON reader) report every problem at once instead of only the first.
/// </summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public sealed class DomainProblem : IEquatable<DomainProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">The stable problem code, e.g. <c>points-sum</c>.</param>
    /// <param name="subject">The code of the offending node, or null.</param>
    /// <param name="message">The message in English.</param>
    public DomainProblem(string code, string? subject, string message)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Subject = subject;
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>The stable problem code.</summary>
    public string Code { get; }

    /// <summary>The code of the offending node, or null.</summary>
    public string? Subject { get; }

    /// <summary>The message.</summary>
    public string Message { get; }

    /// <summary>The problem as an exception naming <paramref name="paramName"/>.</summary>
    /// <param name="paramName">The parameter.</param>
    public DomainInvariantException ToException(string? paramName) => new(Code, Subject, Message, paramName);

    /// <inheritdoc/>
    public bool Equals(DomainProblem? other) =>
        other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal) &&
        string.Equals(Subject, other.Subject, StringComparison.Ordinal) && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DomainProblem);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Subject, Message);

    /// <summary>For example <c>points-sum at 1: ...</c>.</summary>
    public override string ToString() => Subject is null ? $"{Code}: {Message}" : $"{Code} at {Subject}: {Message}";
}
