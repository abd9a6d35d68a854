using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using BudgetPerformance.Problems;
using NodaTime.Text;

namespace BudgetPerformance.Json.Reading;

/// <summary>
/// The structural pass: walks one JSON value token by token against the source-generated metadata of a contract type
/// and reports every unknown, duplicate, missing, mistyped, null, out-of-range or too-long value, with its path. It
/// allocates nothing for a valid value: property names are matched as UTF-8, and a path is built only for a report entry.
/// </summary>
internal sealed partial class StructuralValidator(JsonSerializerOptions options, JsonReadLimits limits, ProblemList problems)
{
    private static readonly ConditionalWeakTable<JsonTypeInfo, Shape> Shapes = new();

    private readonly List<Frame> frames = [];
    private string root = "$";

    private enum Kind
    {
        Object,
        Array,
        String,
        Decimal,
        Int,
        Bool,
        Date,
        Unsupported,
    }

    /// <summary>Validates a parsed element (its raw UTF-8 text, walked with a reader).</summary>
    internal void Validate(JsonElement element, JsonTypeInfo info, string path)
    {
        var reader = new Utf8JsonReader(JsonMarshal.GetRawUtf8Value(element), new JsonReaderOptions { MaxDepth = int.MaxValue });
        reader.Read();
        Validate(ref reader, info, path);
    }

    /// <summary>
    /// Validates the value whose first token <paramref name="reader"/> is on (the value must be complete in the reader's
    /// data); leaves the reader on the value's last token.
    /// </summary>
    internal void Validate(ref Utf8JsonReader reader, JsonTypeInfo info, string path)
    {
        root = path;
        frames.Clear();
        Validate(ref reader, ShapeOf(info));
    }

    private static Shape ShapeOf(JsonTypeInfo info) => Shapes.TryGetValue(info, out var shape) ? shape : Shapes.GetValue(info, i => new Shape(i));

    private void Validate(ref Utf8JsonReader reader, Shape shape)
    {
        switch (shape.Kind)
        {
            case Kind.Object:
                ValidateObject(ref reader, shape);
                break;
            case Kind.Array:
                ValidateArray(ref reader, shape);
                break;
            default:
                ValidateValue(ref reader, shape);
                break;
        }
    }

