using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Rules;

/// <summary>
/// A level-2 class requirement of target review: at least one level-3 indicator under a level-2 node of one of
/// <see cref="AnyOf"/> (for example the benefit requirement is met by economic, social, ecological or sustainable impact).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ClassRequirement
{
    /// <summary>Creates the requirement.</summary>
    /// <param name="anyOf">The level-2 classes, at least one; any of them meets the requirement.</param>
    /// <param name="source">The source.</param>
    /// <exception cref="ArgumentNullException"><paramref name="anyOf"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">An item of <paramref name="anyOf"/> is null, or the classes break an invariant (<see cref="FindProblems"/>).</exception>
    public ClassRequirement(IEnumerable<IndicatorClass> anyOf, SourceCitation source)
    {
        var list = Guard.Against.NullItems(anyOf);
        Guard.Against.Problems(FindProblems(list), nameof(anyOf));

        AnyOf = new ReadOnlyCollection<IndicatorClass>(list.Distinct().ToArray());
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// Lists every broken invariant of candidate classes, without building the requirement: at least one class (when
    /// there is none, the problem names <c>anyOf</c>), and only level-2 classes (each class of another level is a problem
    /// naming its item, <c>anyOf[i]</c>, i counted from 0 in the order given). The name is each problem's
    /// <see cref="ProblemLocation.Element"/>; the constructor checks the same.
    /// </summary>
    /// <param name="anyOf">The candidate classes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="anyOf"/> is null.</exception>
    /// <exception cref="ArgumentException">An item of <paramref name="anyOf"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(IEnumerable<IndicatorClass> anyOf)
    {
        var list = Guard.Against.NullItems(anyOf);
        var problems = new List<Problem>();
        if (list.Count == 0)
        {
            problems.Add(Messages.ClassRequirementClasses.At(ProblemLocation.OfElement(nameof(anyOf))));
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Level != 2)
            {
                problems.Add(Messages.ClassRequirementClasses.At(ProblemLocation.OfElement(string.Create(CultureInfo.InvariantCulture, $"{nameof(anyOf)}[{i}]"))));
            }
        }

        return problems;
    }

    /// <summary>The classes, any of which meets the requirement.</summary>
    public IReadOnlyList<IndicatorClass> AnyOf { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
