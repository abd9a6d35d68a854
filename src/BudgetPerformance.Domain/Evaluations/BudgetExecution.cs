using System;
using BudgetPerformance.Problems;
using BudgetPerformance.Values;

namespace BudgetPerformance.Evaluations;

/// <summary>
/// The budget execution of an evaluated subject (预算执行情况): the adjusted budget (全年预算数/调整后预算数) and the amount
/// spent (执行数). Neither may be negative. An adjusted budget of zero is recorded as it is: the rule set decides
/// how it is scored, and nothing divides by it.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BudgetExecution : IEquatable<BudgetExecution>
{
    /// <summary>Creates the record.</summary>
    /// <param name="adjustedBudget">The adjusted budget, not negative.</param>
    /// <param name="spent">The amount spent, not negative.</param>
    /// <param name="recordedScore">The budget-execution score written on the published form, or null.</param>
    /// <exception cref="DomainInvariantException">An amount is negative.</exception>
    public BudgetExecution(Money adjustedBudget, Money spent, decimal? recordedScore = null)
    {
        if (adjustedBudget.IsNegative)
        {
            throw Messages.AdjustedBudgetNegative.At(ProblemLocation.OfElement(nameof(adjustedBudget))).ToException(nameof(adjustedBudget));
        }

        if (spent.IsNegative)
        {
            throw Messages.SpentNegative.At(ProblemLocation.OfElement(nameof(spent))).ToException(nameof(spent));
        }

        if (recordedScore < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(recordedScore), recordedScore, "The recorded score must not be negative.");
        }

        AdjustedBudget = adjustedBudget;
        Spent = spent;
        RecordedScore = recordedScore;
    }

    /// <summary>The adjusted budget.</summary>
    public Money AdjustedBudget { get; }

    /// <summary>The amount spent.</summary>
    public Money Spent { get; }

    /// <summary>The score on the published form, or null.</summary>
    public decimal? RecordedScore { get; }

    /// <summary>spent ÷ adjusted budget, unrounded; null when the adjusted budget is zero (never divided by).</summary>
    public Ratio? Rate => AdjustedBudget == Money.Zero ? null : Ratio.Of(Spent.Yuan, AdjustedBudget.Yuan);

    /// <inheritdoc/>
    public bool Equals(BudgetExecution? other) =>
        other is not null && AdjustedBudget == other.AdjustedBudget && Spent == other.Spent && RecordedScore == other.RecordedScore;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BudgetExecution);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(AdjustedBudget, Spent, RecordedScore);
}
