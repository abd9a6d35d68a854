namespace BudgetPerformance.Subjects;

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
