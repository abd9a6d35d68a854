using System;
using Ardalis.GuardClauses;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Targets;

/// <summary>
/// A performance target (绩效目标) of a subject for a fiscal year: an overall goal and an indicator tree, written
/// by the unit that asks for money ("谁申请资金，谁编制绩效目标") and reviewed by the funding section that allocates it
/// ("谁安排资金，谁审核绩效目标").
/// </summary>
/// <remarks>
/// <para>Status changes return a new target: <see cref="Submit"/> (from draft or returned),
/// <see cref="Approve"/> and <see cref="Return"/> (from submitted). Any other change throws
/// <see cref="InvalidOperationException"/>. A returned target carries its reason and reviewer; an approved one its reviewer.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class PerformanceTarget
{
    /// <summary>Creates a draft target.</summary>
    /// <param name="subject">The project, policy or department the target is for.</param>
    /// <param name="year">The fiscal year of the budget.</param>
    /// <param name="overallGoal">The overall goal (总体目标) text; not blank.</param>
    /// <param name="indicators">The indicator tree.</param>
    /// <param name="authoredBy">The code of the requesting unit.</param>
    public PerformanceTarget(SubjectRef subject, FiscalYear year, string overallGoal, IndicatorTree indicators, string authoredBy)
        : this(subject, year, overallGoal, indicators, authoredBy, TargetStatus.Draft, null, null)
    {
    }

    private PerformanceTarget(SubjectRef subject, FiscalYear year, string overallGoal, IndicatorTree indicators, string authoredBy, TargetStatus status, string? reviewedBy, string? returnReason)
    {
        Guard.Against.Uncreated(subject);
        Guard.Against.InvalidWhen(year == default, nameof(year), "The fiscal year must be a created FiscalYear.");

        Subject = subject;
        Year = year;
        OverallGoal = Guard.Against.Blank(overallGoal);
        Indicators = Guard.Against.Null(indicators);
        AuthoredBy = Guard.Against.Blank(authoredBy);
        Status = status;
        ReviewedBy = reviewedBy;
        ReturnReason = returnReason;
    }

    /// <summary>The subject.</summary>
    public SubjectRef Subject { get; }

    /// <summary>The fiscal year.</summary>
    public FiscalYear Year { get; }

    /// <summary>The overall goal.</summary>
    public string OverallGoal { get; }

    /// <summary>The indicator tree.</summary>
    public IndicatorTree Indicators { get; }

    /// <summary>The code of the unit that wrote the target.</summary>
    public string AuthoredBy { get; }

    /// <summary>The review status.</summary>
    public TargetStatus Status { get; }

    /// <summary>The code of the funding section that approved or returned the target, or null before review.</summary>
    public string? ReviewedBy { get; }

    /// <summary>The reason the target was returned, or null unless <see cref="Status"/> is <see cref="TargetStatus.Returned"/>.</summary>
    public string? ReturnReason { get; }

    /// <summary>Restores a target in any status, as read from storage; the status's invariants are checked.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="year">The fiscal year.</param>
    /// <param name="overallGoal">The overall goal.</param>
    /// <param name="indicators">The indicators.</param>
    /// <param name="authoredBy">The requesting unit.</param>
    /// <param name="status">The status.</param>
    /// <param name="reviewedBy">The reviewing section: required when approved or returned, null otherwise.</param>
    /// <param name="returnReason">The reason: required when returned, null otherwise.</param>
    public static PerformanceTarget Restore(SubjectRef subject, FiscalYear year, string overallGoal, IndicatorTree indicators, string authoredBy, TargetStatus status, string? reviewedBy, string? returnReason)
    {
        Guard.Against.Undefined(status);
        var reviewed = status is TargetStatus.Approved or TargetStatus.Returned;
        Guard.Against.InvalidWhen(reviewed ? string.IsNullOrWhiteSpace(reviewedBy) : reviewedBy is not null, nameof(reviewedBy), reviewed ? "An approved or returned target names its reviewer." : "A target not yet reviewed has no reviewer.");
        Guard.Against.InvalidWhen(status == TargetStatus.Returned ? string.IsNullOrWhiteSpace(returnReason) : returnReason is not null, nameof(returnReason), status == TargetStatus.Returned ? "A returned target carries its reason." : "Only a returned target has a return reason.");

        return new PerformanceTarget(subject, year, overallGoal, indicators, authoredBy, status, reviewedBy, returnReason);
    }

    /// <summary>Submits a draft or returned target for review.</summary>
    /// <exception cref="InvalidOperationException">The target is already submitted or approved.</exception>
    public PerformanceTarget Submit() => Status is TargetStatus.Draft or TargetStatus.Returned
        ? new PerformanceTarget(Subject, Year, OverallGoal, Indicators, AuthoredBy, TargetStatus.Submitted, null, null)
        : throw new InvalidOperationException($"A {Status} target cannot be submitted.");

    /// <summary>Approves a submitted target.</summary>
    /// <param name="reviewer">The code of the funding section.</param>
    /// <exception cref="InvalidOperationException">The target is not submitted.</exception>
    public PerformanceTarget Approve(string reviewer)
    {
        Guard.Against.Blank(reviewer);
        return Status == TargetStatus.Submitted
            ? new PerformanceTarget(Subject, Year, OverallGoal, Indicators, AuthoredBy, TargetStatus.Approved, reviewer, null)
            : throw new InvalidOperationException($"A {Status} target cannot be approved; only a submitted one.");
    }

    /// <summary>Returns a submitted target to its author with a reason.</summary>
    /// <param name="reviewer">The code of the funding section.</param>
    /// <param name="reason">Why; not blank.</param>
    /// <exception cref="InvalidOperationException">The target is not submitted.</exception>
    public PerformanceTarget Return(string reviewer, string reason)
    {
        Guard.Against.Blank(reviewer);
        Guard.Against.Blank(reason);
        return Status == TargetStatus.Submitted
            ? new PerformanceTarget(Subject, Year, OverallGoal, Indicators, AuthoredBy, TargetStatus.Returned, reviewer, reason)
            : throw new InvalidOperationException($"A {Status} target cannot be returned; only a submitted one.");
    }
}
