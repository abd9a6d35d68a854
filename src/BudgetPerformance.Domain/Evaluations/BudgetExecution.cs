using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Internal;
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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="recordedScore"/> is negative.</exception>
    public BudgetExecution(Money adjustedBudget, Money spent, decimal? recordedScore = null)
    {
        Guard.Against.Problems(FindProblems(adjustedBudget, spent, recordedScore), problem => problem.Location.Element == nameof(recordedScore)
            ? new ArgumentOutOfRangeException(nameof(recordedScore), recordedScore, problem.MessageEn)
            : problem.ToException(problem.Location.Element));

        AdjustedBudget = adjustedBudget;
        Spent = spent;
        RecordedScore = recordedScore;
    }

    /// <summary>
    /// Lists every broken invariant of the candidate values, without building the record: neither amount is negative
    /// (<c>amount-negative</c>), nor the recorded score (<c>score-negative</c>); each problem names its parameter as its
    /// <see cref="ProblemLocation.Element"/>. The constructor checks the same.
    /// </summary>
    /// <param name="adjustedBudget">The adjusted budget.</param>
    /// <param name="spent">The amount spent.</param>
    /// <param name="recordedScore">The recorded score, or null.</param>
    public static IReadOnlyList<Problem> FindProblems(Money adjustedBudget, Money spent, decimal? recordedScore)
    {
        var problems = new List<Problem>();
        if (adjustedBudget.IsNegative)
        {
            problems.Add(Messages.NegativeAdjustedBudget.At(ProblemLocation.OfElement(nameof(adjustedBudget)), adjustedBudget.Yuan));
        }

        if (spent.IsNegative)
        {
            problems.Add(Messages.NegativeAmountSpent.At(ProblemLocation.OfElement(nameof(spent)), spent.Yuan));
        }

        if (recordedScore < 0m)
        {
            problems.Add(Messages.NegativeRecordedScore.At(ProblemLocation.OfElement(nameof(recordedScore)), recordedScore));
        }

        return problems;
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
