using System;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Subjects;

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
        Type = Guard.Against.Undefined(type);
        Code = Guard.Against.Blank(code);
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
