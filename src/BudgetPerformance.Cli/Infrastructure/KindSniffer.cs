using System;
using System.IO;
using System.Text.Json;

namespace BudgetPerformance.Cli.Infrastructure;

/// <summary>Finds the top-level <c>kind</c> string of a JSON document by reading tokens from a stream (bounded memory).</summary>
internal static class KindSniffer
{
    /// <summary>The kind, or null when the document is an object without a string <c>kind</c> (or not an object).</summary>
    /// <exception cref="JsonException">The text is not JSON, or the kind is not valid UTF-8 (or holds an escaped lone surrogate).</exception>
    public static string? Sniff(Stream stream)
    {
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

                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("kind"u8))
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

    private static string KindText(ref Utf8JsonReader reader, long offset)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            // GetString refuses invalid UTF-8 and escaped lone surrogates: the document is not readable text.
            throw new JsonException(FormattableString.Invariant($"The value of 'kind' (at byte {offset + reader.TokenStartIndex + 1}) is not valid text: {e.Message}"), e);
        }
    }
}
