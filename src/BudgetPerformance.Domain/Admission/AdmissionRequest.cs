using System;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;

namespace BudgetPerformance.Admission;

/// <summary>
/// A request of a project or policy for money in a fiscal year, as the admission gate sees it: the item, the amount,
/// its performance target (or none) and its ex-ante assessment outcome (or none).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AdmissionRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="item">The project or policy.</param>
    /// <param name="year">The fiscal year the money is requested for.</param>
    /// <param name="amount">The amount requested; not negative.</param>
    /// <param name="target">The performance target, or null when the unit has set none.</param>
    /// <param name="exAnte">The ex-ante assessment outcome, or null when there was none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <exception cref="ArgumentException">The year is default, or the target or outcome belongs to another subject or year.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public AdmissionRequest(SpendingItem item, FiscalYear year, Money amount, PerformanceTarget? target, ExAnteOutcome? exAnte)
    {
        Guard.Against.Null(item);
        Guard.Against.InvalidWhen(year == default, nameof(year), "The fiscal year must be a created FiscalYear.");
        Guard.Against.OutOfRangeWhen(amount.IsNegative, amount, nameof(amount), "The requested amount must not be negative.");
        Guard.Against.InvalidWhen(target is not null && (target.Subject != item.Ref || target.Year != year), nameof(target), $"The target is for {target!.Subject} in {target.Year}, not {item.Ref} in {year}.");
        Guard.Against.InvalidWhen(exAnte is not null && exAnte.Subject != item.Ref, nameof(exAnte), $"The ex-ante assessment is of {exAnte!.Subject}, not {item.Ref}.");

        Item = item;
        Year = year;
        Amount = amount;
        Target = target;
        ExAnte = exAnte;
    }

    /// <summary>The project or policy.</summary>
    public SpendingItem Item { get; }

    /// <summary>The fiscal year.</summary>
    public FiscalYear Year { get; }

    /// <summary>The amount requested.</summary>
    public Money Amount { get; }

    /// <summary>The performance target, or null.</summary>
    public PerformanceTarget? Target { get; }

    /// <summary>The ex-ante assessment outcome, or null.</summary>
    public ExAnteOutcome? ExAnte { get; }
}
