using System;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Problems;

/// <summary>
/// Something wrong with data, from any source: a document being read, an invariant of the model, a score that cannot be
/// completed. The one shape of "something is wrong" in the library: a stable <see cref="Code"/> from the
/// <see cref="ProblemRegistry"/>, a <see cref="Severity"/>, a typed <see cref="Location"/>, the message in Chinese and in
/// English (from one table of templates, so the two always say the same thing), and the <see cref="Source"/> a rule cites
/// when a rule is involved.
/// </summary>
/// <remarks>
/// <para>Problems are values: two problems are equal when their code, severity, location, messages and source are.</para>
/// <para>Bad data never throws: readers and checks return problems. Code that builds objects directly gets the same
/// problem inside a <see cref="DomainInvariantException"/> (<see cref="DomainInvariantException.Problem"/>).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Problem : IEquatable<Problem>
{
    internal Problem(string code, ProblemSeverity severity, ProblemLocation location, string messageZh, string messageEn, SourceCitation? source)
    {
        Code = code;
        Severity = severity;
        Location = location;
        MessageZh = messageZh;
        MessageEn = messageEn;
        Source = source;
    }

    /// <summary>The stable code, e.g. <c>points-sum</c>: registered in <see cref="ProblemRegistry"/>, listed in docs/json/errors.md; codes never change meaning.</summary>
    public string Code { get; }

    /// <summary>How serious the problem is.</summary>
    public ProblemSeverity Severity { get; }

    /// <summary>Where the problem is.</summary>
    public ProblemLocation Location { get; }

    /// <summary>The message in Chinese, with the values involved.</summary>
    public string MessageZh { get; }

    /// <summary>The message in English, with the values involved.</summary>
    public string MessageEn { get; }

    /// <summary>The source the rule involved cites (e.g. 财预〔2020〕10号), or null when no rule of a rule set is involved.</summary>
    public SourceCitation? Source { get; }

    /// <summary>The message in a language.</summary>
    /// <param name="language">The language.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public string Message(DisplayLanguage language) => Guard.Against.Undefined(language) == DisplayLanguage.Chinese ? MessageZh : MessageEn;

    /// <summary>The same problem at another location (a reader places a problem of the model at its JSON path).</summary>
    /// <param name="location">The location.</param>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is null.</exception>
    public Problem At(ProblemLocation location) => new(Code, Severity, Guard.Against.Null(location), MessageZh, MessageEn, Source);

    /// <summary>The same problem with both messages rewritten (a reader removes a placeholder the model was given).</summary>
    internal Problem Map(Func<string, string> text) => new(Code, Severity, Location, text(MessageZh), text(MessageEn), Source);

    /// <summary>The problem as the exception a constructor throws, naming <paramref name="paramName"/>.</summary>
    /// <param name="paramName">The parameter that carried the offending value.</param>
    public DomainInvariantException ToException(string? paramName) => new(this, paramName);

    /// <inheritdoc/>
    public bool Equals(Problem? other) =>
        other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal) && Severity == other.Severity &&
        Location.Equals(other.Location) && string.Equals(MessageZh, other.MessageZh, StringComparison.Ordinal) &&
        string.Equals(MessageEn, other.MessageEn, StringComparison.Ordinal) && Equals(Source, other.Source);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Problem);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Location, MessageEn);

    /// <summary>The code, the location and the English message, for example <c>points-sum at 1: The children of 1 ...</c>.</summary>
    public override string ToString() => Location.IsNone ? $"{Code}: {MessageEn}" : $"{Code} at {Location}: {MessageEn}";
}
