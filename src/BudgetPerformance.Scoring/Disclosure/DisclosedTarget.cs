using System.Collections.Generic;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Disclosure;

/// <summary>An approved performance target as the public sees it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DisclosedTarget
{
    internal DisclosedTarget(SubjectRef subject, string subjectName, string? departmentCode, string? departmentName, Money amount, string overallGoal, IReadOnlyList<DisclosedIndicator> indicators)
    {
        Subject = subject;
        SubjectName = subjectName;
        DepartmentCode = departmentCode;
        DepartmentName = departmentName;
        Amount = amount;
        OverallGoal = overallGoal;
        Indicators = indicators;
    }

    /// <summary>The project, policy or department.</summary>
    public SubjectRef Subject { get; }

    /// <summary>Its name.</summary>
    public string SubjectName { get; }

    /// <summary>The responsible department's code, or null.</summary>
    public string? DepartmentCode { get; }

    /// <summary>The responsible department's name, or null.</summary>
    public string? DepartmentName { get; }

    /// <summary>The budget of the project or policy (for a department, its projects' and policies' budgets summed).</summary>
    public Money Amount { get; }

    /// <summary>The overall goal.</summary>
    public string OverallGoal { get; }

    /// <summary>The level-3 indicators, in tree order.</summary>
    public IReadOnlyList<DisclosedIndicator> Indicators { get; }
}
