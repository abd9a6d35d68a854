using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using BudgetPerformance.Catalog;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Json;

/// <summary>The <c>kind</c> values of the documents of schema version 1.</summary>
public static class DocumentKinds
{
    /// <summary><c>indicator-framework</c>: an indicator framework with provenance (<see cref="IndicatorFramework"/>).</summary>
    public const string IndicatorFramework = "indicator-framework";

    /// <summary><c>performance-target</c>: a performance target (<see cref="BudgetPerformance.PerformanceTarget"/>).</summary>
    public const string PerformanceTarget = "performance-target";

    /// <summary><c>evaluation</c>: an evaluation (<see cref="BudgetPerformance.Evaluation"/>), nested or as form rows.</summary>
    public const string Evaluation = "evaluation";

    /// <summary><c>portfolio</c>: the subjects, targets and evaluations of one fiscal year (<see cref="BudgetPerformance.Portfolio"/>).</summary>
    public const string Portfolio = "portfolio";

    /// <summary><c>rule-set</c>: a rule set (<see cref="Rules.RuleSet"/>).</summary>
    public const string RuleSet = "rule-set";

    /// <summary><c>working-day-calendar</c>: the official holidays and make-up working days of some years (<see cref="HolidayCalendar"/>).</summary>
    public const string WorkingDayCalendar = "working-day-calendar";

    /// <summary>Every kind, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [IndicatorFramework, PerformanceTarget, Evaluation, Portfolio, RuleSet, WorkingDayCalendar];
}

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
        Preconditions.CheckNotNull(json);
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
        Preconditions.CheckNotNull(utf8Json);
        limits ??= JsonReadLimits.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxDocumentBytes)
            {
                value = null;
                report = new ValidationReport([Messages.DocumentLargerThan.At(ProblemLocation.InDocument("$"), limits.MaxDocumentBytes)]);
                return false;
            }
        }

        return ReadCore(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), out value, out report, limits);
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
    public byte[] WriteToUtf8Bytes(T value) => codec.Write(Preconditions.CheckNotNull(value));

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
        Preconditions.CheckNotNull(utf8Json);
        utf8Json.Write(WriteToUtf8Bytes(value));
    }

    private bool ReadCore(ReadOnlyMemory<byte> utf8, [NotNullWhen(true)] out T? value, out ValidationReport report, JsonReadLimits? limits)
    {
        value = codec.Read(utf8, limits ?? JsonReadLimits.Default, out report);
        return value is not null;
    }
}

