using System;
using Ardalis.Specification;
using BudgetPerformance.Internal;
using NodaTime;

namespace BudgetPerformance.Queries.Specifications;

/// <summary>
/// The questions a finance bureau asks of a year's projects and policies, as Ardalis specifications over
/// <see cref="ProjectSummary"/>. Each evaluates in memory (<c>Evaluate</c>, <c>IsSatisfiedBy</c>) and translates to SQL
/// through an ORM (its criteria use only comparisons of columns with constants and parameters); each orders
/// deterministically, ending with <see cref="ProjectSummary.Year"/> and <see cref="ProjectSummary.Sequence"/>.
/// </summary>
/// <remarks>Thread-safe: every call returns a new specification.</remarks>
public static class ProjectSpecifications
{
    /// <summary>
    /// Projects and policies without a performance target ("未设置绩效目标，一律不得安排资金"), in portfolio order.
    /// </summary>
    /// <param name="approvedOnly">When true, a target counts only once approved (审核通过); when false, a target in any status counts.</param>
    public static ISpecification<ProjectSummary> WithoutTargets(bool approvedOnly = false) => new Query<ProjectSummary>(q =>
    {
        if (approvedOnly)
        {
            q.Where(p => !p.HasApprovedTarget);
        }
        else
        {
            q.Where(p => !p.HasTarget);
        }

        q.OrderBy(p => p.Year).ThenBy(p => p.Sequence);
    });

    /// <summary>New major policies and projects (新增重大) without an ex-ante assessment ("先评估，后入库"), in portfolio order.</summary>
    public static ISpecification<ProjectSummary> NewMajorWithoutExAnteAssessment() => new Query<ProjectSummary>(q =>
        q.Where(p => p.IsNewMajor && !p.HasExAnteAssessment).OrderBy(p => p.Year).ThenBy(p => p.Sequence));

    /// <summary>
    /// Projects and policies of a sector whose budget is strictly above an amount, largest budget first, then in portfolio order.
    /// </summary>
    /// <param name="sector">The sector.</param>
    /// <param name="amount">The amount; exclusive (a budget equal to it is not above it).</param>
    /// <exception cref="ArgumentException"><paramref name="sector"/> is the default value.</exception>
    public static ISpecification<ProjectSummary> OfSectorAbove(Sector sector, Money amount)
    {
        if (sector == default)
        {
            throw new ArgumentException("The sector must be a created Sector.", nameof(sector));
        }

        var code = sector.Code;
        var yuan = amount.Yuan;
        return new Query<ProjectSummary>(q =>
            q.Where(p => p.SectorCode == code && p.BudgetYuan > yuan).OrderByDescending(p => p.BudgetYuan).ThenBy(p => p.Year).ThenBy(p => p.Sequence));
    }
}

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
        Preconditions.CheckDefined(grade);
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
        if (year == default)
        {
            throw new ArgumentException("The fiscal year must be a created FiscalYear.", nameof(year));
        }

        Preconditions.CheckDefined(type);
        var number = year.Year;
        return new Query<EvaluationSummary>(q => q.Where(e => e.ConductedIn == number && e.Type == type).OrderBy(e => e.Sequence));
    }
}

/// <summary>The questions a finance bureau asks of rectification notices, as Ardalis specifications over <see cref="RectificationSummary"/>.</summary>
/// <remarks>Thread-safe: every call returns a new specification.</remarks>
public static class RectificationSpecifications
{
    /// <summary>
    /// Notices overdue on <paramref name="asOf"/>, exactly as <see cref="RectificationNotice.StatusOn"/> decides: the deadline
    /// (inclusive) has passed and the rectification was not verified on or before that date. Earliest deadline first, then
    /// the order of the list.
    /// </summary>
    /// <param name="asOf">The date asked about (passed in; never read from a clock).</param>
    public static ISpecification<RectificationSummary> OverdueAsOf(LocalDate asOf)
    {
        LocalDate? on = asOf;
        return new Query<RectificationSummary>(q =>
            q.Where(r => r.Deadline < asOf && (r.VerifiedOn == null || r.VerifiedOn > on)).OrderBy(r => r.Deadline).ThenBy(r => r.Sequence));
    }
}

/// <summary>A specification built by a configuration action; sealed and internal so that the public surface stays the interface.</summary>
/// <typeparam name="T">The read model.</typeparam>
internal sealed class Query<T> : Specification<T>
{
    internal Query(Action<ISpecificationBuilder<T>> build) => build(Query);
}
