using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring;

/// <summary>
/// One reason behind a decision of the admission gate, a target review or a monitoring snapshot: a stable code, what
/// it concerns (an indicator code, or null for the whole subject), the message in Chinese and English with the numbers,
/// and the source of the rule that produced it.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DecisionReason
{
    internal DecisionReason(string code, string? subject, string messageZh, string messageEn, SourceCitation source)
    {
        Code = code;
        Subject = subject;
        MessageZh = messageZh;
        MessageEn = messageEn;
        Source = source;
    }

    /// <summary>The stable code (see <see cref="ReasonCodes"/>); codes never change meaning.</summary>
    public string Code { get; }

    /// <summary>The indicator code the reason concerns, or null when it concerns the whole subject.</summary>
    public string? Subject { get; }

    /// <summary>The message in Chinese.</summary>
    public string MessageZh { get; }

    /// <summary>The message in English.</summary>
    public string MessageEn { get; }

    /// <summary>The source the rule cites.</summary>
    public SourceCitation Source { get; }

    /// <summary>The message in a language.</summary>
    /// <param name="language">The language.</param>
    public string Message(DisplayLanguage language) => Guard.Against.Undefined(language) == DisplayLanguage.Chinese ? MessageZh : MessageEn;

    /// <summary>For example <c>checkpoint-missed: …</c>.</summary>
    public override string ToString() => Subject is null ? $"{Code}: {MessageEn}" : $"{Code} at {Subject}: {MessageEn}";
}
