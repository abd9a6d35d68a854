using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Indicators;

/// <summary>
/// The three-level indicator system (三级指标体系): level-1 nodes holding level-2 nodes holding level-3
/// indicators. The types make a fourth level impossible; this class checks the invariants that span the tree.
/// </summary>
/// <remarks>
/// <para>Invariants: at least one level-1 node; every code (of any level) is unique in the tree; in a
/// <see cref="IndicatorWeighting.Weighted"/> tree, each level-2 node has at least one level-3 indicator and, at every
/// level, the children's points add up exactly (decimal equality, no tolerance) to the parent's points.</para>
/// <para>A two-level score sheet is a tree whose level-1 nodes each hold one level-2 node that the form does not
/// print (<see cref="LevelOneIndicator.WithoutLevelTwo"/>, <see cref="LevelTwoIndicator.IsPrinted"/>); that node shares
/// its parent's code, and its row node in <see cref="ToRows"/> has class <see cref="IndicatorClass.NotPrinted"/>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class IndicatorTree
{
    private readonly Dictionary<IndicatorCode, LevelThreeIndicator> byCode;
    private readonly LevelThreeIndicator[] indicators;

    /// <summary>Creates a tree.</summary>
    /// <param name="weighting">Whether points are binding weights.</param>
    /// <param name="groups">The level-1 nodes, in form order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> or one of its items is null.</exception>
    /// <exception cref="DomainInvariantException">An invariant is broken; <see cref="FindProblems"/> lists every one.</exception>
    public IndicatorTree(IndicatorWeighting weighting, IEnumerable<LevelOneIndicator> groups)
    {
        Guard.Against.Undefined(weighting);
        var list = Guard.Against.NullItems(groups);
        Guard.Against.Invariant(FindProblems(weighting, list), nameof(groups));

        Weighting = weighting;
        Groups = new ReadOnlyCollection<LevelOneIndicator>(list.ToArray());
        indicators = list.SelectMany(g => g.Indicators).ToArray();
        Indicators = new ReadOnlyCollection<LevelThreeIndicator>(indicators);
        byCode = indicators.ToDictionary(i => i.Code);
        TotalPoints = list.Sum(g => g.Points);
    }

    /// <summary>Whether the points are binding weights.</summary>
    public IndicatorWeighting Weighting { get; }

    /// <summary>The level-1 nodes, in order.</summary>
    public IReadOnlyList<LevelOneIndicator> Groups { get; }

    /// <summary>Every level-3 indicator, in order.</summary>
    public IReadOnlyList<LevelThreeIndicator> Indicators { get; }

    /// <summary>The sum of the level-1 points.</summary>
    public decimal TotalPoints { get; }

    /// <summary>Finds a level-3 indicator by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="indicator">The indicator, when found.</param>
    public bool TryGetIndicator(IndicatorCode code, [NotNullWhen(true)] out LevelThreeIndicator? indicator) =>
        byCode.TryGetValue(code, out indicator);

    /// <summary>The level-3 indicator with the code.</summary>
    /// <param name="code">The code.</param>
    /// <exception cref="KeyNotFoundException">No level-3 indicator has the code.</exception>
    public LevelThreeIndicator GetIndicator(IndicatorCode code) =>
        byCode.TryGetValue(code, out var indicator) ? indicator : throw new KeyNotFoundException($"The tree has no level-3 indicator {code}.");

    /// <summary>Lists every broken invariant of a candidate tree, without building it.</summary>
    /// <param name="weighting">The weighting.</param>
    /// <param name="groups">The candidate level-1 nodes.</param>
    public static IReadOnlyList<Problem> FindProblems(IndicatorWeighting weighting, IEnumerable<LevelOneIndicator> groups)
    {
        var list = Guard.Against.NullItems(groups);
        var problems = new List<Problem>();
        if (list.Count == 0)
        {
            problems.Add(Messages.TreeWithoutGroups.Whole());
        }

        var seen = new HashSet<IndicatorCode>();
        void Track(IndicatorCode code)
        {
            if (!seen.Add(code))
            {
                problems.Add(Messages.CodeUsedTwiceInTree.OfIndicator(code.ToString(), code));
            }
        }

        foreach (var one in list)
        {
            Track(one.Code);
            foreach (var two in one.Children)
            {
                // A level-2 node the form does not print shares its level-1 node's code.
                if (two.IsPrinted)
                {
                    Track(two.Code);
                }

                foreach (var three in two.Children)
                {
                    Track(three.Code);
                }

                if (weighting == IndicatorWeighting.Weighted)
                {
                    if (two.Children.Count == 0)
                    {
                        problems.Add(Messages.LevelTwoWithoutIndicators.OfIndicator(two.Code.ToString(), two.Code));
                    }
                    else
                    {
                        CheckSum(problems, two.Code, two.Points, two.Children.Select(c => c.Points));
                    }
                }
            }

            if (weighting == IndicatorWeighting.Weighted)
            {
                CheckSum(problems, one.Code, one.Points, one.Children.Select(c => c.Points));
            }
        }

        if (!DecimalSum.TryTotal(list.Select(g => g.Points), out _))
        {
            problems.Add(Messages.TreePointsBeyondDecimal.Whole());
        }

        return problems;
    }

    /// <summary>
    /// The tree as flat rows, one per level-3 indicator in order (and, in a template, one placeholder row with no
    /// indicator per empty level-2 node), each repeating its level-1 and level-2 node.
    /// </summary>
    public IReadOnlyList<IndicatorRow> ToRows()
    {
        var rows = new List<IndicatorRow>(indicators.Length);
        foreach (var one in Groups)
        {
            foreach (var two in one.Children)
            {
                if (two.Children.Count == 0)
                {
                    rows.Add(new IndicatorRow(RowNode.Of(one), RowNode.Of(two), null));
                }

                foreach (var three in two.Children)
                {
                    rows.Add(new IndicatorRow(RowNode.Of(one), RowNode.Of(two), three));
                }
            }
        }

        return rows.AsReadOnly();
    }

    /// <summary>
    /// Builds a tree from flat rows (one per level-3 indicator, as real forms are laid out), keeping their order.
    /// Rows of one level-1 or level-2 node must be contiguous and must agree on that node's name, class and points.
    /// A row without an indicator is a placeholder for an empty level-2 node, allowed only in a template.
    /// </summary>
    /// <param name="weighting">The weighting of the tree.</param>
    /// <param name="rows">The rows.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or a row is null.</exception>
    /// <exception cref="DomainInvariantException">The rows are inconsistent, or the tree breaks an invariant.</exception>
    public static IndicatorTree FromRows(IndicatorWeighting weighting, IEnumerable<IndicatorRow> rows)
    {
        var list = Guard.Against.NullItems(rows);
        var groups = new List<LevelOneIndicator>();
        var closedOnes = new HashSet<IndicatorCode>();
        var closedTwos = new HashSet<IndicatorCode>();
        var i = 0;
        while (i < list.Count)
        {
            var one = list[i].LevelOne;
            if (!closedOnes.Add(one.Code))
            {
                throw Inconsistent(one.Code, Messages.RowsNotContiguous, Messages.Level(1), one.Code, i);
            }

            var twos = new List<LevelTwoIndicator>();
            while (i < list.Count && list[i].LevelOne.Code == one.Code)
            {
                var two = list[i].LevelTwo;
                if (!closedTwos.Add(two.Code))
                {
                    throw Inconsistent(two.Code, Messages.RowsNotContiguous, Messages.Level(2), two.Code, i);
                }

                var threes = new List<LevelThreeIndicator>();
                var placeholder = false;
                while (i < list.Count && list[i].LevelOne.Code == one.Code && list[i].LevelTwo.Code == two.Code)
                {
                    // Every row, not only the first of each level-2 node, must agree about its level-1 node.
                    if (list[i].LevelOne != one)
                    {
                        throw Inconsistent(one.Code, Messages.RowDisagrees, i, Messages.Level(1), one.Code);
                    }

                    if (list[i].LevelTwo != two)
                    {
                        throw Inconsistent(two.Code, Messages.RowDisagrees, i, Messages.Level(2), two.Code);
                    }

                    if (list[i].Indicator is { } indicator)
                    {
                        threes.Add(indicator);
                    }
                    else
                    {
                        placeholder = true;
                    }

                    i++;
                }

                if (placeholder && (threes.Count > 0 || weighting == IndicatorWeighting.Weighted))
                {
                    throw Inconsistent(two.Code, Messages.PlaceholderRowNotAlone, two.Code);
                }

                twos.Add(new LevelTwoIndicator(two.Code, two.Name, two.Class, two.Points, threes));
            }

            groups.Add(new LevelOneIndicator(one.Code, one.Name, one.Class, one.Points, twos));
        }

        return new IndicatorTree(weighting, groups);
    }

    private static void CheckSum(List<Problem> problems, IndicatorCode code, decimal expected, IEnumerable<decimal> children)
    {
        if (!DecimalSum.TryTotal(children, out var actual))
        {
            problems.Add(Messages.PointsBeyondDecimal.At(ProblemLocation.OfIndicator(code.ToString(), "points"), code));
        }
        else if (expected != actual)
        {
            problems.Add(Messages.PointsDoNotAddUp.At(ProblemLocation.OfIndicator(code.ToString(), "points"), code, actual, expected));
        }
    }

    private static DomainInvariantException Inconsistent(IndicatorCode code, MessageTemplate message, params object?[] arguments) =>
        message.OfIndicator(code.ToString(), arguments).ToException("rows");
}
