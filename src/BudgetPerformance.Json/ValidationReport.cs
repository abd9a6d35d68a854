using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Text;
using System.Text.Json;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Json;

/// <summary>
/// One problem of a document: a stable <see cref="Code"/> (see <see cref="JsonErrorCodes"/> and
/// <see cref="ProblemCodes"/>; listed in docs/json/errors.md), a message, and where it is: a JSON path such as
/// <c>$.indicators[3].target</c> and, for problems of an indicator, its code.
/// </summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public sealed class ValidationEntry : IEquatable<ValidationEntry>
{
    /// <summary>Creates an entry.</summary>
    /// <param name="code">The stable code, e.g. <c>unknown-property</c>.</param>
    /// <param name="message">The message in English.</param>
    /// <param name="path">The JSON path of the offending value, starting with <c>$</c>.</param>
    /// <param name="indicatorCode">The code of the offending indicator (or other node), or null.</param>
    public ValidationEntry(string code, string message, string path, string? indicatorCode = null)
    {
        Code = Preconditions.CheckNotBlank(code);
        Message = Preconditions.CheckNotNull(message);
        Path = Preconditions.CheckNotBlank(path);
        IndicatorCode = indicatorCode;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The message.</summary>
    public string Message { get; }

    /// <summary>The JSON path, e.g. <c>$.groups[0].children[1].indicators[0].target</c>.</summary>
    public string Path { get; }

    /// <summary>The code of the offending indicator or node, or null when the problem is not tied to one.</summary>
    public string? IndicatorCode { get; }

    /// <inheritdoc/>
    public bool Equals(ValidationEntry? other) =>
        other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal) &&
        string.Equals(Message, other.Message, StringComparison.Ordinal) && string.Equals(Path, other.Path, StringComparison.Ordinal) &&
        string.Equals(IndicatorCode, other.IndicatorCode, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValidationEntry);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Message, Path, IndicatorCode);

    /// <summary>For example <c>$.groups[0].points: points-sum (1): The children of 1 have ...</c>.</summary>
    public override string ToString() =>
        IndicatorCode is null ? $"{Path}: {Code}: {Message}" : $"{Path}: {Code} ({IndicatorCode}): {Message}";
}

/// <summary>
/// The result of validating a document: every problem found, all at once, in the order found. A document with no
/// entries is valid.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ValidationReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="entries">The problems.</param>
    public ValidationReport(IEnumerable<ValidationEntry> entries)
    {
        Entries = new ReadOnlyCollection<ValidationEntry>(Preconditions.CheckItemsNotNull(entries).ToArray());
    }

    /// <summary>The report of a valid document: no entries.</summary>
    public static ValidationReport Valid { get; } = new([]);

    /// <summary>The problems, in the order found.</summary>
    public IReadOnlyList<ValidationEntry> Entries { get; }

    /// <summary>Whether the document is valid (no entries).</summary>
    public bool IsValid => Entries.Count == 0;

    /// <summary>The report as JSON: <c>{"valid":false,"entries":[{"code":...,"message":...,"path":...,"indicatorCode":...}]}</c>.</summary>
    public string ToJson()
    {
        using var stream = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("valid", IsValid);
            writer.WriteStartArray("entries");
            foreach (var entry in Entries)
            {
                writer.WriteStartObject();
                writer.WriteString("code", entry.Code);
                writer.WriteString("message", entry.Message);
                writer.WriteString("path", entry.Path);
                if (entry.IndicatorCode is not null)
                {
                    writer.WriteString("indicatorCode", entry.IndicatorCode);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>One line per entry, or <c>valid</c>.</summary>
    public override string ToString() => IsValid ? "valid" : string.Join(Environment.NewLine, Entries.Select(e => e.ToString()));
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
        var first = report.Entries.Count > 0 ? report.Entries[0].ToString() : "no entries";
        return $"The document is not valid: {report.Entries.Count} problem(s); the first is {first}";
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
