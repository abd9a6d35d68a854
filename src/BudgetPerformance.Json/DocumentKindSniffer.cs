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
    /// <summary>The kind, or null when the document is an object without a string <c>kind</c> (or not an object); within the default limits.</summary>
    /// <param name="stream">The UTF-8 document (a byte-order mark is skipped); read from its current position, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="JsonException">The text is not JSON, or the kind is not valid UTF-8 (or holds an escaped lone surrogate).</exception>
    /// <exception cref="JsonContractException">A limit of <see cref="JsonReadLimits.Default"/> is exceeded before the kind (its report says which).</exception>
    public static string? Sniff(Stream stream) => Sniff(stream, null);

    /// <summary>
    /// The kind, or null when the document is an object without a string <c>kind</c> (or not an object). The read is
    /// bounded: at most <see cref="JsonReadLimits.MaxDocumentBytes"/> bytes of the stream, and a buffer no larger than one
    /// string of <see cref="JsonReadLimits.MaxStringLength"/> characters (so an endless stream stops, and a huge string
    /// before <c>kind</c> costs a bounded amount of memory, not its size).
    /// </summary>
    /// <param name="stream">The UTF-8 document (a byte-order mark is skipped); read from its current position, not closed.</param>
    /// <param name="limits">The limits, or null for <see cref="JsonReadLimits.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="JsonException">The text is not JSON, or the kind is not valid UTF-8 (or holds an escaped lone surrogate).</exception>
    /// <exception cref="JsonContractException">
    /// A limit is exceeded before the kind: its report holds one problem, <c>document-too-large</c> (more than
    /// <see cref="JsonReadLimits.MaxDocumentBytes"/> bytes, or one token larger than the buffer), <c>string-too-long</c> (a
    /// string, the kind or another, of more than <see cref="JsonReadLimits.MaxStringLength"/> characters) or
    /// <c>depth-exceeded</c> (nesting deeper than <see cref="JsonReadLimits.MaxDepth"/>).
    /// </exception>
    public static string? Sniff(Stream stream, JsonReadLimits? limits)
    {
        Guard.Against.Null(stream);
        limits ??= JsonReadLimits.Default;

        // The largest token kept whole: a string of MaxStringLength characters written as \uXXXX escapes, with its quotes.
        var maxToken = (int)Math.Min(Math.Min(6L * limits.MaxStringLength + 2, limits.MaxDocumentBytes + 1), Array.MaxLength);
        var buffer = new byte[Math.Min(1 << 16, maxToken)];
        var length = 0;
        long offset = 0; // of buffer[0] in the file
        long total = 0; // bytes read from the stream
        var final = false;
        var state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = limits.MaxDepth + 1 });
        var expectKind = false;
        var started = false;
        var member = "$"; // the path of the top-level member being read
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
                total += read;
                if (total > limits.MaxDocumentBytes)
                {
                    throw Breach(Messages.DocumentLargerThan.At(ProblemLocation.InDocument("$"), limits.MaxDocumentBytes));
                }
            }

            if (!started && offset == 0 && buffer.AsSpan(0, length).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                Buffer.BlockCopy(buffer, 3, buffer, 0, length - 3);
                length -= 3;
                offset += 3;
            }

            var reader = new Utf8JsonReader(buffer.AsSpan(0, length), final, state);
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

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth + 1 > limits.MaxDepth)
                {
                    throw Breach(Messages.NestingTooDeep.At(ProblemLocation.InDocument(member), limits.MaxDepth));
                }

                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (IsKind(ref reader, offset))
                    {
                        expectKind = true;
                        member = "$.kind";
                    }
                    else
                    {
                        member = SyntaxScanner.TryGetText(ref reader, out var name) ? ProblemList.Property("$", ProblemList.Shorten(name)) : "$";
                    }
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

            // Blanks between tokens carry nothing: dropped, so that a run of them never fills the buffer.
            while (consumed < length && buffer[consumed] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                consumed++;
            }

            if (consumed == 0 && length == buffer.Length)
            {
                if (buffer.Length >= maxToken)
                {
                    throw Breach(buffer[0] == (byte)'"'
                        ? Messages.StringLongerThan.At(ProblemLocation.InDocument(expectKind ? "$.kind" : member), limits.MaxStringLength)
                        : Messages.SingleValueLargerThan.At(ProblemLocation.InDocument(member), maxToken));
                }

                Array.Resize(ref buffer, (int)Math.Min(2L * buffer.Length, maxToken));
            }

            Buffer.BlockCopy(buffer, consumed, buffer, 0, length - consumed);
            length -= consumed;
            offset += consumed;
        }
    }

    private static JsonContractException Breach(Problem problem) => new(new ValidationReport([problem]));

    /// <summary>
    /// The problem with a sniffed kind, or null when it is one of <paramref name="expected"/>: <c>required-missing</c> at
    /// <c>$.kind</c> when the document has no string <c>kind</c>, <c>wrong-kind</c> when it has another.
    /// </summary>
    /// <param name="kind">What <see cref="Sniff(Stream, JsonReadLimits?)"/> found.</param>
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
