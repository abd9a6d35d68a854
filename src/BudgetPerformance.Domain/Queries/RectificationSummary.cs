using System;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Rectification;
using BudgetPerformance.Subjects;
using NodaTime;

namespace BudgetPerformance.Queries;

/// <summary>
/// A flat, immutable read model of one rectification notice (整改通知): subject, evaluation, owner, dates and the
/// recorded state. Whether it is overdue depends on the date asked about and is decided by a specification, never
/// stored. EF Core can bind it through this constructor (parameter names equal the property names).
/// </summary>
/// <remarks>Key: <see cref="Id"/>; <see cref="Sequence"/> is the deterministic tie-break of every order. Immutable and thread-safe.</remarks>
public sealed class RectificationSummary
{
    /// <summary>Creates the summary.</summary>
    /// <param name="id">The notice's id; not blank.</param>
    /// <param name="sequence">The position in the list it was built from, at least 0.</param>
    /// <param name="subjectType">The subject's type.</param>
    /// <param name="subjectCode">The subject's code; not blank.</param>
    /// <param name="evaluationId">The evaluation the finding comes from; not blank.</param>
    /// <param name="owner">Who must rectify; not blank.</param>
    /// <param name="issuedOn">The date of issue.</param>
    /// <param name="deadline">The deadline (inclusive), not before <paramref name="issuedOn"/>.</param>
    /// <param name="state">The recorded state (never <see cref="RectificationState.Overdue"/>, which is derived).</param>
    /// <param name="reportedOn">When the unit reported, or null.</param>
    /// <param name="verifiedOn">When the rectification was verified, or null.</param>
    public RectificationSummary(
        string id,
        int sequence,
        SubjectType subjectType,
        string subjectCode,
        string evaluationId,
        string owner,
        LocalDate issuedOn,
        LocalDate deadline,
        RectificationState state,
        LocalDate? reportedOn,
        LocalDate? verifiedOn)
    {
        Id = Guard.Against.Blank(id);
        Sequence = Guard.Against.OutOfRangeWhen(sequence < 0, sequence, nameof(sequence), "The sequence must not be negative.");
        SubjectType = Guard.Against.Undefined(subjectType);
        SubjectCode = Guard.Against.Blank(subjectCode);
        EvaluationId = Guard.Against.Blank(evaluationId);
        Owner = Guard.Against.Blank(owner);
        IssuedOn = issuedOn;
        Deadline = Guard.Against.DeadlineBeforeIssue(issuedOn, deadline);
        State = Guard.Against.RecordedOverdue(state);
        ReportedOn = reportedOn;
        VerifiedOn = verifiedOn;
    }

    /// <summary>The notice's id.</summary>
    public string Id { get; }

    /// <summary>The position in the list it was built from (the order tie-break).</summary>
    public int Sequence { get; }

    /// <summary>The subject's type.</summary>
    public SubjectType SubjectType { get; }

    /// <summary>The subject's code.</summary>
    public string SubjectCode { get; }

    /// <summary>The evaluation the finding comes from.</summary>
    public string EvaluationId { get; }

    /// <summary>Who must rectify.</summary>
    public string Owner { get; }

    /// <summary>The date of issue.</summary>
    public LocalDate IssuedOn { get; }

    /// <summary>The deadline, inclusive.</summary>
    public LocalDate Deadline { get; }

    /// <summary>The recorded state.</summary>
    public RectificationState State { get; }

    /// <summary>When the unit reported, or null.</summary>
    public LocalDate? ReportedOn { get; }

    /// <summary>When the rectification was verified, or null.</summary>
    public LocalDate? VerifiedOn { get; }

    /// <summary>Creates the summary of a notice.</summary>
    /// <param name="notice">The notice.</param>
    /// <param name="sequence">Its position, at least 0.</param>
    public static RectificationSummary From(RectificationNotice notice, int sequence)
    {
        Guard.Against.Null(notice);
        return new RectificationSummary(notice.Id, sequence, notice.Subject.Type, notice.Subject.Code, notice.EvaluationId, notice.Owner,
            notice.IssuedOn, notice.Deadline, notice.State, notice.ReportedOn, notice.VerifiedOn);
    }

    /// <summary>The id and deadline.</summary>
    public override string ToString() => FormattableString.Invariant($"{Id} due {Deadline:uuuu-MM-dd}");
}
