using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Json.Reading;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Json;

/// <summary>
/// Finds the top-level <c>kind</c> string of a JSON document by reading tokens from a stream, so that a caller can choose the
/// reader (<see cref="JsonDocuments"/>) before reading the document itself.
/// </summary>
/// <remarks>Reads only as far as the <c>kind</c> value. Thread-safe.</remarks>
public static class DocumentKindSniffer
{
    /// <summary>The kind, or null when the document is an object without a string <c>kind</c> (or not an object).</summary>
    /// <param name="stream">The UTF-8 document (a byte-order mark is skipped); read from its current position, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="JsonException">The text is not JSON, or the kind is not valid UTF-8 (or holds an escaped lone surrogate).</exception>
    public static string? Sniff(Stream stream)
    {
        Guard.Against.Null(stream);
        var buffer = new byte[1 << 16];
        var length = 0;
        long offset = 0; // of buffer[0] in the file
        var final = false;
        var state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        var expectKind = false;
        var started = false;
        while (true)
        {
            if (!final && length < buffer.Length)
            {
                var read = stream.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    final = true;
                }

                length += read;
            }

            var span = buffer.AsSpan(0, length);
            if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) && !started)
            {
                span = span[3..];
                Buffer.BlockCopy(buffer, 3, buffer, 0, length - 3);
                length -= 3;
                offset += 3;
                span = buffer.AsSpan(0, length);
            }

            var reader = new Utf8JsonReader(span, final, state);
            while (reader.Read())
            {
                if (!started)
                {
                    started = true;
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        return null;
                    }

                    continue;
                }

                if (expectKind)
                {
                    return reader.TokenType == JsonTokenType.String ? KindText(ref reader, offset) : null;
                }

                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && IsKind(ref reader, offset))
                {
                    expectKind = true;
                }
                else if (reader.CurrentDepth == 0 && reader.TokenType == JsonTokenType.EndObject)
                {
                    return null;
                }
            }

            if (final)
            {
                return null;
            }

            var consumed = (int)reader.BytesConsumed;
            state = reader.CurrentState;
            if (consumed == 0 && length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            Buffer.BlockCopy(buffer, consumed, buffer, 0, length - consumed);
            length -= consumed;
            offset += consumed;
        }
    }

    /// <summary>
    /// The problem with a sniffed kind, or null when it is one of <paramref name="expected"/>: <c>required-missing</c> at
    /// <c>$.kind</c> when the document has no string <c>kind</c>, <c>wrong-kind</c> when it has another.
    /// </summary>
    /// <param name="kind">What <see cref="Sniff"/> found.</param>
    /// <param name="expected">The kinds the caller reads, e.g. <see cref="DocumentKinds.All"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> is null.</exception>
    public static Problem? FindProblem(string? kind, IEnumerable<string> expected)
    {
        var kinds = Guard.Against.NullItems(expected);
        if (kind is not null && kinds.Contains(kind, StringComparer.Ordinal))
        {
            return null;
        }

        var list = string.Join(", ", kinds);
        var at = ProblemLocation.InDocument("$.kind");
        return kind is null ? Messages.KindMissing.At(at, list) : Messages.KindNotOneOf.At(at, ProblemList.Shorten(kind), list);
    }

    // GetString and ValueTextEquals refuse invalid UTF-8 and escaped lone surrogates (InvalidOperationException): such a
    // document is not readable text, and is reported as unreadable JSON naming the byte.
    private static string KindText(ref Utf8JsonReader reader, long offset)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw NotText(ref reader, offset, "The value of 'kind'", e);
        }
    }

    private static bool IsKind(ref Utf8JsonReader reader, long offset)
    {
        try
        {
            return reader.ValueTextEquals("kind"u8);
        }
        catch (InvalidOperationException e)
        {
            throw NotText(ref reader, offset, "A property name", e);
        }
    }

    private static JsonException NotText(ref Utf8JsonReader reader, long offset, string what, InvalidOperationException e) =>
        new(FormattableString.Invariant($"{what} (at byte {offset + reader.TokenStartIndex + 1}) is not valid text: {e.Message}"), e);
}
