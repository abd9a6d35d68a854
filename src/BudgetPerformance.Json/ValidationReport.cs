using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.Json;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json;

/// <summary>
/// The result of validating a document: every problem found, all at once, in the order found. A document with no
/// problems is valid. Each <see cref="Problem"/> carries its stable code (docs/json/errors.md), its severity, its JSON
/// path (and the code of the indicator, where there is one) and its message in Chinese and English.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ValidationReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="problems">The problems.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or one of its items is null.</exception>
    public ValidationReport(IEnumerable<Problem> problems)
    {
        Problems = ImmutableArray.CreateRange(Guard.Against.NullItems(problems));
    }

    /// <summary>The report of a valid document: no problems.</summary>
    public static ValidationReport Valid { get; } = new([]);

    /// <summary>The problems, in the order found (immutable: an <see cref="ImmutableArray{T}"/> behind the interface).</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Whether the document is valid (no problems).</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>
    /// The report as JSON: <c>{"valid":false,"problems":[{"code":…,"severity":"error","path":…,"indicatorCode":…,"message":{"zh":…,"en":…}}]}</c>
    /// (<c>indicatorCode</c> and <c>subject</c> only where known).
    /// </summary>
    public string ToJson()
    {
        using var stream = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("valid", IsValid);
            writer.WriteStartArray("problems");
            foreach (var problem in Problems)
            {
                writer.WriteStartObject();
                writer.WriteString("code", problem.Code);
                writer.WriteString("severity", EnumText.Format(problem.Severity));
                if (problem.Location.JsonPath is not null)
                {
                    writer.WriteString("path", problem.Location.JsonPath);
                }

                if (problem.Location.IndicatorCode is not null)
                {
                    writer.WriteString("indicatorCode", problem.Location.IndicatorCode);
                }

                if (problem.Location.Subject is not null)
                {
                    writer.WriteString("subject", problem.Location.Subject);
                }

                writer.WriteStartObject("message");
                writer.WriteString("zh", problem.MessageZh);
                writer.WriteString("en", problem.MessageEn);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>One line per problem (code, location, English message), or <c>valid</c>.</summary>
    public override string ToString() => IsValid ? "valid" : string.Join(Environment.NewLine, Problems.Select(Line));

    /// <summary>One problem as a line of <see cref="ToString"/>: <c>$.groups[0].points: points-sum (1): The children of 1 …</c>.</summary>
    internal static string Line(Problem problem) => problem.Location.IndicatorCode is null
        ? $"{problem.Location.JsonPath}: {problem.Code}: {problem.MessageEn}"
        : $"{problem.Location.JsonPath}: {problem.Code} ({problem.Location.IndicatorCode}): {problem.MessageEn}";
}
