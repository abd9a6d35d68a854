using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using BudgetPerformance.Internal;
using BudgetPerformance.Rules;
using NodaTime;

namespace BudgetPerformance;

/// <summary>A check of the admission gate (入库 and budget arrangement). A rule set says which checks apply.</summary>
public enum AdmissionCheck
{
    /// <summary>未设置绩效目标，一律不得安排资金: a request without a performance target is refused.</summary>
    TargetRequired = 0,

    /// <summary>先评估，后入库: a new major policy or project (新增重大) needs an ex-ante assessment that supports it.</summary>
    ExAnteAssessmentRequired = 1,

    /// <summary>A target that failed review (or was returned) is refused until it is corrected.</summary>
    TargetReviewPassed = 2,
}

/// <summary>The decision of the admission gate. Ordered by severity: refused is the most severe.</summary>
public enum AdmissionDecision
{
    /// <summary>予以入库/安排, admitted.</summary>
    Admitted = 0,

    /// <summary>附条件入库, admitted with conditions (e.g. the adjustments an ex-ante assessment asked for).</summary>
    AdmittedWithConditions = 1,

    /// <summary>不予入库/不得安排资金, refused.</summary>
    Refused = 2,
}

/// <summary>
/// The outcome of an ex-ante assessment (事前绩效评估) of a policy or project, as the admission gate receives it: the
/// conclusion, the score when one was given, and, for "support after adjustment", the adjustments asked for.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ExAnteOutcome
{
    /// <summary>Creates the outcome.</summary>
    /// <param name="subject">The policy or project assessed.</param>
    /// <param name="assessedOn">The date of the conclusion.</param>
    /// <param name="conclusion">The conclusion.</param>
    /// <param name="score">The assessment score in [0, 100], or null when none was recorded.</param>
    /// <param name="adjustments">The adjustments asked for (non-blank texts); only with <see cref="ExAnteConclusion.SupportAfterAdjustment"/>.</param>
    /// <exception cref="ArgumentException">The subject is default, an adjustment is blank, or adjustments come with another conclusion.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The conclusion is undefined or the score lies outside [0, 100].</exception>
    public ExAnteOutcome(SubjectRef subject, LocalDate assessedOn, ExAnteConclusion conclusion, decimal? score = null, IEnumerable<string>? adjustments = null)
    {
        if (subject == default)
        {
            throw new ArgumentException("The subject must be a created SubjectRef.", nameof(subject));
        }

        Preconditions.CheckDefined(conclusion);
        if (score is { } s && (s < 0m || s > 100m))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "The score must lie in [0, 100].");
        }

        var list = new List<string>();
        foreach (var adjustment in adjustments ?? [])
        {
            list.Add(Preconditions.CheckNotBlank(adjustment, nameof(adjustments)));
        }

        if (list.Count > 0 && conclusion != ExAnteConclusion.SupportAfterAdjustment)
        {
            throw new ArgumentException("Adjustments are only asked for with the conclusion 'support after adjustment'.", nameof(adjustments));
        }

        Subject = subject;
        AssessedOn = assessedOn;
        Conclusion = conclusion;
        Score = score;
        Adjustments = new ReadOnlyCollection<string>(list.ToArray());
    }

    /// <summary>The policy or project assessed.</summary>
    public SubjectRef Subject { get; }

    /// <summary>The date of the conclusion.</summary>
    public LocalDate AssessedOn { get; }

    /// <summary>The conclusion.</summary>
    public ExAnteConclusion Conclusion { get; }

    /// <summary>The score, or null.</summary>
    public decimal? Score { get; }

    /// <summary>The adjustments asked for; empty unless the conclusion is support after adjustment.</summary>
    public IReadOnlyList<string> Adjustments { get; }
}

/// <summary>
/// A request of a project or policy for money in a fiscal year, as the admission gate sees it: the item, the amount,
/// its performance target (or none) and its ex-ante assessment outcome (or none).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AdmissionRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="item">The project or policy.</param>
    /// <param name="year">The fiscal year the money is requested for.</param>
    /// <param name="amount">The amount requested; not negative.</param>
    /// <param name="target">The performance target, or null when the unit has set none.</param>
    /// <param name="exAnte">The ex-ante assessment outcome, or null when there was none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <exception cref="ArgumentException">The year is default, or the target or outcome belongs to another subject or year.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public AdmissionRequest(SpendingItem item, FiscalYear year, Money amount, PerformanceTarget? target, ExAnteOutcome? exAnte)
    {
        Preconditions.CheckNotNull(item);
        if (year == default)
        {
            throw new ArgumentException("The fiscal year must be a created FiscalYear.", nameof(year));
        }

        if (amount.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "The requested amount must not be negative.");
        }

        if (target is not null && (target.Subject != item.Ref || target.Year != year))
        {
            throw new ArgumentException($"The target is for {target.Subject} in {target.Year}, not {item.Ref} in {year}.", nameof(target));
        }

        if (exAnte is not null && exAnte.Subject != item.Ref)
        {
            throw new ArgumentException($"The ex-ante assessment is of {exAnte.Subject}, not {item.Ref}.", nameof(exAnte));
        }

        Item = item;
        Year = year;
        Amount = amount;
        Target = target;
        ExAnte = exAnte;
    }

    /// <summary>The project or policy.</summary>
    public SpendingItem Item { get; }

    /// <summary>The fiscal year.</summary>
    public FiscalYear Year { get; }

    /// <summary>The amount requested.</summary>
    public Money Amount { get; }

    /// <summary>The performance target, or null.</summary>
    public PerformanceTarget? Target { get; }

    /// <summary>The ex-ante assessment outcome, or null.</summary>
    public ExAnteOutcome? ExAnte { get; }
}
