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
        ProblemLocation Where(string element) => at is null ? ProblemLocation.OfElement(element) : ProblemLocation.OfIndicator(at, element);
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(at is null
                ? Messages.UncodedNodeWithoutName.At(Where(nameof(name)), Messages.Level(level))
                : Messages.NodeWithoutName.At(Where(nameof(name)), Messages.Level(level), at));
        }

        if (indicatorClass.Level != level)
        {
            problems.Add(Messages.NodeClassOfOtherLevel.At(Where(nameof(indicatorClass)), Messages.Level(level), at, Messages.Level(indicatorClass.Level), indicatorClass.Code));
        }

        if (points < 0m)
        {
            problems.Add(at is null
                ? Messages.UncodedNodePointsNegative.At(Where(nameof(points)), Messages.Level(level))
                : Messages.NodePointsNegative.At(Where(nameof(points)), Messages.Level(level), at));
        }

        if (children is { } count)
        {
            problems.AddRange(FindChildrenProblems(code, level, count));
        }

        return problems;
    }

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
