namespace BudgetPerformance.Subjects;

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
