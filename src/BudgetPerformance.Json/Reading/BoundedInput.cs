using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Json.Reading;

/// <summary>
/// Reads a whole input within a byte limit: never more than the limit plus one byte from the stream, and never a buffer
/// larger than that, so an endless stream (a FIFO, <c>/dev/zero</c>) stops at the limit in bounded time and memory.
/// </summary>
internal static class BoundedInput
{
    /// <summary>
    /// The bytes of the stream from its position to its end; false (and no bytes) when it holds more than
    /// <paramref name="maxBytes"/>, found after reading at most <paramref name="maxBytes"/> + 1 bytes.
    /// </summary>
    internal static bool TryReadAll(Stream stream, long maxBytes, out ReadOnlyMemory<byte> bytes)
    {
        var cap = Math.Min(maxBytes + 1, Array.MaxLength);
        long first = 1 << 16;
        if (stream.CanSeek && stream.Length > stream.Position)
        {
            // A file says how long it is: one chunk of that size plus the byte that proves it did not grow.
            first = stream.Length - stream.Position + 1;
        }

        // Chunks, not one array grown by doubling: an endless stream (a device such as /dev/zero says it has 0 bytes) costs
        // the cap and no more; only an input within the limit is copied into one array at the end.
        var chunks = new List<byte[]>();
        long total = 0;
        var chunk = new byte[Math.Min(first, cap)];
        var filled = 0;
        while (true)
        {
            if (filled == chunk.Length)
            {
                chunks.Add(chunk);
                total += filled;
                if (total >= cap)
                {
                    bytes = default;
                    return false;
                }

                chunk = new byte[Math.Min(Math.Clamp(total, 1 << 16, 1 << 22), cap - total)];
                filled = 0;
            }

            var read = stream.Read(chunk, filled, chunk.Length - filled);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        if (chunks.Count == 0)
        {
            bytes = chunk.AsMemory(0, filled);
            return true;
        }

        var all = new byte[total + filled];
        var at = 0;
        foreach (var full in chunks)
        {
            full.CopyTo(all, at);
            at += full.Length;
        }

        chunk.AsSpan(0, filled).CopyTo(all.AsSpan(at));
        bytes = all;
        return true;
    }

    /// <summary>The problem of an input larger than the limit.</summary>
    internal static Problem TooLarge(JsonReadLimits limits) => Messages.DocumentLargerThan.At(ProblemLocation.InDocument("$"), limits.MaxDocumentBytes);

    /// <summary>
    /// Reads a side file that has no reader of its own (bpm's <c>--requests</c>) under the limits of every document: at most
    /// <see cref="JsonReadLimits.MaxDocumentBytes"/> bytes plus one, then the syntax pass (UTF-8, well-formed JSON, depth,
    /// lone surrogates) and the length of every string and property name. Null when the bytes are within the limits;
    /// otherwise the report (one problem, with its code and path).
    /// </summary>
    internal static ValidationReport? ReadSideFile(Stream stream, JsonReadLimits limits, out ReadOnlyMemory<byte> bytes)
    {
        if (!TryReadAll(stream, limits.MaxDocumentBytes, out bytes))
        {
            return new ValidationReport([TooLarge(limits)]);
        }

        var problems = new ProblemList();
        if (!SyntaxScanner.Scan(bytes.Span, limits, problems))
        {
            return problems.ToReport();
        }

        var reader = new Utf8JsonReader(bytes.Span, new JsonReaderOptions { MaxDepth = limits.MaxDepth + 1 });
        string? name = null;
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String)
            {
                var span = reader.ValueSpan;
                var length = reader.ValueIsEscaped ? reader.GetString()!.Length : span.Length <= limits.MaxStringLength ? span.Length : Encoding.UTF8.GetCharCount(span);
                if (length > limits.MaxStringLength)
                {
                    var at = name is null || reader.CurrentDepth > 1 ? "$" : ProblemList.Property("$", ProblemList.Shorten(name));
                    problems.Add(Messages.StringCharactersOverLimit, at, null, length, limits.MaxStringLength);
                    return problems.ToReport();
                }

                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    name = reader.GetString();
                }
            }
        }

        return null;
    }
}
