using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Indicators;

/// <summary>A level-1 indicator node (一级指标), e.g. 产出指标, holding level-2 nodes.</summary>
/// <remarks>
/// <para>Invariants checked here: the name is not blank, the class is a level-1 class, points are at least 0,
/// the children's codes are distinct, and a level-2 node that is not printed (<see cref="LevelTwoIndicator.IsPrinted"/>)
/// is the only child and has this node's code and points; the tree checks the rest.</para>
/// <para>A two-level score sheet (level-1 headings with level-3 rows directly under them) is built with
/// <see cref="WithoutLevelTwo"/>: the node then holds one level-2 node that the form does not print, so that every
/// consumer still sees three levels, and <see cref="HasLevelTwoHeadings"/> is false.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class LevelOneIndicator
{
    /// <summary>Creates a level-1 node.</summary>
    /// <param name="code">The code, unique in its tree.</param>
    /// <param name="name">The name as written on the form, e.g. 产出指标.</param>
    /// <param name="indicatorClass">A level-1 class.</param>
    /// <param name="points">The points, at least 0.</param>
    /// <param name="children">The level-2 nodes, in form order.</param>
    /// <exception cref="ArgumentNullException">An argument or a child is null.</exception>
    /// <exception cref="DomainInvariantException">An invariant is broken.</exception>
    public LevelOneIndicator(IndicatorCode code, string name, IndicatorClass indicatorClass, decimal points, IEnumerable<LevelTwoIndicator> children)
    {
        NodeChecks.Check(code, name, indicatorClass, 1, points);
        var list = Guard.Against.NullItems(children);
        Guard.Against.Invariant(NodeChecks.FindChildrenProblems(code, 1, list.Count), nameof(children));

        NodeChecks.CheckDistinct(list.Select(c => c.Code), nameof(children));
        Guard.Against.Invariant(FindUnprintedProblems(code, points, list), nameof(children));
        Code = code;
        Name = name;
        Class = indicatorClass;
        Points = points;
        Children = new ReadOnlyCollection<LevelTwoIndicator>(list.ToArray());
    }

    /// <summary>The code.</summary>
    public IndicatorCode Code { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The class.</summary>
    public IndicatorClass Class { get; }

    /// <summary>The points.</summary>
    public decimal Points { get; }

    /// <summary>The level-2 nodes, in order.</summary>
    public IReadOnlyList<LevelTwoIndicator> Children { get; }

    /// <summary>
    /// Whether the form prints level-2 headings under this node: false for a node of a two-level score sheet, whose
    /// only child is a level-2 node the form does not print.
    /// </summary>
    public bool HasLevelTwoHeadings => Children.Count != 1 || Children[0].IsPrinted;

    /// <summary>
    /// Creates a level-1 node of a two-level score sheet: its level-3 indicators sit directly under it, held by one
    /// level-2 node of class <see cref="IndicatorClass.NotPrinted"/> with this node's code, name and points.
    /// </summary>
    /// <param name="code">The code, unique in its tree (the unprinted level-2 node shares it).</param>
    /// <param name="name">The name as written on the form, e.g. 结果.</param>
    /// <param name="indicatorClass">A level-1 class.</param>
    /// <param name="points">The points, at least 0.</param>
    /// <param name="indicators">The level-3 indicators, in form order.</param>
    /// <exception cref="ArgumentNullException">An argument or an indicator is null.</exception>
    /// <exception cref="DomainInvariantException">An invariant is broken.</exception>
    public static LevelOneIndicator WithoutLevelTwo(IndicatorCode code, string name, IndicatorClass indicatorClass, decimal points, IEnumerable<LevelThreeIndicator> indicators)
    {
        NodeChecks.Check(code, name, indicatorClass, 1, points);
        return new LevelOneIndicator(code, name, indicatorClass, points, [new LevelTwoIndicator(code, name, IndicatorClass.NotPrinted, points, indicators)]);
    }

    /// <summary>The level-3 indicators under this node, in order.</summary>
    public IEnumerable<LevelThreeIndicator> Indicators => Children.SelectMany(c => c.Children);

    /// <summary>
    /// Lists every broken invariant of the node's own values (name, class, points, at least one level-2 node), without
    /// building it: each problem is located at the node, with the parameter that carries it as
    /// <see cref="ProblemLocation.Element"/>. The constructor checks the same; the tree checks what depends on the weighting.
    /// </summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name.</param>
    /// <param name="indicatorClass">The class.</param>
    /// <param name="points">The points.</param>
    /// <param name="childCount">The number of level-2 nodes it would hold.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicatorClass"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(IndicatorCode code, string? name, IndicatorClass indicatorClass, decimal points, int childCount) =>
        NodeChecks.FindProblems(code, name, Guard.Against.Null(indicatorClass), 1, points, childCount);

    private static IEnumerable<Problem> FindUnprintedProblems(IndicatorCode code, decimal points, IReadOnlyList<LevelTwoIndicator> children)
    {
        if (children.Any(c => !c.IsPrinted) && !(children.Count == 1 && children[0].Code == code && children[0].Points == points))
        {
            yield return Messages.UnprintedLevelTwoNotAlone.OfIndicator(code.ToString(), code);
        }
    }

    /// <summary>The code and name.</summary>
    public override string ToString() => $"{Code} {Name}";
}
