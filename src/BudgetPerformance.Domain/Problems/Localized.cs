using System;
using BudgetPerformance.Values;

namespace BudgetPerformance.Problems;

/// <summary>An argument of a message that reads differently in each language.</summary>
/// <param name="Chinese">The Chinese text.</param>
/// <param name="English">The English text.</param>
internal readonly record struct Localized(string Chinese, string English)
{
    /// <summary>An enumeration value: its Chinese display name and, in English, its identifier (as the English messages have always named it).</summary>
    internal static Localized Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => new(DisplayNames.TryGet(value, out var name) ? name.Chinese : value.ToString(), value.ToString());

    internal string In(DisplayLanguage language) => language == DisplayLanguage.Chinese ? Chinese : English;
}
