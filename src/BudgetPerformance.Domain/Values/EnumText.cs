using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Ardalis.GuardClauses;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Values;

/// <summary>
/// The stable lower-case kebab-case strings of enumerations (<c>WholeDepartment</c> ↔ <c>whole-department</c>),
/// as documents spell them. Never integers, never culture-dependent.
/// </summary>
public static class EnumText
{
    /// <summary>The kebab-case text of an enumeration value.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="value">A defined value.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Format<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        Guard.Against.OutOfRangeWhen(!Enum.IsDefined(value), value, nameof(value), $"Not a defined {typeof(TEnum).Name}.");

        return Kebab(value.ToString());
    }

    /// <summary>Parses the kebab-case text of an enumeration value (exact, ordinal).</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="value">The value, when recognised.</param>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var (candidate, candidateText) in Texts<TEnum>.All)
        {
            if (string.Equals(candidateText, text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The texts of every value of an enumeration, in declaration order.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum
    {
        var list = new List<string>();
        foreach (var value in Enum.GetValues<TEnum>())
        {
            list.Add(Format(value));
        }

        return list;
    }

    internal static TEnum Parse<TEnum>(string text)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(text, out var value) ? value : throw new InvalidDataException($"'{text}' is not a {typeof(TEnum).Name}.");

    internal static Direction ParseDirection(string text) =>
        DirectionSymbols.TryParse(text, out var d) ? d.Value : throw new InvalidDataException($"'{text}' is not a direction.");

    /// <summary>The values of an enumeration with their texts, in declaration order, made once.</summary>
    private static class Texts<TEnum>
        where TEnum : struct, Enum
    {
        internal static readonly (TEnum Value, string Text)[] All = Array.ConvertAll(Enum.GetValues<TEnum>(), v => (v, Format(v)));
    }

    private static string Kebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsAsciiLetterUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('-');
                }

                builder.Append((char)(c + ('a' - 'A')));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
