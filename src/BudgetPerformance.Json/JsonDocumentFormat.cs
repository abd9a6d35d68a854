using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using Ardalis.GuardClauses;
using BudgetPerformance.Json.Reading;
using BudgetPerformance.Json.Schemas;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Json;

/// <summary>
/// The JSON form of one document kind: read with a validation report (<see cref="TryRead(ReadOnlySpan{byte}, out T, out ValidationReport, JsonReadLimits?)"/>)
/// or throwing <see cref="JsonContractException"/> (<see cref="Read(ReadOnlySpan{byte}, JsonReadLimits?)"/>), write canonically,
/// and publish the JSON Schema. Obtain instances from <see cref="JsonDocuments"/>.
/// </summary>
/// <typeparam name="T">The domain type.</typeparam>
/// <remarks>
/// <para>Reading never throws for bad input: every problem becomes an entry of the report (see docs/json/errors.md).
/// Writing is canonical: UTF-8, camelCase, two-space indentation, <c>\n</c> line ends, a final newline, absent values
/// omitted, decimals with their scale (1.10 stays 1.10), independent of the current culture.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class JsonDocumentFormat<T>
    where T : class
{
    private readonly ICodec<T> codec;
    private readonly Lazy<string> schema;

    internal JsonDocumentFormat(ICodec<T> codec)
    {
        this.codec = codec;
        schema = new Lazy<string>(GenerateSchema);
    }

    /// <summary>The document kind, e.g. <c>evaluation</c>.</summary>
    public string Kind => codec.Kind;

    /// <summary>The schema version this format reads and writes, 1.</summary>
    public int SchemaVersion => BudgetPerformanceJson.SchemaVersion;

    /// <summary>The JSON Schema (draft 2020-12) of the document, as checked in under docs/schemas/.</summary>
    public string Schema => schema.Value;

    /// <summary>
    /// Generates the schema afresh, without the cache behind <see cref="Schema"/>: the schema tests compare it with the
    /// checked-in file, so that the mutation run's per-test coverage sees every test that runs the generator.
    /// </summary>
    internal string GenerateSchema() => SchemaExport.Generate(codec.Kind, codec.ContractTypeInfo);

    /// <summary>Reads a document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 text (a byte-order mark is skipped).</param>
    /// <param name="value">The document, when it is valid.</param>
    /// <param name="report">Every problem found; valid when <paramref name="value"/> was read.</param>
    /// <param name="limits">The limits, or null for <see cref="JsonReadLimits.Default"/>.</param>
    /// <returns>Whether the document is valid.</returns>
    public bool TryRead(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out T? value, out ValidationReport report, JsonReadLimits? limits = null) =>
        ReadCore(utf8Json.ToArray(), out value, out report, limits);

    /// <summary>Reads a document from a string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="value">The document, when it is valid.</param>
    /// <param name="report">Every problem found.</param>
    /// <param name="limits">The limits, or null for the defaults.</param>
    /// <returns>Whether the document is valid.</returns>
    public bool TryRead(string json, [NotNullWhen(true)] out T? value, out ValidationReport report, JsonReadLimits? limits = null)
    {
        Guard.Against.Null(json);
        return ReadCore(Encoding.UTF8.GetBytes(json), out value, out report, limits);
    }

    /// <summary>Reads a document from a stream of UTF-8 (to its end, at most <see cref="JsonReadLimits.MaxDocumentBytes"/> bytes plus one).</summary>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <param name="value">The document, when it is valid.</param>
    /// <param name="report">Every problem found.</param>
    /// <param name="limits">The limits, or null for the defaults.</param>
    /// <returns>Whether the document is valid.</returns>
    public bool TryRead(Stream utf8Json, [NotNullWhen(true)] out T? value, out ValidationReport report, JsonReadLimits? limits = null)
    {
        Guard.Against.Null(utf8Json);
        limits ??= JsonReadLimits.Default;
        if (!BoundedInput.TryReadAll(utf8Json, limits.MaxDocumentBytes, out var utf8))
        {
            value = null;
            report = new ValidationReport([Messages.DocumentLargerThan.At(ProblemLocation.InDocument("$"), limits.MaxDocumentBytes)]);
            return false;
        }

        return ReadCore(utf8, out value, out report, limits);
    }

    /// <summary>Reads a document from UTF-8 bytes, throwing when it is not valid.</summary>
    /// <param name="utf8Json">The UTF-8 text.</param>
    /// <param name="limits">The limits, or null for the defaults.</param>
    /// <exception cref="JsonContractException">The document is not valid; the exception carries the full report.</exception>
    public T Read(ReadOnlySpan<byte> utf8Json, JsonReadLimits? limits = null) =>
        TryRead(utf8Json, out var value, out var report, limits) ? value : throw new JsonContractException(report);

    /// <summary>Reads a document from a string, throwing when it is not valid.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">The limits, or null for the defaults.</param>
    /// <exception cref="JsonContractException">The document is not valid.</exception>
    public T Read(string json, JsonReadLimits? limits = null) =>
        TryRead(json, out var value, out var report, limits) ? value : throw new JsonContractException(report);

    /// <summary>Reads a document from a stream, throwing when it is not valid.</summary>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <param name="limits">The limits, or null for the defaults.</param>
    /// <exception cref="JsonContractException">The document is not valid.</exception>
    public T Read(Stream utf8Json, JsonReadLimits? limits = null) =>
        TryRead(utf8Json, out var value, out var report, limits) ? value : throw new JsonContractException(report);

    /// <summary>Writes the canonical document as UTF-8 bytes.</summary>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentException">The value uses a custom indicator class or sector, which schema version 1 cannot name.</exception>
    public byte[] WriteToUtf8Bytes(T value) => codec.Write(Guard.Against.Null(value));

    /// <summary>Writes the canonical document as a string.</summary>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentException">The value uses a custom indicator class or sector.</exception>
    public string Write(T value) => Encoding.UTF8.GetString(WriteToUtf8Bytes(value));

    /// <summary>Writes the canonical document to a stream.</summary>
    /// <param name="value">The value.</param>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <exception cref="ArgumentException">The value uses a custom indicator class or sector.</exception>
    public void Write(T value, Stream utf8Json)
    {
        Guard.Against.Null(utf8Json);
        utf8Json.Write(WriteToUtf8Bytes(value));
    }

    private bool ReadCore(ReadOnlyMemory<byte> utf8, [NotNullWhen(true)] out T? value, out ValidationReport report, JsonReadLimits? limits)
    {
        value = codec.Read(utf8, limits ?? JsonReadLimits.Default, out report);
        return value is not null;
    }
}
