using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Grades;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Subjects;

namespace BudgetPerformance.Rules;

/// <summary>
/// One result-to-budget rule: when the grade is one of <see cref="Grades"/> (this year and, with
/// <see cref="ConsecutiveYears"/> &gt; 1, as many years in a row), and the project kind is one of
/// <see cref="Kinds"/> (or any kind when empty), propose <see cref="Action"/>. Rules are tried in order; the first
/// that matches applies.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ResultRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="id">The rule's id, unique in its family.</param>
    /// <param name="grades">The grades it applies to (at least one).</param>
    /// <param name="kinds">The project kinds it applies to; empty for every kind.</param>
    /// <param name="consecutiveYears">How many years in a row (this year included) the grade must be one of <paramref name="grades"/>; at least 1.</param>
    /// <param name="action">The action.</param>
    /// <param name="cutRate">For <see cref="BudgetAction.Cut"/>: the minimum rate, in (0, 1]; null for any other action or when the rate is left to a decision.</param>
    /// <param name="maximumCutRate">For <see cref="BudgetAction.Cut"/>: the maximum rate, or null.</param>
    /// <param name="blocksSimilarProject">Whether the result also blocks a similar new project next year (one-off projects graded 差 in some provinces).</param>
    /// <param name="source">The source.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="grades"/>, <paramref name="kinds"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is not a defined value, or a number is out of range (<see cref="FindProblems"/>).</exception>
    /// <exception cref="ArgumentException">A value breaks an invariant (<see cref="FindProblems"/>).</exception>
    public ResultRule(string id, IEnumerable<Grade> grades, IEnumerable<ProjectKind> kinds, int consecutiveYears, BudgetAction action, decimal? cutRate, decimal? maximumCutRate, bool blocksSimilarProject, SourceCitation source)
    {
        Guard.Against.Null(id);
        var gradeList = Guard.Against.Null(grades).Distinct().ToArray();
        Guard.Against.Null(kinds);
        Action = Guard.Against.Undefined(action);
        foreach (var problem in FindProblems(id, gradeList, consecutiveYears, action, cutRate, maximumCutRate))
        {
            throw problem.Location.Element switch
            {
                nameof(consecutiveYears) => new ArgumentOutOfRangeException(nameof(consecutiveYears), consecutiveYears, problem.MessageEn),
                nameof(cutRate) when problem.MessageEn == Messages.CutRateWithoutCut.English => new ArgumentException(problem.MessageEn, nameof(cutRate)),
                nameof(cutRate) => new ArgumentOutOfRangeException(nameof(cutRate), cutRate, problem.MessageEn),
                nameof(maximumCutRate) => new ArgumentOutOfRangeException(nameof(maximumCutRate), maximumCutRate, problem.MessageEn),
                var element => new ArgumentException(problem.MessageEn, element),
            };
        }

        Id = id;
        ConsecutiveYears = consecutiveYears;
        Grades = new ReadOnlyCollection<Grade>(gradeList);
        Kinds = new ReadOnlyCollection<ProjectKind>(kinds.Distinct().ToArray());
        CutRate = cutRate;
        MaximumCutRate = maximumCutRate;
        BlocksSimilarProject = blocksSimilarProject;
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// Lists every broken invariant of a candidate rule, without building it, in this order: the id is not empty or white
    /// space (<c>id</c>); at least one grade (<c>grades</c>); at least 1 consecutive year, 1 included
    /// (<c>consecutiveYears</c>); only a cut has a rate (<c>cutRate</c>); a rate lies in (0, 1], 0 excluded and 1 included
    /// (<c>cutRate</c>); a maximum rate has a minimum and lies in [minimum, 1], both ends included
    /// (<c>maximumCutRate</c>). The name in brackets is each problem's <see cref="ProblemLocation.Element"/>; the
    /// constructor checks the same.
    /// </summary>
    /// <param name="id">The candidate id.</param>
    /// <param name="grades">The candidate grades (repeats count once).</param>
    /// <param name="consecutiveYears">The candidate number of years in a row.</param>
    /// <param name="action">The candidate action.</param>
    /// <param name="cutRate">The candidate minimum cut rate, or null.</param>
    /// <param name="maximumCutRate">The candidate maximum cut rate, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="grades"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(string id, IEnumerable<Grade> grades, int consecutiveYears, BudgetAction action, decimal? cutRate, decimal? maximumCutRate)
    {
        Guard.Against.Null(id);
        Guard.Against.Null(grades);
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add(Messages.ValueBlank.At(ProblemLocation.OfElement(nameof(id)), Messages.ResultRuleIdValue));
        }

        if (!grades.Any())
        {
            problems.Add(Messages.ResultRuleWithoutGrades.At(ProblemLocation.OfElement(nameof(grades))));
        }

        if (consecutiveYears < 1)
        {
            problems.Add(Messages.ConsecutiveYearsBelowOne.At(ProblemLocation.OfElement(nameof(consecutiveYears))));
        }

        if (cutRate is not null && action != BudgetAction.Cut)
        {
            problems.Add(Messages.CutRateWithoutCut.At(ProblemLocation.OfElement(nameof(cutRate))));
        }

        if (cutRate is <= 0m or > 1m)
        {
            problems.Add(Messages.CutRateOutOfRange.At(ProblemLocation.OfElement(nameof(cutRate))));
        }

        if (maximumCutRate is { } max && (cutRate is null || max < cutRate || max > 1m))
        {
            problems.Add(Messages.MaximumCutRateInvalid.At(ProblemLocation.OfElement(nameof(maximumCutRate))));
        }

        return problems;
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>The grades it applies to.</summary>
    public IReadOnlyList<Grade> Grades { get; }

    /// <summary>The project kinds it applies to; empty for every kind.</summary>
    public IReadOnlyList<ProjectKind> Kinds { get; }

    /// <summary>How many years in a row the grade must match (this year included).</summary>
    public int ConsecutiveYears { get; }

    /// <summary>The action.</summary>
    public BudgetAction Action { get; }

    /// <summary>The minimum cut rate, or null.</summary>
    public decimal? CutRate { get; }

    /// <summary>The maximum cut rate, or null.</summary>
    public decimal? MaximumCutRate { get; }

    /// <summary>Whether the result blocks a similar new project next year.</summary>
    public bool BlocksSimilarProject { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }

    /// <summary>Whether the rule matches a grade history (this year first, then earlier years) and a project kind.</summary>
    /// <param name="grades">This year's grade, then the previous years' grades, most recent first.</param>
    /// <param name="kind">The project kind.</param>
    public bool Matches(IReadOnlyList<Grade> grades, ProjectKind kind)
    {
        Guard.Against.Null(grades);
        if (Kinds.Count > 0 && !Kinds.Contains(kind))
        {
            return false;
        }

        if (grades.Count < ConsecutiveYears)
        {
            return false;
        }

        for (var i = 0; i < ConsecutiveYears; i++)
        {
            if (!Grades.Contains(grades[i]))
            {
                return false;
            }
        }

        return true;
    }
}
