using System;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Json.Reading;

/// <summary>The converter that lets integrators (de)serialize domain types with their own options.</summary>
internal sealed class DocumentConverter<TDocument, T>(Codec<TDocument, T> codec) : JsonConverter<T>
    where TDocument : class
    where T : class
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var problems = new ProblemList();
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
