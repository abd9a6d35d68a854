namespace BudgetPerformance.Catalog;

/// <summary>The level of government spending an indicator framework is for (the seed's three scopes).</summary>
public enum FrameworkScope
{
    /// <summary>项目, a project (or policy).</summary>
    Project = 0,

    /// <summary>部门整体, the whole spending of a department.</summary>
    WholeDepartment = 1,

    /// <summary>财政, the whole budget of a government.</summary>
    WholeBudget = 2,
}
