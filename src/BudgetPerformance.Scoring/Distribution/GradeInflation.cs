using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Grades;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Scoring.Distribution;

/// <summary>
/// The grade-inflation signal: self-evaluation totals compared with re-check or finance-evaluation totals of the same
/// projects. A project is signalled when the self score exceeds the reviewer's by more than a threshold (exclusive)
/// or its self grade is better.
/// </summary>
public static class GradeInflation
{
    /// <summary>The signalled projects, largest gap first (ties by subject, ordinal).</summary>
    /// <param name="pairs">Subject, self total and reviewer total.</param>
    /// <param name="scale">The grade scale.</param>
    /// <param name="threshold">The largest gap that is not signalled (inclusive), at least 0.</param>
    public static IReadOnlyList<InflationSignal> Signals(IEnumerable<(string Subject, decimal Self, decimal Reviewer)> pairs, GradeScale scale, decimal threshold)
    {
        Guard.Against.Null(pairs);
        Guard.Against.Null(scale);
        Guard.Against.BelowZero(threshold);
        return pairs
            .Select(p => new InflationSignal(p.Subject, p.Self, p.Reviewer, scale.Classify(Math.Min(p.Self, GradeScale.Maximum)), scale.Classify(Math.Min(p.Reviewer, GradeScale.Maximum))))
            .Where(s => s.Gap > threshold || s.SelfGrade > s.ReviewerGrade)
            .OrderByDescending(s => s.Gap).ThenBy(s => s.Subject, StringComparer.Ordinal)
            .ToList().AsReadOnly();
    }
}
