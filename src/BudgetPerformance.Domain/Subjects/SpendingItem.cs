using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Subjects;

/// <summary>
/// A project (项目) or policy (政策) that asks for money: the subject of targets, monitoring, evaluations and
/// budget proposals.
/// </summary>
/// <remarks>Amounts cannot be negative. Immutable and thread-safe.</remarks>
public sealed class SpendingItem : Subject
{
    /// <summary>Creates a project or policy.</summary>
    /// <param name="type"><see cref="SubjectType.Project"/> or <see cref="SubjectType.Policy"/>.</param>
    /// <param name="code">The code.</param>
    /// <param name="name">The name.</param>
    /// <param name="departmentCode">The department responsible.</param>
    /// <param name="unitCode">The unit that spends the money, or null when the department spends it itself.</param>
    /// <param name="sector">The sector.</param>
    /// <param name="kind">Recurring, one-off or multi-year.</param>
    /// <param name="isNewMajor">Whether it is a new major policy or project (新增重大), which needs an ex-ante assessment.</param>
    /// <param name="budget">The budget amount of its fiscal year; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not project or policy, or <paramref name="budget"/> is negative.</exception>
    public SpendingItem(SubjectType type, string code, string name, string departmentCode, string? unitCode, Sector sector, ProjectKind kind, bool isNewMajor, Money budget)
        : base(CheckType(type), code, name)
    {
        DepartmentCode = Guard.Against.Blank(departmentCode);
        if (unitCode is not null)
        {
            Guard.Against.Blank(unitCode);
        }

        UnitCode = unitCode;
        Guard.Against.Uncreated(sector);

        Sector = sector;
        Kind = Guard.Against.Undefined(kind);
        IsNewMajor = isNewMajor;
        Guard.Against.Invariant(FindProblems(code, budget), nameof(budget));

        Budget = budget;
    }

    /// <summary>The code of the responsible department.</summary>
    public string DepartmentCode { get; }

    /// <summary>The code of the spending unit, or null.</summary>
    public string? UnitCode { get; }

    /// <summary>The sector.</summary>
    public Sector Sector { get; }

    /// <summary>Recurring, one-off or multi-year.</summary>
    public ProjectKind Kind { get; }

    /// <summary>Whether it is a new major policy or project (新增重大).</summary>
    public bool IsNewMajor { get; }

    /// <summary>The budget amount.</summary>
    public Money Budget { get; }

    /// <summary>
    /// Lists every broken invariant of a spending item's amount, without building it: the budget is not negative
    /// (<c>amount-negative</c> at <c>budget</c>, with the item's code as the subject). The constructor checks the same.
    /// </summary>
    /// <param name="code">The item's code.</param>
    /// <param name="budget">The budget.</param>
    public static IReadOnlyList<Problem> FindProblems(string code, Money budget) =>
        budget.IsNegative ? [Messages.NegativeBudget.At(ProblemLocation.OfElement(nameof(budget)).WithSubject(code), budget.Yuan)] : [];

    private static SubjectType CheckType(SubjectType type) =>
        Guard.Against.OutOfRangeWhen(type is not (SubjectType.Project or SubjectType.Policy), type, nameof(type), "A spending item is a project or a policy.");
}
