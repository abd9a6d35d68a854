using System;
using System.Text;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Problems;

/// <summary>
/// Where a <see cref="Problem"/> is, in as many terms as are known: the JSON path of the offending value in a document,
/// the code of the indicator (or level-1/level-2 node) it concerns, the element of the object that is neither (a
/// constructor parameter such as <c>target</c>, a score group, <c>budget</c>, <c>total</c>, a calendar entry
/// <c>holidays[2]</c>), and the subject when many are checked at once (an evaluation id in a portfolio). Each part is
/// null when it does not apply; none of them is ever a guess.
/// </summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public sealed class ProblemLocation : IEquatable<ProblemLocation>
{
    private ProblemLocation(string? jsonPath, string? indicatorCode, string? element, string? subject)
    {
        JsonPath = jsonPath;
        IndicatorCode = indicatorCode;
        Element = element;
        Subject = subject;
    }

    /// <summary>No location: the problem concerns the whole of what was checked.</summary>
    public static ProblemLocation None { get; } = new(null, null, null, null);

    /// <summary>The JSON path of the offending value, starting with <c>$</c> (<c>$.records[3].actual</c>), or null.</summary>
    public string? JsonPath { get; }

    /// <summary>The code of the indicator or node the problem concerns (<c>1.1.1</c>), or null.</summary>
    public string? IndicatorCode { get; }

    /// <summary>The element of the object that is not an indicator (<c>target</c>, <c>budget</c>, <c>holidays[2]</c>), or null.</summary>
    public string? Element { get; }

    /// <summary>The subject the problem belongs to when several are checked together (an evaluation id), or null.</summary>
    public string? Subject { get; }

    /// <summary>Whether no part is known.</summary>
    public bool IsNone => JsonPath is null && IndicatorCode is null && Element is null && Subject is null;

    /// <summary>The location of an indicator or node.</summary>
    /// <param name="code">The code, e.g. <c>1.1.1</c>.</param>
    /// <param name="element">The element of the indicator (a parameter such as <c>target</c>), or null.</param>
    public static ProblemLocation OfIndicator(string code, string? element = null) => new(null, Guard.Against.Blank(code), element, null);

    /// <summary>The location of an element that is not an indicator.</summary>
    /// <param name="element">The element, e.g. <c>budget</c>.</param>
    public static ProblemLocation OfElement(string element) => new(null, null, Guard.Against.Blank(element), null);

    /// <summary>A place in a JSON document.</summary>
    /// <param name="jsonPath">The path, starting with <c>$</c>.</param>
    /// <param name="indicatorCode">The code of the indicator at that place, or null.</param>
    public static ProblemLocation InDocument(string jsonPath, string? indicatorCode = null) => new(Guard.Against.Blank(jsonPath), indicatorCode, null, null);

    /// <summary>The same location with a JSON path (the element is dropped: the path says more).</summary>
    /// <param name="jsonPath">The path, starting with <c>$</c>.</param>
    public ProblemLocation WithJsonPath(string jsonPath) => new(Guard.Against.Blank(jsonPath), IndicatorCode, null, Subject);

    /// <summary>The same location with an indicator code.</summary>
    /// <param name="indicatorCode">The code, or null for none.</param>
    public ProblemLocation WithIndicatorCode(string? indicatorCode) => new(JsonPath, indicatorCode, Element, Subject);

    /// <summary>The same location within a subject.</summary>
    /// <param name="subject">The subject (an evaluation id), or null for none.</param>
    public ProblemLocation WithSubject(string? subject) => new(JsonPath, IndicatorCode, Element, subject);

    /// <inheritdoc/>
    public bool Equals(ProblemLocation? other) =>
        other is not null && string.Equals(JsonPath, other.JsonPath, StringComparison.Ordinal) &&
        string.Equals(IndicatorCode, other.IndicatorCode, StringComparison.Ordinal) &&
        string.Equals(Element, other.Element, StringComparison.Ordinal) && string.Equals(Subject, other.Subject, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProblemLocation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(JsonPath, IndicatorCode, Element, Subject);

    /// <summary>The known parts, for example <c>E1: $.records[0] (1.1.1)</c>, <c>1.1.1 target</c> or <c>budget</c>; empty for <see cref="None"/>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Subject is not null)
        {
            text.Append(Subject).Append(": ");
        }

        if (JsonPath is not null)
        {
            text.Append(JsonPath);
            if (IndicatorCode is not null)
            {
                text.Append(" (").Append(IndicatorCode).Append(')');
            }
        }
        else
        {
            text.Append(IndicatorCode);
            if (Element is not null)
            {
                text.Append(IndicatorCode is null ? string.Empty : " ").Append(Element);
            }
        }

        return text.ToString().TrimEnd(' ', ':');
    }
}
