using System;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;

namespace BudgetPerformance;

/// <summary>What kind of thing a <see cref="Subject"/> is.</summary>
public enum SubjectType
{
    /// <summary>部门, a spending department.</summary>
    Department = 0,

    /// <summary>单位, a budget unit under a department.</summary>
    Unit = 1,

    /// <summary>项目, a project.</summary>
    Project = 2,

    /// <summary>政策, a policy.</summary>
    Policy = 3,

    /// <summary>科室, an internal section of the finance bureau.</summary>
    InternalSection = 4,
}

/// <summary>How a project's or policy's spending recurs.</summary>
public enum ProjectKind
{
    /// <summary>经常性, recurring every year.</summary>
    Recurring = 0,

    /// <summary>一次性, one-off.</summary>
    OneOff = 1,

    /// <summary>跨年度, multi-year.</summary>
    MultiYear = 2,

    /// <summary>部门整体, a department's whole budget: the kind used when a whole-department result is applied to the next budget.</summary>
    WholeDepartment = 3,
}

/// <summary>
/// A reference to a subject by type and code, as evaluations and targets hold it. Codes are compared ordinally.
/// </summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct SubjectRef : IEquatable<SubjectRef>
{
    /// <summary>Creates a reference.</summary>
    /// <param name="type">The subject type.</param>
    /// <param name="code">The subject code; not blank.</param>
    public SubjectRef(SubjectType type, string code)
    {
        Type = Preconditions.CheckDefined(type);
        Code = Preconditions.CheckNotBlank(code);
    }

    /// <summary>The subject type.</summary>
    public SubjectType Type { get; }

    /// <summary>The subject code.</summary>
    public string Code { get; }

    /// <summary>Equality.</summary>
    public static bool operator ==(SubjectRef left, SubjectRef right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(SubjectRef left, SubjectRef right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(SubjectRef other) => Type == other.Type && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SubjectRef other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, Code);

    /// <summary>For example <c>Project:P001</c>.</summary>
    public override string ToString() => $"{Type}:{Code}";
}

/// <summary>Something that receives money or is evaluated: a department, unit, project, policy or internal section.</summary>
/// <remarks>Subjects are immutable and thread-safe. The concrete kinds are sealed.</remarks>
public abstract class Subject
{
    private protected Subject(SubjectType type, string code, string name)
    {
        Type = type;
        Code = Preconditions.CheckNotBlank(code);
        Name = Preconditions.CheckNotBlank(name);
    }

    /// <summary>The subject type.</summary>
    public SubjectType Type { get; }

    /// <summary>The code, unique among subjects of its type.</summary>
    public string Code { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>A reference to this subject.</summary>
    public SubjectRef Ref => new(Type, Code);

    /// <summary>The type, code and name.</summary>
    public override string ToString() => $"{Type}:{Code} {Name}";
}

/// <summary>部门, a spending department of a government, e.g. the county water bureau (县水利局).</summary>
public sealed class Department : Subject
{
    /// <summary>Creates a department.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name.</param>
    public Department(string code, string name)
        : base(SubjectType.Department, code, name)
    {
    }
}

/// <summary>单位, a budget unit of a department, which spends money and self-evaluates.</summary>
public sealed class BudgetUnit : Subject
{
    /// <summary>Creates a unit.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name.</param>
    /// <param name="departmentCode">The code of its department.</param>
    public BudgetUnit(string code, string name, string departmentCode)
        : base(SubjectType.Unit, code, name)
    {
        DepartmentCode = Preconditions.CheckNotBlank(departmentCode);
    }

    /// <summary>The code of the department the unit belongs to.</summary>
    public string DepartmentCode { get; }
}

/// <summary>科室, an internal section of the finance bureau (evaluated by the bureau itself, tied to its annual assessment).</summary>
public sealed class InternalSection : Subject
{
    /// <summary>Creates an internal section.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name.</param>
    public InternalSection(string code, string name)
        : base(SubjectType.InternalSection, code, name)
    {
    }
}

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
        DepartmentCode = Preconditions.CheckNotBlank(departmentCode);
        if (unitCode is not null)
        {
            Preconditions.CheckNotBlank(unitCode);
        }

        UnitCode = unitCode;
        if (sector == default)
        {
            throw new ArgumentException("The sector must be a created Sector.", nameof(sector));
        }

        Sector = sector;
        Kind = Preconditions.CheckDefined(kind);
        IsNewMajor = isNewMajor;
        if (budget.IsNegative)
        {
            throw Messages.SubjectBudgetNegative.At(ProblemLocation.OfElement(nameof(budget)).WithSubject(code), code).ToException(nameof(budget));
        }

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

    private static SubjectType CheckType(SubjectType type) =>
        type is SubjectType.Project or SubjectType.Policy
            ? type
            : throw new ArgumentOutOfRangeException(nameof(type), type, "A spending item is a project or a policy.");
}
