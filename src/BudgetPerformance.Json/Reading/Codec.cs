using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Json.Reading;

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
        var problems = new ProblemList();
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

    internal T? ReadElement(JsonElement root, JsonReadLimits limits, ProblemList problems, string path, bool header)
    {
        if (header && !Header(root, kind, problems, path))
        {
            return null;
        }

        var before = problems.Count;
        new StructuralValidator(Options, limits, problems).Validate(root, info, path);
        var lenient = problems.Count > before && ContractJson.OnlyUnknownProperties(problems, before);
        if (problems.Count > before && !lenient)
        {
            return null;
        }

        // Unknown properties do not stop the model's checks (every independent problem in one pass): the contract is
        // read without them.
        TDocument contract = (lenient ? root.Deserialize(ContractJson.Lenient<TDocument>()) : root.Deserialize(info)) ?? throw new InvalidOperationException("The contract read as null.");
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

    private static bool Header(JsonElement root, string kind, ProblemList problems, string path)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(Messages.DocumentNotObject, path, null, kind);
            return false;
        }

        var ok = true;
        var kinds = 0;
        var versions = 0;
        foreach (var property in root.EnumerateObject())
        {
            kinds += property.NameEquals("kind"u8) ? 1 : 0;
            versions += property.NameEquals("schemaVersion"u8) ? 1 : 0;
        }

        // A repeated kind or version is duplicate-property, which the structural check reports; which of the values counts
        // is not for the header to guess (it reported wrong-kind when the last one differed).
        if (kinds > 1)
        {
        }
        else if (!root.TryGetProperty("kind", out var k))
        {
            problems.Add(Messages.DocumentKindMissing, path + ".kind", null, kind);
            ok = false;
        }
        else if (k.ValueKind != JsonValueKind.String || k.GetString() != kind)
        {
            problems.Add(Messages.DocumentOfOtherKind, path + ".kind", null, kind, ProblemList.Shorten(k.GetRawText()));
            ok = false;
        }

        var version = 0; // not "out var" in the condition below: a mutant of it would leave the variable unassigned (safe mode)
        if (versions > 1)
        {
        }
        else if (!root.TryGetProperty("schemaVersion", out var v))
        {
            problems.Add(Messages.SchemaVersionMissing, path + ".schemaVersion", null);
            ok = false;
        }
        else if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out version) || version != BudgetPerformanceJson.SchemaVersion)
        {
            problems.Add(Messages.SchemaVersionUnsupported, path + ".schemaVersion", null, ProblemList.Shorten(v.GetRawText()), BudgetPerformanceJson.SchemaVersion);
            ok = false;
        }

        return ok;
    }
}
