using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;

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
    public ClassRequirement(IEnumerable<IndicatorClass> anyOf, SourceCitation source)
    {
        var list = Preconditions.CheckItemsNotNull(anyOf);
        if (list.Count == 0 || list.Any(c => c.Level != 2))
        {
            throw new ArgumentException("A requirement names at least one class, and only level-2 classes.", nameof(anyOf));
        }

        AnyOf = new ReadOnlyCollection<IndicatorClass>(list.Distinct().ToArray());
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The classes, any of which meets the requirement.</summary>
    public IReadOnlyList<IndicatorClass> AnyOf { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
