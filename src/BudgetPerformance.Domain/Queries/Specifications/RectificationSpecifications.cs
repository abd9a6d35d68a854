using Ardalis.Specification;
using BudgetPerformance.Rectification;
using NodaTime;

namespace BudgetPerformance.Queries.Specifications;

/// <summary>The questions a finance bureau asks of rectification notices, as Ardalis specifications over <see cref="RectificationSummary"/>.</summary>
/// <remarks>Thread-safe: every call returns a new specification.</remarks>
public static class RectificationSpecifications
{
    /// <summary>
    /// Notices overdue on <paramref name="asOf"/>, exactly as <see cref="RectificationNotice.StatusOn"/> decides: the deadline
    /// (inclusive) has passed and the rectification was not verified on or before that date. Earliest deadline first, then
    /// the order of the list.
    /// </summary>
    /// <param name="asOf">The date asked about (passed in; never read from a clock).</param>
    public static ISpecification<RectificationSummary> OverdueAsOf(LocalDate asOf)
    {
        LocalDate? on = asOf;
        return new Query<RectificationSummary>(q =>
            q.Where(r => r.Deadline < asOf && (r.VerifiedOn == null || r.VerifiedOn > on)).OrderBy(r => r.Deadline).ThenBy(r => r.Sequence));
    }
}