/// <summary>
/// The JSON documents of schema version 1, one <see cref="JsonDocumentFormat{T}"/> per kind, and the streaming
/// portfolio reader. See docs/json/ for the fields of each kind and docs/schemas/ for their JSON Schemas.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class JsonDocuments
{
    internal static readonly Codec<FrameworkDocument, IndicatorFramework> FrameworkCodec =
        new(DocumentKinds.IndicatorFramework, ContractJson.TypeInfo<FrameworkDocument>(), (m, d, p) => m.Framework(d, p), Mapper.ToContract);

    internal static readonly Codec<PerformanceTargetDocument, PerformanceTarget> TargetCodec =
        new(DocumentKinds.PerformanceTarget, ContractJson.TypeInfo<PerformanceTargetDocument>(), (m, d, p) => m.Target(d, p), Mapper.ToTargetDocument);

    internal static readonly Codec<EvaluationDocument, Evaluation> EvaluationCodec =
        new(DocumentKinds.Evaluation, ContractJson.TypeInfo<EvaluationDocument>(), (m, d, p) => m.Evaluation(d, p), Mapper.ToEvaluationDocument);

    internal static readonly Codec<PortfolioDocument, Portfolio> PortfolioCodec =
        new(DocumentKinds.Portfolio, ContractJson.TypeInfo<PortfolioDocument>(), (m, d, p) => m.Portfolio(d, p), Mapper.ToContract);

    internal static readonly Codec<RuleSetDocument, RuleSet> RuleSetCodec =
        new(DocumentKinds.RuleSet, ContractJson.TypeInfo<RuleSetDocument>(), (m, d, p) => m.RuleSet(d, p), Mapper.ToContract);

    internal static readonly Codec<CalendarDocument, HolidayCalendar> CalendarCodec =
        new(DocumentKinds.WorkingDayCalendar, ContractJson.TypeInfo<CalendarDocument>(), (m, d, p) => m.Calendar(d, p), Mapper.ToContract);

    /// <summary>Indicator frameworks (<c>indicator-framework</c>), the shape of the built-in catalogue.</summary>
    public static JsonDocumentFormat<IndicatorFramework> IndicatorFramework { get; } = new(FrameworkCodec);

    /// <summary>Performance targets (<c>performance-target</c>).</summary>
    public static JsonDocumentFormat<PerformanceTarget> PerformanceTarget { get; } = new(TargetCodec);

    /// <summary>Evaluations (<c>evaluation</c>), nested or as flat form rows.</summary>
    public static JsonDocumentFormat<Evaluation> Evaluation { get; } = new(EvaluationCodec);

    /// <summary>Portfolios of one fiscal year (<c>portfolio</c>).</summary>
    public static JsonDocumentFormat<Portfolio> Portfolio { get; } = new(PortfolioCodec);

    /// <summary>Rule sets (<c>rule-set</c>): the envelope and the grading family.</summary>
    public static JsonDocumentFormat<RuleSet> RuleSet { get; } = new(RuleSetCodec);

    /// <summary>Working-day calendars (<c>working-day-calendar</c>): the official holidays and make-up working days of the years they cover.</summary>
    public static JsonDocumentFormat<HolidayCalendar> WorkingDayCalendar { get; } = new(CalendarCodec);

    /// <summary>
    /// Reads the evaluations of a portfolio document one at a time, so that memory does not grow with the size of the
    /// stream: only one evaluation (or other top-level value) is held at once. The other top-level properties are
    /// validated as they pass; each evaluation is validated fully, and its subject and year are checked against the
    /// subject lists and year that precede the <c>evaluations</c> array (writers put it last).
    /// </summary>
    /// <param name="utf8Json">The stream of UTF-8; not closed.</param>
    /// <param name="limits">The limits, or null for the defaults; <see cref="JsonReadLimits.MaxDocumentBytes"/> bounds each single top-level value
    /// (counted with its name and the separator and blanks before it) or evaluation (counted with the comma before it), however the
    /// stream delivers it, and <see cref="JsonReadLimits.MaxArrayLength"/> does not count evaluations.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The evaluations, in document order.</returns>
    /// <exception cref="JsonContractException">When enumerated: the document or an evaluation is not valid; the report lists every problem of that part
    /// (paths such as <c>$.evaluations[12].records[0].actual</c>). Evaluations before it have been yielded.</exception>
    public static IAsyncEnumerable<Evaluation> ReadPortfolioEvaluationsAsync(Stream utf8Json, JsonReadLimits? limits = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Json);
        return new PortfolioStreamReader(utf8Json, limits ?? JsonReadLimits.Default).ReadAsync(cancellationToken);
    }
}

/// <summary>
/// The one entry point for integrators who use System.Text.Json with their own options: it teaches a
/// <see cref="JsonSerializerOptions"/> the domain types <see cref="Evaluation"/>, <see cref="PerformanceTarget"/>,
/// <see cref="IndicatorFramework"/>, <see cref="BudgetPerformance.Portfolio"/> and <see cref="RuleSet"/>, read and written as the
/// documents of schema version 1 (source-generated; no reflection).
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class BudgetPerformanceJson
{
    /// <summary>The schema version this library reads and writes: 1.</summary>
    public const int SchemaVersion = 1;

    private static readonly Lazy<JsonSerializerOptions> Ready = new(() =>
    {
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }.ConfigureForBudgetPerformance();
        options.MakeReadOnly();
        return options;
    });

    /// <summary>Ready-made, read-only options configured by <see cref="ConfigureForBudgetPerformance"/> (indented, <c>\n</c> line ends).</summary>
    public static JsonSerializerOptions Options => Ready.Value;

    /// <summary>
    /// Configures <paramref name="options"/> for the library: it puts a resolver for the domain types at the front of
    /// <see cref="JsonSerializerOptions.TypeInfoResolverChain"/>. Reading a domain type validates the document and throws
    /// <see cref="JsonContractException"/> (a <see cref="JsonException"/>) with the full report when it is not valid.
    /// </summary>
    /// <param name="options">Options that are not yet read-only.</param>
    /// <returns>The same options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is read-only.</exception>
    public static JsonSerializerOptions ConfigureForBudgetPerformance(this JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        if (options.IsReadOnly)
        {
            throw new InvalidOperationException("The options are read-only; configure them before their first use.");
        }

        if (!options.TypeInfoResolverChain.Contains(DomainTypeResolver.Instance))
        {
            options.TypeInfoResolverChain.Insert(0, DomainTypeResolver.Instance);
        }

        return options;
    }
}
