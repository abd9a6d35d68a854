using System.Collections.Generic;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Disclosure;

/// <summary>An evaluation result as the public sees it: subject, department, amount, scores, grade and findings.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DisclosedEvaluation
{
    internal DisclosedEvaluation(string id, EvaluationType type, SubjectRef subject, string subjectName, string? departmentCode, string? departmentName, PerformerRole performerRole,
        FiscalYear coveredYear, Money amount, decimal? total, Grade? grade, IReadOnlyList<DisclosedScore> scores, IReadOnlyList<string> findings)
    {
        Id = id;
        Type = type;
        Subject = subject;
        SubjectName = subjectName;
        DepartmentCode = departmentCode;
        DepartmentName = departmentName;
        PerformerRole = performerRole;
        CoveredYear = coveredYear;
        Amount = amount;
        Total = total;
        Grade = grade;
        Scores = scores;
        Findings = findings;
    }

    /// <summary>The evaluation's id.</summary>
    public string Id { get; }

    /// <summary>Self-evaluation, department evaluation or finance evaluation.</summary>
    public EvaluationType Type { get; }

    /// <summary>The evaluated project or policy.</summary>
    public SubjectRef Subject { get; }

    /// <summary>Its name.</summary>
    public string SubjectName { get; }

    /// <summary>The responsible department's code, or null.</summary>
    public string? DepartmentCode { get; }

    /// <summary>The responsible department's name, or null.</summary>
    public string? DepartmentName { get; }

    /// <summary>The role that performed it (the performer's own name is not disclosed).</summary>
    public PerformerRole PerformerRole { get; }

    /// <summary>The fiscal year evaluated.</summary>
    public FiscalYear CoveredYear { get; }

    /// <summary>The evaluated amount (adjusted budget when recorded, else the budget).</summary>
    public Money Amount { get; }

    /// <summary>The total, or null unless the result is complete.</summary>
    public decimal? Total { get; }

    /// <summary>The grade, or null unless the result is complete.</summary>
    public Grade? Grade { get; }

    /// <summary>The indicator scores, in tree order (empty when no result was given).</summary>
    public IReadOnlyList<DisclosedScore> Scores { get; }

    /// <summary>The findings sent for rectification, ordered by notice id (ordinal).</summary>
    public IReadOnlyList<string> Findings { get; }
}
