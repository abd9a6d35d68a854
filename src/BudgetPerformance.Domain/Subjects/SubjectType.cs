namespace BudgetPerformance.Subjects;

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
