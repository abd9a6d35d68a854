using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Json;

/// <summary>The read and write pipeline of one document kind: syntax → structure → mapping, and domain → contract → UTF-8.</summary>
internal interface ICodec<T>
    where T : class
{
    string Kind { get; }

    JsonTypeInfo ContractTypeInfo { get; }

    T? Read(ReadOnlyMemory<byte> utf8, JsonReadLimits limits, out ValidationReport report);

    byte[] Write(T value);
}

internal sealed class Codec<TDocument, T>(string kind, JsonTypeInfo<TDocument> info, Func<Mapper, TDocument, string, T?> map, Func<T, TDocument> toContract) : ICodec<T>
    where TDocument : class
    where T : class
{
    private static JsonSerializerOptions Options => ContractJson.Options;

    /// <summary>The English message of a sum out of range (the tests compare with it).</summary>
    internal static string TooLargeToAdd => Messages.SumOutsideDecimal.English;

    public string Kind => kind;

    public JsonTypeInfo ContractTypeInfo => info;

    public T? Read(ReadOnlyMemory<byte> utf8, JsonReadLimits limits, out ValidationReport report)
    {
        var problems = new Problems();
        T? value = null;
        try
        {
            if (utf8.Span.StartsWith("\uFEFF"u8))
            {
                utf8 = utf8[3..];
            }

            if (utf8.Length > limits.MaxDocumentBytes)
            {
                problems.Add(Messages.DocumentBytesOverLimit, "$", null, utf8.Length, limits.MaxDocumentBytes);
            }
            else if (SyntaxScanner.Scan(utf8.Span, limits, problems))
            {
                using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = limits.MaxDepth + 1 });
                value = ReadElement(document.RootElement, limits, problems, "$", header: true);
            }
        }
        catch (OverflowException)
        {
            // Every number fits a decimal (the structural check saw to that), but a sum of them does not.
            problems.Add(Messages.SumOutsideDecimal, "$", null);
            value = null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            problems.Add(Messages.ReadingFailed, "$", null, ex.GetType().Name, ex.Message);
            value = null;
        }

        report = problems.ToReport();
        return report.IsValid ? value : null;
    }

    internal T? ReadElement(JsonElement root, JsonReadLimits limits, Problems problems, string path, bool header)
    {
        if (header && !Header(root, kind, problems, path))
        {
            return null;
        }

        var before = problems.Count;
        new StructuralValidator(Options, limits, problems).Validate(root, info, path);
        if (problems.Count > before)
        {
            return null;
        }

        TDocument contract = root.Deserialize(info) ?? throw new InvalidOperationException("The contract read as null.");
        var value = map(new Mapper(problems), contract, path);
        return problems.Count > before ? null : value ?? throw new InvalidOperationException("The mapping failed without a report entry.");
    }

    internal void Write(Utf8JsonWriter writer, T value) => JsonSerializer.Serialize(writer, toContract(value), info);

    public byte[] Write(T value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ContractJson.WriterOptions))
        {
            Write(writer, value);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static bool Header(JsonElement root, string kind, Problems problems, string path)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(Messages.DocumentNotObject, path, null, kind);
            return false;
        }

        var ok = true;
        if (!root.TryGetProperty("kind", out var k))
        {
            problems.Add(Messages.DocumentKindMissing, path + ".kind", null, kind);
            ok = false;
        }
        else if (k.ValueKind != JsonValueKind.String || k.GetString() != kind)
        {
            problems.Add(Messages.DocumentOfOtherKind, path + ".kind", null, kind, Problems.Shorten(k.GetRawText()));
            ok = false;
        }

        var version = 0; // not "out var" in the condition below: a mutant of it would leave the variable unassigned (safe mode)
        if (!root.TryGetProperty("schemaVersion", out var v))
        {
            problems.Add(Messages.SchemaVersionMissing, path + ".schemaVersion", null);
            ok = false;
        }
        else if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out version) || version != BudgetPerformanceJson.SchemaVersion)
        {
            problems.Add(Messages.SchemaVersionUnsupported, path + ".schemaVersion", null, Problems.Shorten(v.GetRawText()), BudgetPerformanceJson.SchemaVersion);
            ok = false;
        }

        return ok;
    }
}