    private void ValidateObject(ref Utf8JsonReader reader, Shape shape)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(ref reader, new("对象", "an object"));
            return;
        }

        var members = shape.Members(options);
        Span<bool> seen = members.Length <= 64 ? stackalloc bool[members.Length] : new bool[members.Length];
        HashSet<string>? others = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = Find(ref reader, members, out var name);
            reader.Read();
            if (member is null)
            {
                frames.Add(new Frame(name, -1));
                others ??= new HashSet<string>(StringComparer.Ordinal);
                if (!others.Add(name!))
                {
                    problems.Add(Messages.PropertyDuplicate, Path(), null, ProblemList.Shorten(name!));
                }
                else
                {
                    problems.Add(Messages.PropertyUnknown, Path(), null, ProblemList.Shorten(name!));
                }

                reader.Skip();
                frames.RemoveAt(frames.Count - 1);
                continue;
            }

            frames.Add(new Frame(member.Name, -1));
            if (seen[member.Index])
            {
                problems.Add(Messages.PropertyDuplicate, Path(), null, ProblemList.Shorten(member.Name));
                reader.Skip();
            }
            else
            {
                seen[member.Index] = true;
                if (reader.TokenType == JsonTokenType.Null)
                {
                    if (!member.NullAllowed)
                    {
                        problems.Add(Messages.PropertyNull, Path(), null, member.Name);
                    }
                }
                else if (member.Limit is { } limit && member.Value.Kind == Kind.Decimal)
                {
                    ValidateNumber(ref reader, limit, member.Name);
                }
                else
                {
                    Validate(ref reader, member.Value);
                }
            }

            frames.RemoveAt(frames.Count - 1);
        }

        for (var i = 0; i < members.Length; i++)
        {
            if (members[i].Required && !seen[i])
            {
                problems.Add(Messages.RequiredPropertyMissing, ProblemList.Property(Path(), members[i].Name), null, members[i].Name);
            }
        }
    }

    // The member the current property name names; null (and the unescaped name) when the contract has no such member.
    private static Member? Find(ref Utf8JsonReader reader, Member[] members, out string? name)
    {
        name = null;
        if (!reader.ValueIsEscaped)
        {
            var span = reader.ValueSpan;
            foreach (var m in members)
            {
                if (span.SequenceEqual(m.Utf8))
                {
                    return m;
                }
            }
        }

        name = reader.GetString()!;
        foreach (var m in members)
        {
            if (m.Name == name)
            {
                name = null;
                return m;
            }
        }

        return null;
    }

    private void ValidateArray(ref Utf8JsonReader reader, Shape shape)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, new("数组", "an array"));
            return;
        }

        // The length is known only at the end: items past the limit are skipped, and the entries of those before it
        // are taken back, so that an over-long array gets exactly one entry.
        var before = problems.Count;
        var item = shape.Element(options);
        var length = 0;
        frames.Add(new Frame(null, 0));
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            length++;
            if (length > limits.MaxArrayLength)
            {
                reader.Skip();
                continue;
            }

            frames[^1] = new Frame(null, length - 1);
            if (reader.TokenType == JsonTokenType.Null)
            {
                problems.Add(Messages.ArrayItemNull, Path(), null);
                continue;
            }

            Validate(ref reader, item);
        }

        frames.RemoveAt(frames.Count - 1);
        if (length > limits.MaxArrayLength)
        {
            problems.Truncate(before);
            problems.Add(Messages.ArrayItemsOverLimit, Path(), null, length, limits.MaxArrayLength);
        }
    }

    private void ValidateValue(ref Utf8JsonReader reader, Shape shape)
    {
        switch (shape.Kind)
        {
            case Kind.String:
                if (reader.TokenType != JsonTokenType.String)
                {
                    WrongType(ref reader, new("字符串", "a string"));
                }
                else if (TooLong(ref reader, out var length))
                {
                    problems.Add(Messages.StringCharactersOverLimit, Path(), null, length, limits.MaxStringLength);
                }

                break;
            case Kind.Decimal:
                ValidateNumber(ref reader, null, null);
                break;
            case Kind.Int:
                if (reader.TokenType != JsonTokenType.Number)
                {
                    WrongType(ref reader, new("整数", "an integer"));
                }
                else if (!reader.TryGetInt32(out _))
                {
                    var isDecimal = reader.TryGetDecimal(out var d);
                    if (isDecimal && d != decimal.Truncate(d))
                    {
                        problems.Add(Messages.NumberNotInteger, Path(), null, ProblemList.Shorten(RawNumber(ref reader)));
                    }
                    else if (isDecimal && d >= int.MinValue && d <= int.MaxValue)
                    {
                        // 2020.0 or 2.02e3: a whole number in range, but not written as an integer (it was called out of range).
                        problems.Add(Messages.NumberNotWrittenAsInteger, Path(), null, ProblemList.Shorten(RawNumber(ref reader)));
                    }
                    else
                    {
                        problems.Add(Messages.NumberOutsideInt32, Path(), null, ProblemList.Shorten(RawNumber(ref reader)));
                    }
                }

                break;
            case Kind.Bool:
                if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
                {
                    WrongType(ref reader, new("布尔值（true 或 false）", "true or false"));
                }

                break;
            case Kind.Date:
                if (reader.TokenType != JsonTokenType.String)
                {
                    WrongType(ref reader, new("形如 yyyy-MM-dd 的日期字符串", "a date string yyyy-MM-dd"));
                }
                else if (reader.GetString()! is var text && !LocalDatePattern.Iso.Parse(text).Success)
                {
                    problems.Add(Messages.DateNotIso, Path(), null, ProblemList.Shorten(text));
                }

                break;
            default:
                throw new InvalidOperationException($"The contract uses the unsupported type {shape.Type.Name}.");
        }
    }

    // A decimal; for a bounded property (limit and name given), also 0 or of a magnitude within the property's limits.
    private void ValidateNumber(ref Utf8JsonReader reader, NumberLimits.Range? limit, string? name)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            WrongType(ref reader, new("数字", "a number"));
        }
        else if (!reader.TryGetDecimal(out var value))
        {
            problems.Add(Messages.NumberOutsideDecimal, Path(), null, ProblemList.Shorten(RawNumber(ref reader)));
        }
        else if (!DecimalExactness.Holds(reader.ValueSpan, value))
        {
            // Too many significant digits, or too small (0.1e-400): the decimal would be a different number.
            problems.Add(Messages.NumberBeyondDecimalPrecision, Path(), null, ProblemList.Shorten(RawNumber(ref reader)));
        }
        else if (limit is { } range && !range.Allows(value))
        {
            problems.Add(Messages.NumberBeyondItsLimits, Path(), null, ProblemList.Shorten(RawNumber(ref reader)), name, range.Smallest, range.Largest);
        }
    }

    // Whether the string is longer than the limit in UTF-16 characters (what the limit counts), with that length; makes
    // no string when the UTF-8 text is short enough (it never has fewer bytes than UTF-16 characters) or unescaped.
    private bool TooLong(ref Utf8JsonReader reader, out int length)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && Utf8.IsValid(reader.ValueSpan))
        {
            var span = reader.ValueSpan;
            length = span.Length <= limits.MaxStringLength ? span.Length : Encoding.UTF8.GetCharCount(span);
            return length > limits.MaxStringLength;
        }

        length = reader.GetString()!.Length;
        return length > limits.MaxStringLength;
    }

    private static string RawNumber(ref Utf8JsonReader reader) => Encoding.UTF8.GetString(reader.ValueSpan); // the readers here are over spans

    // What was expected, in Chinese and in English (an object, a number, ...).
    private void WrongType(ref Utf8JsonReader reader, Localized expected)
    {
        if (reader.TokenType == JsonTokenType.String && expected.English is "a number" or "an integer" && reader.GetString() is "NaN" or "Infinity" or "-Infinity")
        {
            problems.Add(Messages.NumberNotFinite, Path(), null, reader.GetString());
            return;
        }

        var actual = reader.TokenType switch
        {
            JsonTokenType.StartObject => new Localized("对象", "an object"),
            JsonTokenType.StartArray => new Localized("数组", "an array"),
            JsonTokenType.String => new Localized("字符串", "a string"),
            JsonTokenType.Number => new Localized("数字", "a number"),
            JsonTokenType.True or JsonTokenType.False => new Localized("布尔值", "a boolean"),
            _ => new Localized("空值（null）", "null"),
        };
        problems.Add(Messages.ValueOfWrongType, Path(), null, expected, actual);
        reader.Skip();
    }

    // The JSON path of the value being validated: built only for a report entry.
    private string Path()
    {
        var path = root;
        foreach (var f in frames)
        {
            path = f.Name is null ? ProblemList.Index(path, f.Index) : ProblemList.Property(path, ProblemList.Shorten(f.Name));
        }

        return path;
    }

    private readonly record struct Frame(string? Name, int Index);
}
