using System;
using Ardalis.GuardClauses;
using Ardalis.Specification;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Internal;
using BudgetPerformance.Values;

namespace BudgetPerformance.Queries.Specifications;

/// <summary>
/// The questions a finance bureau asks of evaluations, as Ardalis specifications over <see cref="EvaluationSummary"/>;
/// in memory and in SQL alike (see <see cref="ProjectSpecifications"/>).
/// </summary>
/// <remarks>Thread-safe: every call returns a new specification.</remarks>
public static class EvaluationSpecifications
{
    /// <summary>
    /// Graded evaluations whose grade is worse than <paramref name="grade"/> (exclusive: <c>BelowGrade(Good)</c> finds 中 and 差),
    /// worst grade first, then lowest total, then portfolio order. Ungraded evaluations are never below a grade.
    /// </summary>
    /// <param name="grade">The grade.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grade"/> is not defined.</exception>
    public static ISpecification<EvaluationSummary> BelowGrade(Grade grade)
    {
        Guard.Against.Undefined(grade);
        Grade? bound = grade;
        return new Query<EvaluationSummary>(q =>
            q.Where(e => e.Grade != null && e.Grade < bound).OrderBy(e => e.Grade).ThenBy(e => e.Total).ThenBy(e => e.ConductedIn).ThenBy(e => e.Sequence));
    }

    /// <summary>Evaluations of one type conducted in a fiscal year (the seed's "2020年评价13个项目"), in portfolio order.</summary>
    /// <param name="year">The fiscal year of conduct.</param>
    /// <param name="type">The evaluation type.</param>
    /// <exception cref="ArgumentException"><paramref name="year"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not defined.</exception>
    public static ISpecification<EvaluationSummary> OfYearByType(FiscalYear year, EvaluationType type)
    {
        Guard.Against.InvalidWhen(year == default, nameof(year), "The fiscal year must be a created FiscalYear.");
        Guard.Against.Undefined(type);
        var number = year.Year;
        return new Query<EvaluationSummary>(q => q.Where(e => e.ConductedIn == number && e.Type == type).OrderBy(e => e.Sequence));
    }
}
