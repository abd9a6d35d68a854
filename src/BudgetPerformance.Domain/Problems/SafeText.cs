using System;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;

namespace BudgetPerformance.Problems;

/// <summary>
/// Text from data made safe to show on a terminal and in messages: every character that could steer a terminal or reorder
/// what is shown is escaped as <c>\uXXXX</c> (upper-case hexadecimal), and a value echoed in a message is cut to
/// <see cref="MaxEchoLength"/> characters.
/// </summary>
/// <remarks>
/// Escaped: the C0 controls U+0000–U+001F (tab and line breaks included: a value never starts a new line), DEL U+007F, the
/// C1 controls U+0080–U+009F, the bidirectional embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069, and any
/// lone surrogate. Nothing else changes (a backslash stays a backslash). Thread-safe.
/// </remarks>
public static class SafeText
{
    /// <summary>The most characters of a value that a message echoes, 64 (a longer value is cut to 61 and <c>...</c>).</summary>
    public const int MaxEchoLength = 64;

    /// <summary>The text with every unsafe character escaped as <c>\uXXXX</c>; the same instance when there is none.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Escape(string text)
    {
        Guard.Against.Null(text);
        var first = FirstUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (IsUnsafe(text.AsSpan(), i))
            {
                builder.Append("\\u").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A value as a message echoes it: cut to <see cref="MaxEchoLength"/> characters (61 and <c>...</c>, never between the
    /// halves of a surrogate pair), then escaped (<see cref="Escape"/>).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Echo(string value)
    {
        Guard.Against.Null(value);
        if (value.Length > MaxEchoLength)
        {
            var cut = MaxEchoLength - 3;
            if (char.IsHighSurrogate(value[cut - 1]) && char.IsLowSurrogate(value[cut]))
            {
                cut--;
            }

            value = string.Concat(value.AsSpan(0, cut), "...");
        }

        return Escape(value);
    }

    private static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text.AsSpan(), i))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsUnsafe(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
    }
}