/// <summary>The options every contract is read and written with (source-generated metadata only).</summary>
internal static class ContractJson
{
    internal static JsonSerializerOptions Options => ContractOptions.Value;

    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal static JsonTypeInfo<TDocument> TypeInfo<TDocument>() => (JsonTypeInfo<TDocument>)Options.GetTypeInfo(typeof(TDocument));

    private static readonly Lazy<JsonSerializerOptions> ContractOptions = new(() =>
    {
        var options = new JsonSerializerOptions(ContractContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
            IndentSize = 2,
        };
        options.MakeReadOnly();
        return options;
    });
}

/// <summary>The converter that lets integrators (de)serialize domain types with their own options.</summary>
internal sealed class DocumentConverter<TDocument, T>(Codec<TDocument, T> codec) : JsonConverter<T>
    where TDocument : class
    where T : class
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var problems = new Problems();
        T? value = null;
        try
        {
            // The same syntax scan as TryRead (UTF-8, escaped lone surrogates, depth, number range), over the value's
            // own bytes: without it an escaped lone surrogate surfaced as internal-error here (docs/quality.md).
            if (SyntaxScanner.Scan(JsonMarshal.GetRawUtf8Value(document.RootElement), JsonReadLimits.Default, problems))
            {
                value = codec.ReadElement(document.RootElement, JsonReadLimits.Default, problems, "$", header: true);
            }
        }
        catch (InvalidOperationException ex) when (SyntaxScanner.IsInvalidUtf8(ex))
        {
            problems.Add(Messages.DocumentNotUtf8, "$", null);
            value = null;
        }
        catch (OverflowException)
        {
            problems.Add(Messages.SumOutsideDecimal, "$", null);
            value = null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            problems.Add(Messages.ReadingFailed, "$", null, ex.GetType().Name, ex.Message);
            value = null;
        }

        return value ?? throw new JsonContractException(problems.ToReport());
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => codec.Write(writer, value);
}

/// <summary>Resolves the domain types of the six document kinds to their converters (no reflection).</summary>
internal sealed class DomainTypeResolver : IJsonTypeInfoResolver
{
    internal static readonly DomainTypeResolver Instance = new();

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        if (type == typeof(Evaluation))
        {
            return JsonMetadataServices.CreateValueInfo<Evaluation>(options, new DocumentConverter<EvaluationDocument, Evaluation>(JsonDocuments.EvaluationCodec));
        }

        if (type == typeof(PerformanceTarget))
        {
            return JsonMetadataServices.CreateValueInfo<PerformanceTarget>(options, new DocumentConverter<PerformanceTargetDocument, PerformanceTarget>(JsonDocuments.TargetCodec));
        }

        if (type == typeof(Catalog.IndicatorFramework))
        {
            return JsonMetadataServices.CreateValueInfo<Catalog.IndicatorFramework>(options, new DocumentConverter<FrameworkDocument, Catalog.IndicatorFramework>(JsonDocuments.FrameworkCodec));
        }

        if (type == typeof(Portfolio))
        {
            return JsonMetadataServices.CreateValueInfo<Portfolio>(options, new DocumentConverter<PortfolioDocument, Portfolio>(JsonDocuments.PortfolioCodec));
        }

        if (type == typeof(Rules.RuleSet))
        {
            return JsonMetadataServices.CreateValueInfo<Rules.RuleSet>(options, new DocumentConverter<RuleSetDocument, Rules.RuleSet>(JsonDocuments.RuleSetCodec));
        }

        if (type == typeof(HolidayCalendar))
        {
            return JsonMetadataServices.CreateValueInfo<HolidayCalendar>(options, new DocumentConverter<CalendarDocument, HolidayCalendar>(JsonDocuments.CalendarCodec));
        }

        return null;
    }
}
