using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Internal;

/// <summary>
/// The one check of a ladder of rungs (deviation bands, completion steps): at least one rung; ordered by their key from the
/// best rung down, no two rungs share a key, and a lower rung never earns a larger share of the points.
/// </summary>
internal static class Ladder
{
    /// <summary>The places of the rungs from the best down (a stable sort: equal keys keep their given order).</summary>
    internal static int[] Order<T>(T[] rungs, Func<T, decimal> key, bool bestIsLowest) =>
        bestIsLowest
            ? Enumerable.Range(0, rungs.Length).OrderBy(i => key(rungs[i])).ToArray()
            : Enumerable.Range(0, rungs.Length).OrderByDescending(i => key(rungs[i])).ToArray();

    /// <summary>
    /// The problems of a ladder: <paramref name="empty"/> at <paramref name="element"/> when there is no rung, else
    /// <paramref name="outOfOrder"/> at <c>element[i]</c> for each rung that repeats the key of the rung above it or earns more.
    /// </summary>
    internal static IReadOnlyList<Problem> FindProblems<T>(T[] rungs, Func<T, decimal> key, bool bestIsLowest, Func<T, decimal> share,
        string element, MessageTemplate empty, MessageTemplate outOfOrder)
    {
        if (rungs.Length == 0)
        {
            return [empty.At(ProblemLocation.OfElement(element))];
        }

        var problems = new List<Problem>();
        var order = Order(rungs, key, bestIsLowest);
        for (var k = 1; k < order.Length; k++)
        {
            var (rung, above) = (rungs[order[k]], rungs[order[k - 1]]);
            if (key(rung) == key(above) || share(rung) > share(above))
            {
                problems.Add(outOfOrder.At(ProblemLocation.OfElement(string.Create(CultureInfo.InvariantCulture, $"{element}[{order[k]}]"))));
            }
        }

        return problems.AsReadOnly();
    }
}
