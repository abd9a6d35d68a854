using System;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Evaluations;

/// <summary>Who performed an evaluation: a role and the performer's name.</summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct Performer : IEquatable<Performer>
{
    /// <summary>Creates a performer.</summary>
    /// <param name="role">The role.</param>
    /// <param name="name">The name, e.g. the unit or the third-party firm; not blank.</param>
    public Performer(PerformerRole role, string name)
    {
        Role = Guard.Against.Undefined(role);
        Name = Guard.Against.Blank(name);
    }

    /// <summary>The role.</summary>
    public PerformerRole Role { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>Equality.</summary>
    public static bool operator ==(Performer left, Performer right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Performer left, Performer right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Performer other) => Role == other.Role && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Performer other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Role, Name);

    /// <summary>The role and name.</summary>
    public override string ToString() => $"{Role}: {Name}";
}
