using System;
using System.Collections.Generic;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Indicators;

internal static class NodeChecks
{
    internal static void Check(IndicatorCode code, string name, IndicatorClass indicatorClass, int level, decimal points)
    {
        if (code == default)
        {
            throw new ArgumentException("The code must be a created IndicatorCode.", nameof(code));
        }

        Preconditions.CheckNotNull(name);
        Preconditions.CheckNotNull(indicatorClass);
        foreach (var problem in FindProblems(code, name, indicatorClass, level, points))
        {
            throw problem.ToException(problem.Location.Element);
        }
    }

    /// <summary>The invariants of a node itself, each located at the node with the parameter as its element.</summary>
    internal static List<Problem> FindProblems(IndicatorCode code, string? name, IndicatorClass indicatorClass, int level, decimal points)
    {
        var at = code.ToString();
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(Messages.NodeWithoutName.At(ProblemLocation.OfIndicator(at, nameof(name)), Messages.Level(level), at));
        }

        if (indicatorClass.Level != level)
        {
            problems.Add(Messages.NodeClassOfOtherLevel.At(ProblemLocation.OfIndicator(at, nameof(indicatorClass)), Messages.Level(level), at, Messages.Level(indicatorClass.Level), indicatorClass.Code));
        }

        if (points < 0m)
        {
            problems.Add(Messages.NodePointsNegative.At(ProblemLocation.OfIndicator(at, nameof(points)), Messages.Level(level), at));
        }

        return problems;
    }

    internal static void CheckDistinct(IEnumerable<IndicatorCode> codes, string paramName)
    {
        var seen = new HashSet<IndicatorCode>();
        foreach (var code in codes)
        {
            if (!seen.Add(code))
            {
                throw Messages.CodeUsedTwice.OfIndicator(code.ToString(), code).ToException(paramName);
            }
        }
    }
}
