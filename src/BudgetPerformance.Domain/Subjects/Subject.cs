using Ardalis.GuardClauses;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Subjects;

/// <summary>Something that receives money or is evaluated: a department, unit, project, policy or internal section.</summary>
/// <remarks>Subjects are immutable and thread-safe. The concrete kinds are sealed.</remarks>
public abstract class Subject
{
    private protected Subject(SubjectType type, string code, string name)
    {
        Type = type;
        Code = Guard.Against.Blank(code);
        Name = Guard.Against.Blank(name);
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
