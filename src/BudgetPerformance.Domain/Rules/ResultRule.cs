using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using BudgetPerformance.Grades;
using BudgetPerformance.Internal;
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
    public ResultRule(string id, IEnumerable<Grade> grades, IEnumerable<ProjectKind> kinds, int consecutiveYears, BudgetAction action, decimal? cutRate, decimal? maximumCutRate, bool blocksSimilarProject, SourceCitation source)
    {
        Id = Preconditions.CheckNotBlank(id);
        Preconditions.CheckNotNull(grades);
        var gradeList = grades.Distinct().ToArray();
        if (gradeList.Length == 0)
        {
            throw new ArgumentException("A rule names at least one grade.", nameof(grades));
        }

        Preconditions.CheckNotNull(kinds);
        ConsecutiveYears = consecutiveYears >= 1 ? consecutiveYears : throw new ArgumentOutOfRangeException(nameof(consecutiveYears), consecutiveYears, "At least 1.");
        Action = Preconditions.CheckDefined(action);
        if (cutRate is not null && action != BudgetAction.Cut)
        {
            throw new ArgumentException("Only a cut has a rate.", nameof(cutRate));
        }

        if (cutRate is { } rate && (rate <= 0m || rate > 1m))
        {
            throw new ArgumentOutOfRangeException(nameof(cutRate), rate, "A cut rate lies in (0, 1].");
        }

        if (maximumCutRate is { } max && (cutRate is null || max < cutRate || max > 1m))
        {
            throw new ArgumentOutOfRangeException(nameof(maximumCutRate), max, "A maximum cut rate needs a minimum and lies in [minimum, 1].");
        }

        Grades = new ReadOnlyCollection<Grade>(gradeList);
        Kinds = new ReadOnlyCollection<ProjectKind>(kinds.Distinct().ToArray());
        CutRate = cutRate;
        MaximumCutRate = maximumCutRate;
        BlocksSimilarProject = blocksSimilarProject;
        Source = Preconditions.CheckNotNull(source);
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
        Preconditions.CheckNotNull(grades);
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
