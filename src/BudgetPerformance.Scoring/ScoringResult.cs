using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Runtime.InteropServices;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring;

/// <summary>
/// The result of scoring one evaluation under one rule set: every indicator score, the subtotals per level, the
/// budget block, the total, and the grade (or, for an ex-ante assessment, the conclusion). A result is either
/// <see cref="ScoringOutcome.Complete"/> or says what is missing or wrong: the total and grade are null unless it is
/// complete, so a partial score is never passed off as a complete one.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScoringResult
{
    internal ScoringResult(
        string evaluationId,
        EvaluationType evaluationType,
        SubjectRef subject,
        FiscalYear coveredYear,
        FiscalYear conductedIn,
        string ruleSetId,
        int ruleSetVersion,
        ScoringOutcome outcome,
        IReadOnlyList<IndicatorScore> indicators,
        IReadOnlyList<Subtotal> levelTwo,
        IReadOnlyList<Subtotal> levelOne,
        IReadOnlyList<Subtotal> groups,
        BudgetScore? budget,
        decimal rescaleFactor,
        decimal? pointsAvailable,
        decimal? pointsRemaining,
        decimal? rawTotal,
        decimal? total,
        GradeBand? band,
        bool totalAboveMaximum,
        ExAnteConclusion? conclusion,
        IReadOnlyList<Problem> issues)
    {
        EvaluationId = evaluationId;
        EvaluationType = evaluationType;
        Subject = subject;
        CoveredYear = coveredYear;
        ConductedIn = conductedIn;
        RuleSetId = ruleSetId;
        RuleSetVersion = ruleSetVersion;
        Outcome = outcome;
        Indicators = ReadOnly(indicators);
        LevelTwo = ReadOnly(levelTwo);
        LevelOne = ReadOnly(levelOne);
        Groups = ReadOnly(groups);
        Budget = budget;
        RescaleFactor = rescaleFactor;
        PointsAvailable = pointsAvailable;
        PointsRemaining = pointsRemaining;
        RawTotal = rawTotal;
        Total = total;
        Band = band;
        TotalAboveMaximum = totalAboveMaximum;
        Conclusion = conclusion;
        Problems = issues;
    }

    /// <summary>The evaluation's id.</summary>
    public string EvaluationId { get; }

    /// <summary>The evaluation's type.</summary>
    public EvaluationType EvaluationType { get; }

    /// <summary>The subject the evaluation is about (a project, policy, department, ...).</summary>
    public SubjectRef Subject { get; }

    /// <summary>The fiscal year the evaluation covers.</summary>
    public FiscalYear CoveredYear { get; }

    /// <summary>The year the evaluation was conducted in: the year a rule set must be in force in to serve it
    /// (<see cref="RuleSet.IsInForceDuring"/>).</summary>
    public FiscalYear ConductedIn { get; }

    /// <summary>The id of the rule set applied.</summary>
    public string RuleSetId { get; }

    /// <summary>The version of the rule set applied.</summary>
    public int RuleSetVersion { get; }

    /// <summary>Whether the result is complete.</summary>
    public ScoringOutcome Outcome { get; }

    /// <summary>The indicator scores, in the order of the tree.</summary>
    public IReadOnlyList<IndicatorScore> Indicators { get; }

    /// <summary>The level-2 subtotals, in tree order; a level-2 node the form does not print (a two-level score sheet) has none.</summary>
    public IReadOnlyList<Subtotal> LevelTwo { get; }

    /// <summary>The level-1 subtotals, in tree order.</summary>
    public IReadOnlyList<Subtotal> LevelOne { get; }

    /// <summary>The score groups (merged score cells): an assessed group's score, or the sum of its members' scores.</summary>
    public IReadOnlyList<Subtotal> Groups { get; }

    /// <summary>The budget-execution block, or null when the evaluation type does not carry it under the rule set.</summary>
    public BudgetScore? Budget { get; }

    /// <summary>The factor by which points were rescaled because items do not apply (1 when none was).</summary>
    public decimal RescaleFactor { get; }

    /// <summary>
    /// The numerator of the rescale factor as the rules name it, available ÷ remaining: the points the evaluation carries (its
    /// indicators and its budget block), or null when no points were rescaled. 100 when items worth 5 of 100 points do not apply.
    /// </summary>
    public decimal? PointsAvailable { get; }

    /// <summary>
    /// The denominator of the rescale factor: the points left once the items that do not apply are dropped, or null when no
    /// points were rescaled. 95 when items worth 5 of 100 points do not apply (the factor is 100 ÷ 95).
    /// </summary>
    public decimal? PointsRemaining { get; }

    /// <summary>The total before the total rounding, or null unless complete.</summary>
    public decimal? RawTotal { get; }

    /// <summary>The total rounded by the rule set's total rounding, or null unless complete.</summary>
    public decimal? Total { get; }

    /// <summary>The band that decided the grade, or null (not complete, or an ex-ante assessment).</summary>
    public GradeBand? Band { get; }

    /// <summary>The grade, or null (not complete, or an ex-ante assessment).</summary>
    public Grade? Grade => Band?.Grade;

    /// <summary>Whether the total exceeds 100 (possible when over-completion is not capped); it was graded as 100.</summary>
    public bool TotalAboveMaximum { get; }

    /// <summary>The conclusion of an ex-ante assessment, or null.</summary>
    public ExAnteConclusion? Conclusion { get; }

    /// <summary>
    /// The problems with the input, in the order found: an error makes <see cref="Outcome"/> <see cref="ScoringOutcome.Invalid"/>;
    /// a warning (an assessor's score finer than the precision, a data-quality flag such as <c>zero-target</c>) leaves the
    /// result complete, with its total and grade.
    /// </summary>
    public IReadOnlyList<Problem> Problems { get; }

    // The scorer hands over arrays it filled and never touches again: they are exposed as immutable arrays without a copy, so
    // that a caller cannot cast a list back to an array and change a result.
    private static IReadOnlyList<T> ReadOnly<T>(IReadOnlyList<T> items) => items switch
    {
        T[] array => ImmutableCollectionsMarshal.AsImmutableArray(array),
        ImmutableArray<T> or ReadOnlyCollection<T> => items,
        _ => ImmutableArray.CreateRange(items),
    };
}
