using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Text;

namespace BudgetPerformance.Json;

/// <summary>Collects report entries while a document is read.</summary>
internal sealed class Problems
{
    private readonly List<ValidationEntry> entries = [];

    internal int Count => entries.Count;

    internal void Add(string code, string path, string message, string? indicatorCode = null) =>
        entries.Add(new ValidationEntry(code, message, path, indicatorCode));

    internal ValidationReport ToReport() => entries.Count == 0 ? ValidationReport.Valid : new ValidationReport(entries);

    internal static string Property(string path, string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return path + "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
            }
        }

        return name.Length == 0 ? path + "['']" : path + "." + name;
    }

    internal static string Index(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    internal static string Shorten(string text) => text.Length <= 64 ? text : string.Concat(text.AsSpan(0, 61), "...");
}

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

    /// <summary>Null when every string of the complete JSON value is valid text; otherwise a message.</summary>
    internal static string? FindInvalidText(ReadOnlySpan<byte> json)
    {
        if (!System.Text.Unicode.Utf8.IsValid(json))
        {
            return FormattableString.Invariant($"The input is not valid UTF-8 (the first invalid byte is at offset {FirstInvalidUtf8(json)} of this value).");
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = int.MaxValue / 2 });
        try
        {
            while (reader.Read())
            {
                if ((reader.TokenType == JsonTokenType.PropertyName || reader.TokenType == JsonTokenType.String) && reader.ValueIsEscaped && !TryGetText(ref reader, out _))
                {
                    return "A string or property name is not valid text (an escaped lone surrogate such as \\ud800).";
                }
            }
        }
        catch (JsonException)
        {
            // Syntax is reported by the caller's own reader.
        }

        return null;
    }

    // Utf8JsonReader.GetString and JsonElement.GetString throw this for invalid UTF-8 in a string (they wrap a DecoderFallbackException).
    internal static bool IsInvalidUtf8(Exception ex) => ex is InvalidOperationException { InnerException: System.Text.DecoderFallbackException };

    internal static bool Scan(ReadOnlySpan<byte> utf8, JsonReadLimits limits, Problems problems)
    {
        // Utf8JsonReader does not validate the UTF-8 inside strings until they are decoded; invalid bytes would then surface
        // as an InvalidOperationException deep in the mapping (found by the malformed-document tests, docs/quality.md).
        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            problems.Add(JsonErrorCodes.MalformedJson, "$", FormattableString.Invariant($"The document is not valid UTF-8 (the first invalid byte is at offset {FirstInvalidUtf8(utf8)})."));
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
                            problems.Add(JsonErrorCodes.DepthExceeded, path.ToString(), $"Objects and arrays nest deeper than {limits.MaxDepth} levels.");
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
                            problems.Add(JsonErrorCodes.MalformedJson, path.ToString(), "A property name is not valid text (an escaped lone surrogate such as \\ud800).");
                            return false;
                        }

                        path.Name(name);
                        break;
                    case JsonTokenType.String when reader.ValueIsEscaped:
                        path.BeforeValue();
                        if (!TryGetText(ref reader, out _))
                        {
                            problems.Add(JsonErrorCodes.MalformedJson, path.ToString(), "The string is not valid text (an escaped lone surrogate such as \\ud800).");
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
                problems.Add(JsonErrorCodes.NonFiniteNumber, path.ToString(), "NaN and Infinity are not numbers in JSON and are never accepted.");
            }
            else
            {
                problems.Add(JsonErrorCodes.MalformedJson, path.ToString(), FormattableString.Invariant($"The input is not well-formed JSON (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}): {ex.Message}"));
            }

            return false;
        }
    }

    /// <summary>A cheap JSON path tracker for the scanner.</summary>
    private sealed class PathStack
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
            var path = "$";
            foreach (var f in frames)
            {
                if (f.IsArray && f.Index >= 0)
                {
                    path = Problems.Index(path, f.Index);
                }
                else if (!f.IsArray && f.Name is not null)
                {
                    path = Problems.Property(path, f.Name);
                }
            }

            return path;
        }
    }
}

/// <summary>
/// The structural pass: walks a parsed element against the source-generated metadata of a contract type and reports
/// every unknown, duplicate, missing, mistyped, null, out-of-range or too-long value, with its path.
/// </summary>
internal sealed class StructuralValidator(JsonSerializerOptions options, JsonReadLimits limits, Problems problems)
{
    private static readonly Dictionary<Type, Dictionary<string, JsonPropertyInfo>> PropertyMaps = [];

