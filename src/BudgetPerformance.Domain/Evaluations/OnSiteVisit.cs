using System;
using NodaTime;

namespace BudgetPerformance.Evaluations;

/// <summary>The on-site visit (现场评价) a finance evaluation must record.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OnSiteVisit : IEquatable<OnSiteVisit>
{
    /// <summary>Creates the record.</summary>
    /// <param name="date">The date of the visit.</param>
    /// <param name="notes">Notes, or null.</param>
    public OnSiteVisit(LocalDate date, string? notes = null)
    {
        Date = date;
        Notes = notes;
    }

    /// <summary>The date of the visit.</summary>
    public LocalDate Date { get; }

    /// <summary>Notes, or null.</summary>
    public string? Notes { get; }

    /// <inheritdoc/>
    public bool Equals(OnSiteVisit? other) => other is not null && Date == other.Date && string.Equals(Notes, other.Notes, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as OnSiteVisit);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Notes);
}
