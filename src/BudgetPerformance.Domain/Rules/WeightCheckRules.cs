using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>
/// The framework-weight check of finance and department evaluations: output and benefit (产出 + 效益) together
/// must carry at least <see cref="MinimumOutputBenefitShare"/> of the points (60% nationally, inclusive).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WeightCheckRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="minimumOutputBenefitShare">The minimum share, in [0, 1].</param>
    /// <param name="appliesTo">The evaluation types checked.</param>
    /// <param name="source">The source.</param>
    public WeightCheckRules(decimal minimumOutputBenefitShare, IEnumerable<EvaluationType> appliesTo, SourceCitation source)
    {
        if (minimumOutputBenefitShare < 0m || minimumOutputBenefitShare > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumOutputBenefitShare), minimumOutputBenefitShare, "The share must lie in [0, 1].");
        }

        MinimumOutputBenefitShare = minimumOutputBenefitShare;
        Preconditions.CheckNotNull(appliesTo);
        AppliesTo = new ReadOnlyCollection<EvaluationType>(appliesTo.Distinct().ToArray());
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The minimum share of output plus benefit, inclusive.</summary>
    public decimal MinimumOutputBenefitShare { get; }

    /// <summary>The evaluation types checked.</summary>
    public IReadOnlyList<EvaluationType> AppliesTo { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