    internal void Validate(JsonElement element, JsonTypeInfo info, string path)
    {
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                ValidateObject(element, info, path);
                break;
            case JsonTypeInfoKind.Enumerable:
                ValidateArray(element, info, path);
                break;
            default:
                ValidateValue(element, info.Type, path);
                break;
        }
    }

    private void ValidateObject(JsonElement element, JsonTypeInfo info, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            WrongType(element, "an object", path);
            return;
        }

        var map = Map(info);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var at = Problems.Property(path, Problems.Shorten(property.Name));
            if (!seen.Add(property.Name))
            {
                problems.Add(JsonErrorCodes.DuplicateProperty, at, $"The property '{Problems.Shorten(property.Name)}' appears more than once.");
                continue;
            }

            if (!map.TryGetValue(property.Name, out var p))
            {
                problems.Add(JsonErrorCodes.UnknownProperty, at, $"The property '{Problems.Shorten(property.Name)}' is not part of the contract.");
                continue;
            }

            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                if (!(p.IsSetNullable || Nullable.GetUnderlyingType(p.PropertyType) is not null) || p.IsRequired)
                {
                    problems.Add(JsonErrorCodes.NullNotAllowed, at, $"The property '{property.Name}' must not be null.");
                }

                continue;
            }

            var type = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            if (p.CustomConverter is not null || p.PropertyType == typeof(LocalDate))
            {
                ValidateValue(property.Value, type, at);
            }
            else
            {
                Validate(property.Value, options.GetTypeInfo(type), at);
            }
        }

        foreach (var p in info.Properties)
        {
            if (p.IsRequired && !seen.Contains(p.Name))
            {
                problems.Add(JsonErrorCodes.RequiredMissing, Problems.Property(path, p.Name), $"The required property '{p.Name}' is missing.");
            }
        }
    }

    private void ValidateArray(JsonElement element, JsonTypeInfo info, string path)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            WrongType(element, "an array", path);
            return;
        }

        var length = element.GetArrayLength();
        if (length > limits.MaxArrayLength)
        {
            problems.Add(JsonErrorCodes.ArrayTooLong, path, FormattableString.Invariant($"The array has {length} items; the limit is {limits.MaxArrayLength}."));
            return;
        }

        var itemInfo = options.GetTypeInfo(info.ElementType!);
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            var at = Problems.Index(path, i++);
            if (item.ValueKind == JsonValueKind.Null)
            {
                problems.Add(JsonErrorCodes.NullNotAllowed, at, "An array item must not be null.");
                continue;
            }

            Validate(item, itemInfo, at);
        }
    }

    private void ValidateValue(JsonElement element, Type type, string path)
    {
        if (type == typeof(string))
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                WrongType(element, "a string", path);
            }
            else if (element.GetString()!.Length > limits.MaxStringLength)
            {
                problems.Add(JsonErrorCodes.StringTooLong, path, FormattableString.Invariant($"The string has {element.GetString()!.Length} characters; the limit is {limits.MaxStringLength}."));
            }
        }
        else if (type == typeof(decimal))
        {
            if (element.ValueKind != JsonValueKind.Number)
            {
                WrongType(element, "a number", path);
            }
            else if (!element.TryGetDecimal(out _))
            {
                problems.Add(JsonErrorCodes.NumberOutOfRange, path, $"The number {Problems.Shorten(element.GetRawText())} is outside the range of a decimal.");
            }
        }
        else if (type == typeof(int))
        {
            if (element.ValueKind != JsonValueKind.Number)
            {
                WrongType(element, "an integer", path);
            }
            else if (!element.TryGetInt32(out _))
            {
                if (element.TryGetDecimal(out var d) && d != decimal.Truncate(d))
                {
                    problems.Add(JsonErrorCodes.IntegerExpected, path, $"The number {Problems.Shorten(element.GetRawText())} is not an integer.");
                }
                else
                {
                    problems.Add(JsonErrorCodes.NumberOutOfRange, path, $"The number {Problems.Shorten(element.GetRawText())} is outside the range of a 32-bit integer.");
                }
            }
        }
        else if (type == typeof(bool))
        {
            if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                WrongType(element, "true or false", path);
            }
        }
        else if (type == typeof(LocalDate))
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                WrongType(element, "a date string yyyy-MM-dd", path);
            }
            else if (!LocalDatePattern.Iso.Parse(element.GetString()!).Success)
            {
                problems.Add(JsonErrorCodes.InvalidValue, path, $"'{Problems.Shorten(element.GetString()!)}' is not a date of the form yyyy-MM-dd.");
            }
        }
        else
        {
            throw new InvalidOperationException($"The contract uses the unsupported type {type.Name}.");
        }
    }

    private void WrongType(JsonElement element, string expected, string path)
    {
        if (element.ValueKind == JsonValueKind.String && expected is "a number" or "an integer" && element.GetString() is "NaN" or "Infinity" or "-Infinity")
        {
            problems.Add(JsonErrorCodes.NonFiniteNumber, path, $"'{element.GetString()}' is not a finite number; JSON numbers are never NaN or Infinity.");
            return;
        }

        var actual = element.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "null",
        };
        problems.Add(JsonErrorCodes.WrongType, path, $"Expected {expected}, found {actual}.");
    }

    private static Dictionary<string, JsonPropertyInfo> Map(JsonTypeInfo info)
    {
        lock (PropertyMaps)
        {
            if (!PropertyMaps.TryGetValue(info.Type, out var map))
            {
                map = new Dictionary<string, JsonPropertyInfo>(StringComparer.Ordinal);
                foreach (var p in info.Properties)
                {
                    map[p.Name] = p;
                }

                PropertyMaps[info.Type] = map;
            }

            return map;
        }
    }
}
