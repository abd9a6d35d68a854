using System;
using System.Collections.Generic;
using System.Globalization;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Json.Reading;

/// <summary>Collects the problems found while a document is read.</summary>
internal sealed class ProblemList
{
    private readonly List<Problem> entries = [];

    internal int Count => entries.Count;

    /// <summary>The code of entry <paramref name="index"/>.</summary>
    internal string CodeAt(int index) => entries[index].Code;

    /// <summary>Takes back the problems after the first <paramref name="count"/>.</summary>
    internal void Truncate(int count) => entries.RemoveRange(count, entries.Count - count);

    /// <summary>A problem of the message table at a JSON path, with the indicator's code where there is one.</summary>
    internal void Add(MessageTemplate message, string path, string? indicatorCode, params object?[] arguments) =>
        entries.Add(message.At(ProblemLocation.InDocument(path, indicatorCode), arguments));

    /// <summary>A problem already placed.</summary>
    internal void Add(Problem problem) => entries.Add(problem);

    /// <summary>A problem found by the model, placed at its JSON path.</summary>
    internal void Add(Problem problem, string path) =>
        entries.Add(problem.At(ProblemLocation.InDocument(path, problem.Location.IndicatorCode).WithSubject(problem.Location.Subject)));

    internal ValidationReport ToReport() => entries.Count == 0 ? ValidationReport.Valid : new ValidationReport(entries);

    /// <summary>The path of a property; a name with characters that <see cref="SafeText"/> escapes is written escaped.</summary>
    internal static string Property(string path, string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return path + "['" + SafeText.Escape(name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)) + "']";
            }
        }

        return name.Length == 0 ? path + "['']" : path + "." + name;
    }

    internal static string Index(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>A value as a message echoes it: at most <see cref="SafeText.MaxEchoLength"/> characters, escaped (<see cref="SafeText.Echo"/>).</summary>
    internal static string Shorten(string text) => SafeText.Echo(text);
}
