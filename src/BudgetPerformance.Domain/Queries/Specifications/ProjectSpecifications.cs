using System;
using Ardalis.GuardClauses;
using Ardalis.Specification;
using BudgetPerformance.Internal;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

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
        Guard.Against.Uncreated(sector);

        var code = sector.Code;
        var yuan = amount.Yuan;
        return new Query<ProjectSummary>(q =>
            q.Where(p => p.SectorCode == code && p.BudgetYuan > yuan).OrderByDescending(p => p.BudgetYuan).ThenBy(p => p.Year).ThenBy(p => p.Sequence));
    }
}
