using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>
/// What each evaluation type must record beyond its indicator rows (记录要求): a budget execution (预算执行情况), an
/// on-site visit (现场核查). Nationally a self-evaluation records its budget execution (财预〔2020〕10号: it scores the
/// block) and a finance evaluation its on-site visit (the seed, Linqu County 2020); a jurisdiction whose forms print
/// no budget block, or whose finance re-evaluations record no visit, lists fewer types. The model never refuses an
/// evaluation for lacking either: the stages that score under a rule set check it (<c>budget-execution-missing</c>,
/// <c>on-site-visit-missing</c>), and a rule set without this family requires neither.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RecordRequirementsRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="budgetExecution">The evaluation types that must record a budget execution.</param>
    /// <param name="onSiteVisit">The evaluation types that must record an on-site visit.</param>
    /// <param name="source">The source.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An evaluation type is not defined.</exception>
    public RecordRequirementsRules(IEnumerable<EvaluationType> budgetExecution, IEnumerable<EvaluationType> onSiteVisit, SourceCitation source)
    {
        BudgetExecution = Types(budgetExecution, nameof(budgetExecution));
        OnSiteVisit = Types(onSiteVisit, nameof(onSiteVisit));
        Source = Guard.Against.Null(source);
    }

    /// <summary>The evaluation types that must record a budget execution.</summary>
    public IReadOnlyList<EvaluationType> BudgetExecution { get; }

    /// <summary>The evaluation types that must record an on-site visit.</summary>
    public IReadOnlyList<EvaluationType> OnSiteVisit { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }

    /// <summary>Whether an evaluation of <paramref name="type"/> must record a budget execution.</summary>
    /// <param name="type">The evaluation type.</param>
    public bool RequiresBudgetExecution(EvaluationType type) => BudgetExecution.Contains(type);

    /// <summary>Whether an evaluation of <paramref name="type"/> must record an on-site visit.</summary>
    /// <param name="type">The evaluation type.</param>
    public bool RequiresOnSiteVisit(EvaluationType type) => OnSiteVisit.Contains(type);

    private static ReadOnlyCollection<EvaluationType> Types(IEnumerable<EvaluationType> types, string parameter) =>
        new(Guard.Against.Null(types, parameter).Select(t => Guard.Against.Undefined(t, parameter)).Distinct().ToArray());
}
