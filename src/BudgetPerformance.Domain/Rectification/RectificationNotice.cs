using System;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Subjects;
using NodaTime;

namespace BudgetPerformance.Rectification;

/// <summary>
/// A rectification notice (整改通知): a finding of an evaluation sent to the evaluated unit in writing with a
/// deadline and an owner. Its status changes return a new notice: <see cref="Report"/> (from issued) and
/// <see cref="Verify"/> (from reported).
/// </summary>
/// <remarks>
/// The deadline is inclusive: a notice is overdue only on days after it, unless it was verified. A report made after
/// the deadline stays overdue until verified. Immutable and thread-safe.
/// </remarks>
public sealed class RectificationNotice
{
    /// <summary>Creates an issued notice.</summary>
    /// <param name="id">The notice's id.</param>
    /// <param name="subject">The evaluated subject.</param>
    /// <param name="evaluationId">The evaluation the finding comes from.</param>
    /// <param name="finding">The finding to rectify.</param>
    /// <param name="owner">Who must rectify (the unit or a person).</param>
    /// <param name="issuedOn">The date of issue.</param>
    /// <param name="deadline">The deadline (inclusive), not before <paramref name="issuedOn"/>.</param>
    public RectificationNotice(string id, SubjectRef subject, string evaluationId, string finding, string owner, LocalDate issuedOn, LocalDate deadline)
        : this(id, subject, evaluationId, finding, owner, issuedOn, deadline, RectificationState.Issued, null, null)
    {
    }

    private RectificationNotice(string id, SubjectRef subject, string evaluationId, string finding, string owner, LocalDate issuedOn, LocalDate deadline, RectificationState state, LocalDate? reportedOn, LocalDate? verifiedOn)
    {
        Id = Guard.Against.Blank(id);
        Subject = Guard.Against.Uncreated(subject);
        EvaluationId = Guard.Against.Blank(evaluationId);
        Finding = Guard.Against.Blank(finding);
        Owner = Guard.Against.Blank(owner);
        IssuedOn = issuedOn;
        Deadline = Guard.Against.DeadlineBeforeIssue(issuedOn, deadline);
        State = state;
        ReportedOn = reportedOn;
        VerifiedOn = verifiedOn;
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>The evaluated subject.</summary>
    public SubjectRef Subject { get; }

    /// <summary>The evaluation the finding comes from.</summary>
    public string EvaluationId { get; }

    /// <summary>The finding.</summary>
    public string Finding { get; }

    /// <summary>The owner.</summary>
    public string Owner { get; }

    /// <summary>The date of issue.</summary>
    public LocalDate IssuedOn { get; }

    /// <summary>The deadline, inclusive.</summary>
    public LocalDate Deadline { get; }

    /// <summary>The recorded state (never <see cref="RectificationState.Overdue"/>).</summary>
    public RectificationState State { get; }

    /// <summary>When the unit reported, or null.</summary>
    public LocalDate? ReportedOn { get; }

    /// <summary>When the rectification was verified, or null.</summary>
    public LocalDate? VerifiedOn { get; }

    /// <summary>Records the unit's report.</summary>
    /// <param name="on">The date of the report, not before the date of issue.</param>
    /// <exception cref="InvalidOperationException">The notice is not in the issued state.</exception>
    public RectificationNotice Report(LocalDate on)
    {
        if (State != RectificationState.Issued)
        {
            throw new InvalidOperationException($"A {State} notice cannot be reported.");
        }

        Guard.Against.OutOfRangeWhen(on < IssuedOn, on, nameof(on), "A report cannot precede the notice.");

        return new RectificationNotice(Id, Subject, EvaluationId, Finding, Owner, IssuedOn, Deadline, RectificationState.Reported, on, null);
    }

    /// <summary>Records the verification.</summary>
    /// <param name="on">The date of verification, not before the report.</param>
    /// <exception cref="InvalidOperationException">The notice was not reported.</exception>
    public RectificationNotice Verify(LocalDate on)
    {
        if (State != RectificationState.Reported)
        {
            throw new InvalidOperationException($"A {State} notice cannot be verified; it must be reported first.");
        }

        Guard.Against.OutOfRangeWhen(on < ReportedOn!.Value, on, nameof(on), "A verification cannot precede the report.");

        return new RectificationNotice(Id, Subject, EvaluationId, Finding, Owner, IssuedOn, Deadline, RectificationState.Verified, ReportedOn, on);
    }

    /// <summary>
    /// The status as of a date: <see cref="RectificationState.Verified"/> once verified on or before it; otherwise
    /// <see cref="RectificationState.Overdue"/> after the deadline; otherwise the recorded state as of that date.
    /// </summary>
    /// <param name="asOf">The date asked about (passed in; never read from a clock).</param>
    public RectificationState StatusOn(LocalDate asOf)
    {
        if (VerifiedOn is { } verified && verified <= asOf)
        {
            return RectificationState.Verified;
        }

        if (asOf > Deadline)
        {
            return RectificationState.Overdue;
        }

        return ReportedOn is { } reported && reported <= asOf ? RectificationState.Reported : RectificationState.Issued;
    }
}
