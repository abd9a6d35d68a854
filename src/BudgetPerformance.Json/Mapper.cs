using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace BudgetPerformance.Json;

/// <summary>
/// Maps validated contracts to the domain, reporting every broken value and invariant with its path. A mapping
/// method returns null when it found a problem (and reported it); it never throws for bad data.
/// </summary>
internal sealed partial class Mapper(Problems problems)
{
    private static readonly string[] DirectionTexts = [">=", ">", "=", "<=", "<", "qualitative"];

    internal Problems Problems => problems;

    internal bool Has(int before) => problems.Count > before;

    internal void Add(string code, string path, string message, string? indicatorCode = null) => problems.Add(code, path, message, indicatorCode);

    internal void Add(DomainProblem problem, string path) => problems.Add(problem.Code, path, problem.Message, problem.Subject);

    internal bool Enum<TEnum>(string text, string path, out TEnum value)
        where TEnum : struct, System.Enum
    {
        if (EnumText.TryParse(text, out value))
        {
            return true;
        }

        Add(JsonErrorCodes.InvalidValue, path, $"'{Problems.Shorten(text)}' is not a {typeof(TEnum).Name}: expected one of {string.Join(", ", EnumText.All<TEnum>())}.");
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

        Add(JsonErrorCodes.InvalidValue, path, $"'{Problems.Shorten(text)}' is not a direction: expected one of {string.Join(", ", DirectionTexts)}.");
        return false;
    }

    internal bool NotBlank(string text, string path, string what)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        Add(JsonErrorCodes.InvalidValue, path, $"The {what} must not be empty or white space.");
        return false;
    }

    internal bool NotBlankOrNull(string? text, string path, string what) => text is null || NotBlank(text!, path, what);

    internal bool NotNegative(decimal? value, string path, string code, string what)
    {
        if (value is not < 0m)
        {
            return true;
        }

        Add(code, path, FormattableString.Invariant($"The {what} must not be negative ({value})."));
        return false;
    }

    /// <summary><see cref="NotNegative(decimal?, string, string, string)"/> for the property <paramref name="name"/> of <paramref name="path"/>, whose path is made only for a report entry.</summary>
    internal bool NotNegative(decimal? value, string path, string name, string code, string what) =>
        value is not < 0m || NotNegative(value, path + name, code, what);

    internal bool Year(int year, string path, out FiscalYear fiscalYear)
    {
        if (year is >= FiscalYear.MinValue and <= FiscalYear.MaxValue)
        {
            fiscalYear = new FiscalYear(year);
            return true;
        }

        Add(JsonErrorCodes.InvalidValue, path, FormattableString.Invariant($"The year {year} is outside [{FiscalYear.MinValue}, {FiscalYear.MaxValue}]."));
        fiscalYear = default;
        return false;
    }

    internal bool Name(LocalizedNameContract name, string path, out LocalizedName value)
    {
        var ok = true;
        if (string.IsNullOrWhiteSpace(name.Zh))
        {
            Add(ProblemCodes.NameRequired, path + ".zh", "The Chinese name must not be empty or white space.");
            ok = false;
        }

        if (string.IsNullOrWhiteSpace(name.En))
        {
            Add(ProblemCodes.NameRequired, path + ".en", "The English name must not be empty or white space.");
            ok = false;
        }

        value = ok ? new LocalizedName(name.Zh, name.En) : default;
        return ok;
    }

    internal bool SubjectRef(SubjectRefContract subject, string path, out SubjectRef value)
    {
        var ok = Enum<SubjectType>(subject.Type, path + ".type", out var type);
        ok &= NotBlank(subject.Code, path + ".code", "subject code");
        value = ok ? new SubjectRef(type, subject.Code) : default;
        return ok;
    }

    /// <summary>Runs a domain constructor as a last safety net: an invariant it still finds becomes an entry.</summary>
    internal T? Build<T>(string path, Func<T> build)
        where T : class
    {
        try
        {
            return build();
        }
        catch (DomainInvariantException ex)
        {
            Add(ex.ProblemCode, path, ex.Message, ex.Subject);
            return null;
        }
        catch (ArgumentException ex)
        {
            Add(JsonErrorCodes.InvalidValue, path, ex.Message);
            return null;
        }
        catch (OverflowException)
        {
            // Each number fits a decimal, but a sum of them (points of the children, totals) does not.
            Add(JsonErrorCodes.NumberOutOfRange, path, "The numbers here are too large: a sum or product of them exceeds the decimal range (about 7.9 × 10^28).");
            return null;
        }
    }

    internal static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static IReadOnlyList<T> Empty<T>(List<T>? list) => list is null ? [] : list;

    internal static bool AnyNull<T>(IEnumerable<T?> items)
        where T : class => items.Any(i => i is null);
}
