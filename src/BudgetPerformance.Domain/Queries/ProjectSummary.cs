using System;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Queries;

/// <summary>
/// A flat, immutable read model of one project or policy of a fiscal year, with the facts a finance bureau asks
/// about (targets, ex-ante assessment, sector, amount), shaped so that an ORM such as EF Core can store it in one
/// table and bind it through this constructor (parameter names equal the property names).
/// </summary>
/// <remarks>
/// <para>Key: (<see cref="Year"/>, <see cref="Type"/>, <see cref="Code"/>). <see cref="Sequence"/> is the item's position in
/// its portfolio and is the deterministic tie-break of every specification's order, because it compares the same way in
/// memory and in SQL (string order does not: culture and collation differ).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ProjectSummary
{
    /// <summary>Creates the summary.</summary>
    /// <param name="year">The fiscal year (a valid <see cref="FiscalYear"/> number).</param>
    /// <param name="sequence">The position in the portfolio, at least 0.</param>
    /// <param name="type"><see cref="SubjectType.Project"/> or <see cref="SubjectType.Policy"/>.</param>
    /// <param name="code">The code; not blank.</param>
    /// <param name="name">The name; not blank.</param>
    /// <param name="departmentCode">The responsible department; not blank.</param>
    /// <param name="unitCode">The spending unit, or null.</param>
    /// <param name="sectorCode">The sector code (<see cref="Sector.Code"/>); not blank.</param>
    /// <param name="kind">The project kind.</param>
    /// <param name="isNewMajor">Whether it is a new major policy or project (新增重大).</param>
    /// <param name="budgetYuan">The budget in yuan; not negative.</param>
    /// <param name="hasTarget">Whether the portfolio holds a performance target for it, in any status.</param>
    /// <param name="hasApprovedTarget">Whether one of its targets is approved (审核通过).</param>
    /// <param name="hasExAnteAssessment">Whether the portfolio holds an ex-ante assessment (事前绩效评估) of it.</param>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="hasApprovedTarget"/> is true without <paramref name="hasTarget"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number or enumeration value is out of range.</exception>
    public ProjectSummary(
        int year,
        int sequence,
        SubjectType type,
        string code,
        string name,
        string departmentCode,
        string? unitCode,
        string sectorCode,
        ProjectKind kind,
        bool isNewMajor,
        decimal budgetYuan,
        bool hasTarget,
        bool hasApprovedTarget,
        bool hasExAnteAssessment)
    {
        Year = Guard.Against.NotBetween(year, FiscalYear.MinValue, FiscalYear.MaxValue);
        Sequence = Guard.Against.OutOfRangeWhen(sequence < 0, sequence, nameof(sequence), "The sequence must not be negative.");
        Type = Guard.Against.OutOfRangeWhen(type is not (SubjectType.Project or SubjectType.Policy), type, nameof(type), "A project summary is about a project or a policy.");
        Code = Guard.Against.Blank(code);
        Name = Guard.Against.Blank(name);
        DepartmentCode = Guard.Against.Blank(departmentCode);
        UnitCode = unitCode is null ? null : Guard.Against.Blank(unitCode);
        SectorCode = Guard.Against.Blank(sectorCode);
        Kind = Guard.Against.Undefined(kind);
        IsNewMajor = isNewMajor;
        BudgetYuan = Guard.Against.BelowZero(budgetYuan);
        Guard.Against.InvalidWhen(hasApprovedTarget && !hasTarget, nameof(hasApprovedTarget), "An approved target is a target.");

        HasTarget = hasTarget;
        HasApprovedTarget = hasApprovedTarget;
        HasExAnteAssessment = hasExAnteAssessment;
    }

    /// <summary>The fiscal year.</summary>
    public int Year { get; }

    /// <summary>The position in the portfolio (the order tie-break).</summary>
    public int Sequence { get; }

    /// <summary>Project or policy.</summary>
    public SubjectType Type { get; }

    /// <summary>The code.</summary>
    public string Code { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The responsible department's code.</summary>
    public string DepartmentCode { get; }

    /// <summary>The spending unit's code, or null.</summary>
    public string? UnitCode { get; }

    /// <summary>The sector code.</summary>
    public string SectorCode { get; }

    /// <summary>The project kind.</summary>
    public ProjectKind Kind { get; }

    /// <summary>Whether it is a new major policy or project.</summary>
    public bool IsNewMajor { get; }

    /// <summary>The budget in yuan.</summary>
    public decimal BudgetYuan { get; }

    /// <summary>Whether it has a performance target (any status).</summary>
    public bool HasTarget { get; }

    /// <summary>Whether it has an approved performance target.</summary>
    public bool HasApprovedTarget { get; }

    /// <summary>Whether it has an ex-ante assessment.</summary>
    public bool HasExAnteAssessment { get; }

    /// <summary>The year, type and code.</summary>
    public override string ToString() => FormattableString.Invariant($"{Year} {Type}:{Code}");
}
