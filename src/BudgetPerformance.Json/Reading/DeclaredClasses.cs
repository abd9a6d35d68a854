using System;
using System.Collections.Generic;
using BudgetPerformance.Indicators;

namespace BudgetPerformance.Json.Reading;

/// <summary>
/// The classes one document declares in <c>classes</c> (each valid declaration, in order), and which of them its
/// nodes used: a declaration no node uses is reported once the tree is read.
/// </summary>
internal sealed class DeclaredClasses
{
    private readonly List<(IndicatorClass Class, string Path)> entries = [];
    private readonly HashSet<IndicatorClass> used = [];

    /// <summary>No declarations (a document without <c>classes</c>).</summary>
    internal static DeclaredClasses None => new();

    internal void Add(IndicatorClass indicatorClass, string path) => entries.Add((indicatorClass, path));

    /// <summary>The path of the declaration of the level and code, or null.</summary>
    internal string? PathOf(int level, string code)
    {
        foreach (var (c, path) in entries)
        {
            if (c.Level == level && string.Equals(c.Code, code, StringComparison.Ordinal))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>The declared class of the level with the code, marked as used.</summary>
    internal IndicatorClass? ByCode(int level, string code) => Use(c => c.Level == level && string.Equals(c.Code, code, StringComparison.Ordinal));

    /// <summary>Whether a class of the other level has the code (marked as used: the node's mistake is reported, not the declaration).</summary>
    internal bool OfOtherLevel(int level, string code) => Use(c => c.Level == 3 - level && string.Equals(c.Code, code, StringComparison.Ordinal)) is not null;

    /// <summary>The first declared class of the level whose Chinese name is <paramref name="name"/> (a form row's heading), marked as used.</summary>
    internal IndicatorClass? ByName(int level, string name) => Use(c => c.Level == level && string.Equals(c.Name.Chinese, name, StringComparison.Ordinal));

    /// <summary>The declarations no node used, in order.</summary>
    internal IEnumerable<(IndicatorClass Class, string Path)> Unused()
    {
        foreach (var entry in entries)
        {
            if (!used.Contains(entry.Class))
            {
                yield return entry;
            }
        }
    }

    private IndicatorClass? Use(Func<IndicatorClass, bool> match)
    {
        foreach (var (c, _) in entries)
        {
            if (match(c))
            {
                used.Add(c);
                return c;
            }
        }

        return null;
    }
}
