namespace BudgetPerformance.Subjects;

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
