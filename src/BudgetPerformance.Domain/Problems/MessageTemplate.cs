using System.Globalization;
using System.Text;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Problems;

/// <summary>
/// One message of the table of templates (<see cref="Messages"/>): the code it reports and its text in Chinese and
/// English, as composite formats whose numbered holes (<c>{0}</c>, <c>{1:yyyy-MM-dd}</c>) both languages fill with the
/// same arguments. Arguments are formatted in the invariant culture; a <see cref="Localized"/> argument gives each
/// language its own text (an enumeration's Chinese name and its English identifier). Text arguments are escaped
/// (<see cref="SafeText.Escape"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class MessageTemplate
{
    private readonly CompositeFormat zh;
    private readonly CompositeFormat en;

    internal MessageTemplate(string code, string chinese, string english)
    {
        Code = code;
        Chinese = chinese;
        English = english;
        zh = CompositeFormat.Parse(chinese);
        en = CompositeFormat.Parse(english);
    }

    /// <summary>The registered code of the problems this template makes.</summary>
    internal string Code { get; }

    /// <summary>The Chinese text.</summary>
    internal string Chinese { get; }

    /// <summary>The English text.</summary>
    internal string English { get; }

    /// <summary>How many arguments the Chinese text takes (the tests check that the English text takes as many).</summary>
    internal int ChineseArguments => zh.MinimumArgumentCount;

    /// <summary>How many arguments the English text takes.</summary>
    internal int EnglishArguments => en.MinimumArgumentCount;

    /// <summary>A problem at <paramref name="location"/>, with the registered severity of the code.</summary>
    internal Problem At(ProblemLocation location, params object?[] arguments) => Make(location, null, arguments);

    /// <summary>A problem at <paramref name="location"/> about a rule that cites <paramref name="source"/>.</summary>
    internal Problem Cited(ProblemLocation location, SourceCitation? source, params object?[] arguments) => Make(location, source, arguments);

    /// <summary>A problem of an indicator or node.</summary>
    internal Problem OfIndicator(string code, params object?[] arguments) => Make(ProblemLocation.OfIndicator(code), null, arguments);

    /// <summary>A problem with no particular location.</summary>
    internal Problem Whole(params object?[] arguments) => Make(ProblemLocation.None, null, arguments);

    /// <summary>The text in one language.</summary>
    internal string Format(DisplayLanguage language, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, language == DisplayLanguage.Chinese ? zh : en, In(language, arguments));

    private Problem Make(ProblemLocation location, SourceCitation? source, object?[] arguments) =>
        new(Code, ProblemRegistry.Get(Code).Severity, location, Format(DisplayLanguage.Chinese, arguments), Format(DisplayLanguage.English, arguments), source);

    // Every text argument is data (an id, a name, a value read from a document) or built from it: it is escaped (SafeText), so
    // that no message carries a terminal control or a bidirectional override from a document.
    private static object?[] In(DisplayLanguage language, object?[] arguments)
    {
        var change = false;
        foreach (var argument in arguments)
        {
            change |= argument is Localized || (argument is string text && !ReferenceEquals(SafeText.Escape(text), text));
        }

        if (!change)
        {
            return arguments;
        }

        var result = new object?[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            result[i] = arguments[i] switch
            {
                Localized localized => SafeText.Escape(localized.In(language)),
                string text => SafeText.Escape(text),
                var other => other,
            };
        }

        return result;
    }
}
