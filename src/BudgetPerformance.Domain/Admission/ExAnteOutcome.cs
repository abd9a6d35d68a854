using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using NodaTime;

namespace BudgetPerformance.Admission;

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
        Guard.Against.Uncreated(subject);
        Guard.Against.Undefined(conclusion);
        Guard.Against.OutOfRangeWhen(score is { } s && (s < 0m || s > 100m), score, nameof(score), "The score must lie in [0, 100].");

        var list = new List<string>();
        foreach (var adjustment in adjustments ?? [])
        {
            list.Add(Guard.Against.Blank(adjustment, nameof(adjustments)));
        }

        Guard.Against.InvalidWhen(list.Count > 0 && conclusion != ExAnteConclusion.SupportAfterAdjustment, nameof(adjustments), "Adjustments are only asked for with the conclusion 'support after adjustment'.");

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
