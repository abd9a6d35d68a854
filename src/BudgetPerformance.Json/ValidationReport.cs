using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.Json;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

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
        Problems = ImmutableArray.CreateRange(Preconditions.CheckItemsNotNull(problems));
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

/// <summary>
/// The one exception the throwing readers of <see cref="JsonDocuments"/> throw for bad input (and that the
/// converters installed by <see cref="BudgetPerformanceJson.ConfigureForBudgetPerformance"/> throw). It carries the
/// full <see cref="ValidationReport"/>. It is a <see cref="JsonException"/>, so callers that catch those catch it too.
/// </summary>
public sealed class JsonContractException : JsonException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="report">The report; not valid.</param>
    public JsonContractException(ValidationReport report)
        : base(Describe(report))
    {
        Report = report;
    }

    /// <summary>Every problem of the document.</summary>
    public ValidationReport Report { get; }

    private static string Describe(ValidationReport report)
    {
        Preconditions.CheckNotNull(report);
        var first = report.Problems.Count > 0 ? ValidationReport.Line(report.Problems[0]) : "no problems";
        return $"The document is not valid: {report.Problems.Count} problem(s); the first is {first}";
    }
}

/// <summary>
/// The limits a reader enforces on untrusted input; each breach is a report entry, not an exception.
/// </summary>
/// <remarks>Immutable and thread-safe. All limits are inclusive maxima.</remarks>
public sealed class JsonReadLimits
{
    /// <summary>Creates limits.</summary>
    /// <param name="maxDocumentBytes">The largest document in UTF-8 bytes (for the streaming portfolio reader: the largest single evaluation or other top-level value); at least 1.</param>
    /// <param name="maxDepth">The deepest nesting of objects and arrays; 1 to 256.</param>
    /// <param name="maxStringLength">The longest string value, in UTF-16 characters; at least 1.</param>
    /// <param name="maxArrayLength">The most items in one array (the streaming portfolio reader does not count evaluations); at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of range.</exception>
    public JsonReadLimits(long maxDocumentBytes = DefaultMaxDocumentBytes, int maxDepth = DefaultMaxDepth, int maxStringLength = DefaultMaxStringLength, int maxArrayLength = DefaultMaxArrayLength)
    {
        if (maxDocumentBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDocumentBytes), maxDocumentBytes, "The limit must be at least 1.");
        }

        MaxDocumentBytes = maxDocumentBytes;
        MaxDepth = Preconditions.CheckRange(maxDepth, 1, 256);
        MaxStringLength = Preconditions.CheckRange(maxStringLength, 1, int.MaxValue);
        MaxArrayLength = Preconditions.CheckRange(maxArrayLength, 1, int.MaxValue);
    }

    /// <summary>The default document size limit, 64 MiB.</summary>
    public const long DefaultMaxDocumentBytes = 64L * 1024 * 1024;

    /// <summary>The default depth limit, 32 (the deepest valid document nests 9 levels).</summary>
    public const int DefaultMaxDepth = 32;

    /// <summary>The default string length limit, 16,384 characters.</summary>
    public const int DefaultMaxStringLength = 16_384;

    /// <summary>The default array length limit, 100,000 items.</summary>
    public const int DefaultMaxArrayLength = 100_000;

    /// <summary>The default limits.</summary>
    public static JsonReadLimits Default { get; } = new();

    /// <summary>The largest document in bytes.</summary>
    public long MaxDocumentBytes { get; }

    /// <summary>The deepest nesting.</summary>
    public int MaxDepth { get; }

    /// <summary>The longest string.</summary>
    public int MaxStringLength { get; }

    /// <summary>The longest array.</summary>
    public int MaxArrayLength { get; }
}
