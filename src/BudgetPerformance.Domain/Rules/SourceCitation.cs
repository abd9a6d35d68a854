using System;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>A citation of the source of a rule, e.g. 财预〔2020〕10号.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SourceCitation : IEquatable<SourceCitation>
{
    /// <summary>Creates a citation.</summary>
    /// <param name="reference">The document reference, e.g. 财预〔2020〕10号; not blank.</param>
    /// <param name="kind">The kind of source.</param>
    /// <param name="note">What the source says or where, or null.</param>
    public SourceCitation(string reference, SourceKind kind, string? note = null)
    {
        Reference = Guard.Against.Blank(reference);
        Kind = Guard.Against.Undefined(kind);
        Note = note;
    }

    /// <summary>The document reference.</summary>
    public string Reference { get; }

    /// <summary>The kind of source.</summary>
    public SourceKind Kind { get; }

    /// <summary>A note, or null.</summary>
    public string? Note { get; }

    /// <inheritdoc/>
    public bool Equals(SourceCitation? other) =>
        other is not null && string.Equals(Reference, other.Reference, StringComparison.Ordinal) && Kind == other.Kind &&
        string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SourceCitation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Reference, Kind, Note);

    /// <summary>The reference and kind.</summary>
    public override string ToString() => $"{Reference} [{Kind}]";
}
