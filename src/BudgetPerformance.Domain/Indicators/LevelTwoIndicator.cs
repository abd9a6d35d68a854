using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Indicators;

/// <summary>A level-2 indicator node (二级指标), e.g. 数量指标 under output, holding level-3 indicators.</summary>
/// <remarks>
/// <para>Invariants checked here: the name is not blank, the class is a level-2 class, points are at least 0 and
/// the children's codes are distinct. A node of class <see cref="IndicatorClass.NotPrinted"/> stands for the missing
/// level-2 heading of a two-level score sheet (<see cref="IsPrinted"/>). Whether the children's points add up, and whether the node may be empty,
/// depends on the tree's <see cref="IndicatorWeighting"/> and is checked by <see cref="IndicatorTree"/>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class LevelTwoIndicator
{
    /// <summary>Creates a level-2 node.</summary>
    /// <param name="code">The code, unique in its tree.</param>
    /// <param name="name">The name as written on the form, e.g. 数量指标.</param>
    /// <param name="indicatorClass">A level-2 class.</param>
    /// <param name="points">The points, at least 0.</param>
    /// <param name="children">The level-3 indicators, in form order.</param>
    /// <exception cref="ArgumentNullException">An argument or a child is null.</exception>
    /// <exception cref="DomainInvariantException">An invariant is broken.</exception>
    public LevelTwoIndicator(IndicatorCode code, string name, IndicatorClass indicatorClass, decimal points, IEnumerable<LevelThreeIndicator> children)
    {
        NodeChecks.Check(code, name, indicatorClass, 2, points);
        var list = Guard.Against.NullItems(children);
        NodeChecks.CheckDistinct(list.Select(c => c.Code), nameof(children));
        Code = code;
        Name = name;
        Class = indicatorClass;
        Points = points;
        Children = new ReadOnlyCollection<LevelThreeIndicator>(list.ToArray());
    }

    /// <summary>The code.</summary>
    public IndicatorCode Code { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The class.</summary>
    public IndicatorClass Class { get; }

    /// <summary>The points.</summary>
    public decimal Points { get; }

    /// <summary>The level-3 indicators, in order.</summary>
    public IReadOnlyList<LevelThreeIndicator> Children { get; }

    /// <summary>
    /// Whether the form prints this node as a level-2 heading: false for the one node of class
    /// <see cref="IndicatorClass.NotPrinted"/> that a two-level score sheet holds under a level-1 heading
    /// (<see cref="LevelOneIndicator.WithoutLevelTwo"/>); such a node has its level-1 node's code, name and points, and
    /// writers, explanations and subtotals leave it out.
    /// </summary>
    public bool IsPrinted => Class != IndicatorClass.NotPrinted;

    /// <summary>
    /// Lists every broken invariant of the node's own values (name, class, points), without building it: each problem is
    /// located at the node, with the parameter that carries it as <see cref="ProblemLocation.Element"/>. The constructor
    /// checks the same; the tree checks what depends on the weighting.
    /// </summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name.</param>
    /// <param name="indicatorClass">The class.</param>
    /// <param name="points">The points.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicatorClass"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(IndicatorCode code, string? name, IndicatorClass indicatorClass, decimal points) =>
        NodeChecks.FindProblems(code, name, Guard.Against.Null(indicatorClass), 2, points);

    /// <summary>The code and name.</summary>
    public override string ToString() => $"{Code} {Name}";
}
