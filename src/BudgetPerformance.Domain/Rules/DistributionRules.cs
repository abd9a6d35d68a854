using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Grades;
using BudgetPerformance.Problems;

namespace BudgetPerformance.Rules;

/// <summary>
/// A forced-distribution check (等级比例控制): at most <see cref="MaximumTopShare"/> of the results in the
/// <see cref="TopGrades"/>, at least <see cref="MinimumBottomShare"/> in the <see cref="BottomGrades"/>. Counts are
/// whole results: the top limit is floor(share × n), the bottom minimum ceiling(share × n).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DistributionRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="topGrades">The top grades (e.g. 优).</param>
    /// <param name="maximumTopShare">The largest share allowed in them, in [0, 1], or null for no limit.</param>
    /// <param name="bottomGrades">The bottom grades (e.g. 中 and 差); at least one when the minimum share is above 0.</param>
    /// <param name="minimumBottomShare">The smallest share required in them, in [0, 1], or null for no minimum.</param>
    /// <param name="source">The source.</param>
    /// <exception cref="ArgumentNullException"><paramref name="topGrades"/>, <paramref name="bottomGrades"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">The grades break an invariant (<see cref="FindProblems"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A share lies outside [0, 1] (<see cref="FindProblems"/>).</exception>
    public DistributionRules(IEnumerable<Grade> topGrades, decimal? maximumTopShare, IEnumerable<Grade> bottomGrades, decimal? minimumBottomShare, SourceCitation source)
    {
        TopGrades = new ReadOnlyCollection<Grade>(Guard.Against.Null(topGrades).Distinct().OrderDescending().ToArray());
        BottomGrades = new ReadOnlyCollection<Grade>(Guard.Against.Null(bottomGrades).Distinct().OrderDescending().ToArray());
        foreach (var problem in FindProblems(TopGrades, maximumTopShare, BottomGrades, minimumBottomShare))
        {
            throw problem.Location.Element switch
            {
                nameof(maximumTopShare) => new ArgumentOutOfRangeException(nameof(maximumTopShare), maximumTopShare, problem.MessageEn),
                nameof(minimumBottomShare) => new ArgumentOutOfRangeException(nameof(minimumBottomShare), minimumBottomShare, problem.MessageEn),
                _ => new ArgumentException(problem.MessageEn, nameof(bottomGrades)),
            };
        }

        MaximumTopShare = maximumTopShare;
        MinimumBottomShare = minimumBottomShare;
        Source = Guard.Against.Null(source);
    }

    /// <summary>
    /// Lists every broken invariant of a candidate distribution, without building it, in this order: no grade is both
    /// top and bottom; otherwise, every top grade is better than every bottom grade (checked when both lists have a
    /// grade); each share given lies in [0, 1], both ends inclusive; a minimum share above 0 has at least one bottom
    /// grade. The problems about grades name <c>bottomGrades</c> as their <see cref="ProblemLocation.Element"/>, those
    /// about a share <c>maximumTopShare</c> or <c>minimumBottomShare</c>; the constructor checks the same.
    /// </summary>
    /// <param name="topGrades">The candidate top grades (repeats count once).</param>
    /// <param name="maximumTopShare">The candidate largest share in the top grades, or null for no limit.</param>
    /// <param name="bottomGrades">The candidate bottom grades (repeats count once).</param>
    /// <param name="minimumBottomShare">The candidate smallest share in the bottom grades, or null for no minimum.</param>
    /// <exception cref="ArgumentNullException"><paramref name="topGrades"/> or <paramref name="bottomGrades"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(IEnumerable<Grade> topGrades, decimal? maximumTopShare, IEnumerable<Grade> bottomGrades, decimal? minimumBottomShare)
    {
        var top = Guard.Against.Null(topGrades).ToArray();
        var bottom = Guard.Against.Null(bottomGrades).ToArray();
        var problems = new List<Problem>();
        if (top.Intersect(bottom).Any())
        {
            problems.Add(Messages.GradeTopAndBottom.At(ProblemLocation.OfElement(nameof(bottomGrades))));
        }
        else if (top.Length > 0 && bottom.Length > 0 && top.Min() <= bottom.Max())
        {
            problems.Add(Messages.TopGradeNotBetter.At(ProblemLocation.OfElement(nameof(bottomGrades))));
        }

        if (maximumTopShare is < 0m or > 1m)
        {
            problems.Add(Messages.DistributionShareOutOfRange.At(ProblemLocation.OfElement(nameof(maximumTopShare))));
        }

        if (minimumBottomShare is < 0m or > 1m)
        {
            problems.Add(Messages.DistributionShareOutOfRange.At(ProblemLocation.OfElement(nameof(minimumBottomShare))));
        }

        if (minimumBottomShare > 0m && bottom.Length == 0)
        {
            problems.Add(Messages.BottomShareWithoutBottomGrades.At(ProblemLocation.OfElement(nameof(bottomGrades))));
        }

        return problems;
    }

    /// <summary>The top grades, best first.</summary>
    public IReadOnlyList<Grade> TopGrades { get; }

    /// <summary>The largest share allowed in the top grades, or null.</summary>
    public decimal? MaximumTopShare { get; }

    /// <summary>The bottom grades, best first.</summary>
    public IReadOnlyList<Grade> BottomGrades { get; }

    /// <summary>The smallest share required in the bottom grades, or null.</summary>
    public decimal? MinimumBottomShare { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}
