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
/// <para>Invariants checked here: the name is not blank, the class is a level-1 class, points are at least 0 and
/// the children's codes are distinct; the tree checks the rest.</para>
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

    /// <summary>The code and name.</summary>
    public override string ToString() => $"{Code} {Name}";
}
