using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

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
    /// <exception cref="ArgumentOutOfRangeException">The share is out of range (see <see cref="FindProblems"/>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="appliesTo"/> or <paramref name="source"/> is null.</exception>
    public WeightCheckRules(decimal minimumOutputBenefitShare, IEnumerable<EvaluationType> appliesTo, SourceCitation source)
    {
        Guard.Against.ProblemsOutOfRange(FindProblems(minimumOutputBenefitShare), minimumOutputBenefitShare, nameof(minimumOutputBenefitShare));

        MinimumOutputBenefitShare = minimumOutputBenefitShare;
        Guard.Against.Null(appliesTo);
        AppliesTo = new ReadOnlyCollection<EvaluationType>(appliesTo.Distinct().ToArray());
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// Lists the problem with a candidate minimum share, without building the family: it must lie in [0, 1] (both ends
    /// inclusive). The problem names <c>minimumOutputBenefitShare</c> as its <see cref="ProblemLocation.Element"/>; the
    /// constructor checks the same.
    /// </summary>
    /// <param name="minimumOutputBenefitShare">The candidate minimum share.</param>
    public static IReadOnlyList<Problem> FindProblems(decimal minimumOutputBenefitShare) =>
        minimumOutputBenefitShare is < 0m or > 1m ? [Messages.RuleShareOutsideZeroToOne.At(ProblemLocation.OfElement(nameof(minimumOutputBenefitShare)))] : [];

    /// <summary>The minimum share of output plus benefit, inclusive.</summary>
    public decimal MinimumOutputBenefitShare { get; }

    /// <summary>The evaluation types checked.</summary>
    public IReadOnlyList<EvaluationType> AppliesTo { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
