using System;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Catalog;

/// <summary>Where a framework node comes from, and whether that was verified against real documents or forms.</summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct Provenance : IEquatable<Provenance>
{
    /// <summary>Creates a provenance.</summary>
    /// <param name="source">The citation, e.g. 财预〔2013〕53号; not blank.</param>
    /// <param name="isVerified">Whether the node was verified; unverified nodes are placeholders an integrator must check or fill.</param>
    public Provenance(string source, bool isVerified)
    {
        Source = Guard.Against.Blank(source);
        IsVerified = isVerified;
    }

    /// <summary>The citation.</summary>
    public string Source { get; }

    /// <summary>Whether the node was verified.</summary>
    public bool IsVerified { get; }

    /// <summary>Equality.</summary>
    public static bool operator ==(Provenance left, Provenance right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Provenance left, Provenance right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Provenance other) => string.Equals(Source, other.Source, StringComparison.Ordinal) && IsVerified == other.IsVerified;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Provenance other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Source, IsVerified);

    /// <summary>The source and, when unverified, a mark.</summary>
    public override string ToString() => IsVerified ? Source : Source + " (unverified)";
}
