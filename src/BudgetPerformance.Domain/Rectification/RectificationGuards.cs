using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using NodaTime;

namespace BudgetPerformance.Rectification;

/// <summary>The rules of a rectification notice's dates and state as <see cref="Guard.Against"/> clauses, for the notice and its
/// read model alike.</summary>
internal static class RectificationGuards
{
    /// <summary>The deadline is not before the date of issue (the same day is allowed).</summary>
    internal static LocalDate DeadlineBeforeIssue(this IGuardClause guard, LocalDate issuedOn, LocalDate deadline) =>
        guard.OutOfRangeWhen(deadline < issuedOn, deadline, nameof(deadline), "The deadline cannot be before the date of issue.");

    /// <summary>A recorded state is never <see cref="RectificationState.Overdue"/>, which is derived from a date.</summary>
    internal static RectificationState RecordedOverdue(this IGuardClause guard, RectificationState state) =>
        guard.OutOfRangeWhen(guard.Undefined(state) == RectificationState.Overdue, state, nameof(state), "Overdue is derived from a date, never recorded.");
}
