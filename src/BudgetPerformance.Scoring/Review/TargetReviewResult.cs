using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Grades;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring.Review;

/// <summary>The result of a target review: every finding, whether the target passed, and the optional grade.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TargetReviewResult
{
    internal TargetReviewResult(IReadOnlyList<ReviewFinding> findings, decimal? score, Grade? grade)
    {
        Findings = findings;
        Errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        Warnings = findings.Count(f => f.Severity == FindingSeverity.Warning);
        Advice = findings.Count(f => f.Severity == FindingSeverity.Advice);
        Score = score;
        Grade = grade;
    }

    /// <summary>Every finding, in the order of the checks (see <see cref="TargetReviewer"/>).</summary>
    public IReadOnlyList<ReviewFinding> Findings { get; }

    /// <summary>The number of errors.</summary>
    public int Errors { get; }

    /// <summary>The number of warnings.</summary>
    public int Warnings { get; }

    /// <summary>The number of pieces of advice.</summary>
    public int Advice { get; }

    /// <summary>Whether the target passed: no finding is an error (warnings and advice do not block).</summary>
    public bool Passed => Errors == 0;

    /// <summary>The review score (100 − deductions, not below 0), or null when the family gives no grade.</summary>
    public decimal? Score { get; }

    /// <summary>The review grade (优/良/中/差), or null when the family gives no grade.</summary>
    public Grade? Grade { get; }
}
