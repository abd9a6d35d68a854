using System;
using System.Collections.Generic;
using System.Text.Json;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Json.Reading;

/// <summary>
/// The syntactic pass over raw UTF-8: well-formedness, nesting depth, and NaN/Infinity literals, with the JSON path
/// of the first failure (a syntax error ends the pass: nothing after it can be trusted).
/// </summary>
internal static class SyntaxScanner
{
    internal static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length && System.Text.Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            offset += consumed;
        }

        return offset;
    }

    /// <summary>Decodes the current string or property name; false when it is not valid text (invalid UTF-8, or an escaped lone surrogate).</summary>
    internal static bool TryGetText(ref Utf8JsonReader reader, out string text)
    {
        try
        {
            text = reader.GetString() ?? string.Empty;
            return true;
        }
        catch (InvalidOperationException)
        {
            // The token is a string or a property name, so this can only be the text itself.
            text = string.Empty;
            return false;
        }
    }

    /// <summary>False when every string of the complete JSON value is valid text; otherwise true, with the problem reported at <paramref name="path"/>.</summary>
    internal static bool FindInvalidText(ReadOnlySpan<byte> json, string path, ProblemList problems)
    {
        if (!System.Text.Unicode.Utf8.IsValid(json))
        {
            problems.Add(Messages.ValueNotUtf8AtOffset, path, null, FirstInvalidUtf8(json));
            return true;
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = int.MaxValue / 2 });
        try
        {
            while (reader.Read())
            {
                if ((reader.TokenType == JsonTokenType.PropertyName || reader.TokenType == JsonTokenType.String) && reader.ValueIsEscaped && !TryGetText(ref reader, out _))
                {
                    problems.Add(Messages.ValueTextLoneSurrogate, path, null);
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            // Syntax is reported by the caller's own reader.
        }

        return false;
    }

    /// <summary>
    /// The path of the first object or array of a complete value (whose text is valid) that nests deeper than
    /// <paramref name="maxDepth"/>, counting the <paramref name="outerDepth"/> levels around the value; null when none does.
    /// </summary>
    internal static string? FindTooDeep(ReadOnlySpan<byte> value, int outerDepth, int maxDepth, string path)
    {
        var reader = new Utf8JsonReader(value, new JsonReaderOptions { MaxDepth = int.MaxValue / 2 });
        var at = new PathStack(path);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    at.BeforeValue();
                    if (outerDepth + reader.CurrentDepth + 1 > maxDepth)
                    {
                        return at.ToString();
                    }

                    at.Push(reader.TokenType == JsonTokenType.StartArray);
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    at.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    at.Name(reader.GetString()!);
                    break;
                default:
                    at.BeforeValue();
                    break;
            }
        }

        return null;
    }

    // Utf8JsonReader.GetString and JsonElement.GetString throw this for invalid UTF-8 in a string (they wrap a DecoderFallbackException).
    internal static bool IsInvalidUtf8(Exception ex) => ex is InvalidOperationException { InnerException: System.Text.DecoderFallbackException };

    internal static bool Scan(ReadOnlySpan<byte> utf8, JsonReadLimits limits, ProblemList problems)
    {
        // Utf8JsonReader does not validate the UTF-8 inside strings until they are decoded; invalid bytes would then surface
        // as an InvalidOperationException deep in the mapping (found by the malformed-document tests, docs/quality.md).
        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            problems.Add(Messages.DocumentNotUtf8AtOffset, "$", null, FirstInvalidUtf8(utf8));
            return false;
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = limits.MaxDepth + 1, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        var path = new PathStack();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        path.BeforeValue();
                        if (reader.CurrentDepth + 1 > limits.MaxDepth)
                        {
                            problems.Add(Messages.NestingTooDeep, path.ToString(), null, limits.MaxDepth);
                            return false;
                        }

                        path.Push(reader.TokenType == JsonTokenType.StartArray);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        if (!TryGetText(ref reader, out var name))
                        {
                            problems.Add(Messages.PropertyNameLoneSurrogate, path.ToString(), null);
                            return false;
                        }

                        path.Name(name);
                        break;
                    case JsonTokenType.String when reader.ValueIsEscaped:
                        path.BeforeValue();
                        if (!TryGetText(ref reader, out _))
                        {
                            problems.Add(Messages.StringLoneSurrogate, path.ToString(), null);
                            return false;
                        }

                        break;
                    default:
                        path.BeforeValue();
                        break;
                }
            }

            return true;
        }
        catch (JsonException ex)
        {
            var rest = utf8[(int)Math.Min(reader.BytesConsumed, utf8.Length)..].TrimStart(" \t\r\n,:"u8);
            if (rest.StartsWith("NaN"u8) || rest.StartsWith("Infinity"u8) || rest.StartsWith("-Infinity"u8))
            {
                path.BeforeValue();
                problems.Add(Messages.NonFiniteLiteral, path.ToString(), null);
            }
            else
            {
                problems.Add(Messages.JsonMalformedAtLine, path.ToString(), null, (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1, ex.Message);
            }

            return false;
        }
    }

    /// <summary>A cheap JSON path tracker for the scanner.</summary>
    private sealed class PathStack(string root = "$")
    {
        private readonly List<(bool IsArray, int Index, string? Name)> frames = [];

        internal void Push(bool isArray) => frames.Add((isArray, -1, null));

        internal void Pop()
        {
            if (frames.Count > 0)
            {
                frames.RemoveAt(frames.Count - 1);
            }
        }

        internal void Name(string name)
        {
            if (frames.Count > 0)
            {
                frames[^1] = (false, -1, name);
            }
        }

        internal void BeforeValue()
        {
            if (frames.Count > 0 && frames[^1].IsArray)
            {
                var f = frames[^1];
                frames[^1] = (true, f.Index + 1, null);
            }
        }

        public override string ToString()
        {
            var path = root;
            foreach (var f in frames)
            {
                if (f.IsArray && f.Index >= 0)
                {
                    path = ProblemList.Index(path, f.Index);
                }
                else if (!f.IsArray && f.Name is not null)
                {
                    path = ProblemList.Property(path, f.Name);
                }
            }

            return path;
        }
    }
}
