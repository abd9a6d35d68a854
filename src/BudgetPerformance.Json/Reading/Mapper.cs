using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BudgetPerformance.Indicators;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Problems;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Reading;

/// <summary>
/// Maps validated contracts to the domain, reporting every broken value and invariant with its path. A mapping
/// method returns null when it found a problem (and reported it); it never throws for bad data.
/// </summary>
internal sealed partial class Mapper(ProblemList problems)
{
    private static readonly string[] DirectionTexts = [">=", ">", "=", "<=", "<", "qualitative"];

    internal ProblemList Problems => problems;

    internal bool Has(int before) => problems.Count > before;

    internal void Add(Problem problem, string path) => problems.Add(problem, path);

    internal void Add(Problem problem) => problems.Add(problem);

    /// <summary>
    /// Places the problems the model found for an object at <paramref name="path"/> plus each problem's element (its
    /// parameter, which is the contract's property); true when there were none.
    /// </summary>
    internal bool Ask(IReadOnlyList<Problem> found, string path)
    {
        foreach (var problem in found)
        {
            Add(problem, problem.Location.Element is { } element ? path + "." + element : path);
        }

        return found.Count == 0;
    }

    internal void Add(MessageTemplate message, string path, string? indicatorCode, params object?[] arguments) => problems.Add(message, path, indicatorCode, arguments);

    internal bool Enum<TEnum>(string text, string path, out TEnum value)
        where TEnum : struct, System.Enum
    {
        if (EnumText.TryParse(text, out value))
        {
            return true;
        }

        Add(Messages.EnumTextUnknown, path, null, ProblemList.Shorten(text), Messages.TypeName<TEnum>(), string.Join(", ", EnumText.All<TEnum>()));
        return false;
    }

    internal static bool TryDirection(string text, out Direction direction)
    {
        // Declared before the call, not "out var" in the condition: a mutant of the condition would leave it unassigned,
        // fail to compile and make Stryker drop every mutant of the method (safe mode).
        Direction? parsed = null;
        var ok = Array.IndexOf(DirectionTexts, text) >= 0 && DirectionSymbols.TryParse(text, out parsed);
        direction = parsed.GetValueOrDefault();
        return ok;
    }

    internal bool Direction(string text, string path, out Direction direction)
    {
        if (TryDirection(text, out direction))
        {
            return true;
        }

        Add(Messages.DirectionTextUnknown, path, null, ProblemList.Shorten(text), string.Join(", ", DirectionTexts));
        return false;
    }

    internal bool NotBlank(string text, string path, Localized what)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        Add(Messages.ValueBlank, path, null, what);
        return false;
    }

    internal bool NotBlankOrNull(string? text, string path, Localized what) => text is null || NotBlank(text!, path, what);

    internal bool NotNegative(decimal? value, string path, MessageTemplate message)
    {
        if (value is not < 0m)
        {
            return true;
        }

        Add(message, path, null, value);
        return false;
    }

    /// <summary><see cref="NotNegative(decimal?, string, MessageTemplate)"/> for the property <paramref name="name"/> of <paramref name="path"/>, whose path is made only for a report entry.</summary>
    internal bool NotNegative(decimal? value, string path, string name, MessageTemplate message) =>
        value is not < 0m || NotNegative(value, path + name, message);

    internal bool Year(int year, string path, out FiscalYear fiscalYear)
    {
        if (year is >= FiscalYear.MinValue and <= FiscalYear.MaxValue)
        {
            fiscalYear = new FiscalYear(year);
            return true;
        }

        Add(Messages.YearOutOfRange, path, null, year, FiscalYear.MinValue, FiscalYear.MaxValue);
        fiscalYear = default;
        return false;
    }

    internal bool Name(LocalizedNameContract name, string path, out LocalizedName value)
    {
        var ok = true;
        if (string.IsNullOrWhiteSpace(name.Zh))
        {
            Add(Messages.ChineseNameBlank, path + ".zh", null);
            ok = false;
        }

        if (string.IsNullOrWhiteSpace(name.En))
        {
            Add(Messages.EnglishNameBlank, path + ".en", null);
            ok = false;
        }

        value = ok ? new LocalizedName(name.Zh, name.En) : default;
        return ok;
    }

    internal bool SubjectRef(SubjectRefContract subject, string path, out SubjectRef value)
    {
        var ok = Enum<SubjectType>(subject.Type, path + ".type", out var type);
        ok &= NotBlank(subject.Code, path + ".code", new("评价对象编码", "subject code"));
        value = ok ? new SubjectRef(type, subject.Code) : default;
        return ok;
    }

    internal static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static IReadOnlyList<T> Empty<T>(List<T>? list) => list is null ? [] : list;

    internal static bool AnyNull<T>(IEnumerable<T?> items)
        where T : class => items.Any(i => i is null);
}
