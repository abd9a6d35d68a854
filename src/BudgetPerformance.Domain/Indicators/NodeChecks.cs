using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Indicators;

internal static class NodeChecks
{
    internal static void Check(IndicatorCode code, string name, IndicatorClass indicatorClass, int level, decimal points)
    {
        Guard.Against.Uncreated(code);
        Guard.Against.Null(name);
        Guard.Against.Null(indicatorClass);
        Guard.Against.Invariant(FindProblems(code, name, indicatorClass, level, points));
    }

    /// <summary>The invariants of a node itself, each located at the node with the parameter as its element.</summary>
    /// <remarks>A reader checks a node whose code it could not read with <paramref name="code"/> null: the messages then name no code.</remarks>
    internal static List<Problem> FindProblems(IndicatorCode? code, string? name, IndicatorClass indicatorClass, int level, decimal points, int? children = null)
    {
        var at = code?.ToString();
        var problems = new List<Problem>();
        problems.AddRange(FindNameProblems(code, name, level));
        if (indicatorClass.Level != level)
        {
            problems.Add(Messages.NodeClassOfOtherLevel.At(Where(at, nameof(indicatorClass)), Messages.Level(level), at, Messages.Level(indicatorClass.Level), indicatorClass.Code));
        }

        problems.AddRange(FindPointsProblems(code, level, points));
        if (children is { } count)
        {
            problems.AddRange(FindChildrenProblems(code, level, count));
        }

        return problems;
    }

    /// <summary>A node has a name (not blank). The form-row reader asks this of a node its rows name.</summary>
    internal static IEnumerable<Problem> FindNameProblems(IndicatorCode? code, string? name, int level)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            var at = code?.ToString();
            yield return at is null
                ? Messages.UncodedNodeWithoutName.At(Where(at, nameof(name)), Messages.Level(level))
                : Messages.NodeWithoutName.At(Where(at, nameof(name)), Messages.Level(level), at);
        }
    }

    /// <summary>A node's points are not negative (0 allowed). The form-row reader asks this of the points its rows give.</summary>
    internal static IEnumerable<Problem> FindPointsProblems(IndicatorCode? code, int level, decimal points)
    {
        if (points < 0m)
        {
            var at = code?.ToString();
            yield return at is null
                ? Messages.UncodedNodePointsNegative.At(Where(at, nameof(points)), Messages.Level(level))
                : Messages.NodePointsNegative.At(Where(at, nameof(points)), Messages.Level(level), at);
        }
    }

    private static ProblemLocation Where(string? at, string element) => at is null ? ProblemLocation.OfElement(element) : ProblemLocation.OfIndicator(at, element);

    /// <summary>A level-1 node holds at least one level-2 node (a level-2 node may be empty in a template: the tree decides).</summary>
    internal static IEnumerable<Problem> FindChildrenProblems(IndicatorCode? code, int level, int children)
    {
        if (level == 1 && children == 0)
        {
            var at = code?.ToString();
            yield return at is null
                ? Messages.UncodedLevelOneWithoutChildren.At(ProblemLocation.OfElement(nameof(children)))
                : Messages.LevelOneWithoutChildren.At(ProblemLocation.OfIndicator(at, nameof(children)), at);
        }
    }

    internal static void CheckDistinct(IEnumerable<IndicatorCode> codes, string paramName)
    {
        var seen = new HashSet<IndicatorCode>();
        foreach (var code in codes)
        {
            Guard.Against.Invariant(seen.Add(code) ? [] : [Messages.CodeUsedTwice.OfIndicator(code.ToString(), code)], paramName);
        }
    }
}
