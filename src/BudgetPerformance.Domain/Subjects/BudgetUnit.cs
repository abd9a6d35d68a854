using Ardalis.GuardClauses;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Subjects;

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
        DepartmentCode = Guard.Against.Blank(departmentCode);
    }

    /// <summary>The code of the department the unit belongs to.</summary>
    public string DepartmentCode { get; }
}
