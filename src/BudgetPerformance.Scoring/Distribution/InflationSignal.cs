using BudgetPerformance.Grades;

namespace BudgetPerformance.Scoring.Distribution;

/// <summary>A self-evaluation score set against a reviewer's (re-check or finance evaluation) score of the same project.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class InflationSignal
{
    internal InflationSignal(string subject, decimal self, decimal reviewer, Grade selfGrade, Grade reviewerGrade)
    {
        Subject = subject;
        Self = self;
        Reviewer = reviewer;
        SelfGrade = selfGrade;
        ReviewerGrade = reviewerGrade;
    }

    /// <summary>The subject.</summary>
    public string Subject { get; }

    /// <summary>The self-evaluation total.</summary>
    public decimal Self { get; }

    /// <summary>The reviewer's total.</summary>
    public decimal Reviewer { get; }

    /// <summary>Self minus reviewer.</summary>
    public decimal Gap => Self - Reviewer;

    /// <summary>The self grade.</summary>
    public Grade SelfGrade { get; }

    /// <summary>The reviewer's grade.</summary>
    public Grade ReviewerGrade { get; }
}
