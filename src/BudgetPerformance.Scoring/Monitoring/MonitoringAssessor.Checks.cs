using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Internal;
using BudgetPerformance.Monitoring;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring.Review;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Scoring.Monitoring;

/// <content>The checks beside a snapshot: the colour of execution against time alone and the self-evaluation cross-check; number formatting for the reasons.</content>
public sealed partial class MonitoringAssessor
{
    /// <summary>The colour of budget execution against time alone, as <see cref="Assess"/> computes it.</summary>
    /// <param name="executionRate">Cumulative execution spent ÷ adjusted budget; not negative.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The colour, or null when nothing is due yet.</returns>
    /// <exception cref="InvalidOperationException">The monitoring family has no execution bands (<see cref="MonitoringRules.ExecutionBands"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="executionRate"/> is negative, or <paramref name="asOf"/> is not an ISO date.</exception>
    public WarningColour? ExecutionColour(decimal executionRate, LocalDate asOf)
    {
        var bands = rules.ExecutionBands ?? throw new InvalidOperationException(
            $"The monitoring family of the rule set {RuleSet} has no execution bands (MonitoringRules.ExecutionBands).");
        Guard.Against.BelowZero(executionRate);
        var time = TimeProgress.Of(asOf, rules.TimeProgress);
        return time.NothingDue ? null : bands.ColourOf(rules.ProgressRounding.Apply(executionRate * 100m * time.Total / time.Elapsed));
    }

    /// <summary>
    /// The self-evaluation cross-check of RULES.md §6 [D], under the monitoring family's <see cref="MonitoringRules.CrossCheck"/>:
    /// red when claimed indicator completion exceeds execution by more than the allowed relative excess; yellow when the
    /// adjusted budget is 0 or more than the allowed share is unspent; green otherwise.
    /// </summary>
    /// <param name="indicatorScore">The indicators' total score (out of 90 nationally); not negative.</param>
    /// <param name="indicatorPoints">The indicators' points (90 nationally); above 0.</param>
    /// <param name="executionScore">The budget-execution score (out of 10 nationally); not negative.</param>
    /// <param name="executionPoints">The budget-execution points (10 nationally); above 0.</param>
    /// <param name="budget">The adjusted budget and the amount spent.</param>
    /// <exception cref="InvalidOperationException">The monitoring family has no self-evaluation cross-check
    /// (<see cref="MonitoringRules.CrossCheck"/> is null); checked first, and never replaced by a default.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="budget"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is negative or a number of points is not above 0.</exception>
    public CrossCheckResult CrossCheck(decimal indicatorScore, decimal indicatorPoints, decimal executionScore, decimal executionPoints, BudgetExecution budget)
    {
        var cross = rules.CrossCheck ?? throw new InvalidOperationException(
            $"The monitoring family of the rule set {RuleSet} has no self-evaluation cross-check (MonitoringRules.CrossCheck).");
        Guard.Against.Null(budget);
        Guard.Against.BelowZero(indicatorScore);
        Guard.Against.BelowZero(executionScore);
        Guard.Against.NotAboveZero(indicatorPoints);
        Guard.Against.NotAboveZero(executionPoints);

        var completion = indicatorScore / indicatorPoints;
        var execution = executionScore / executionPoints;
        var reasons = new List<DecisionReason>();
        var colour = WarningColour.Green;
        var limit = execution * (1m + cross.MaximumClaimExcess);
        if (completion > limit)
        {
            colour = WarningColour.Red;
            reasons.Add(new DecisionReason(ReasonCodes.ClaimAheadOfSpending, null,
                $"指标完成度 {N(indicatorScore)} ÷ {N(indicatorPoints)} = {P(completion)} 高于预算执行 {N(executionScore)} ÷ {N(executionPoints)} = {P(execution)} 的 (1 + {P(cross.MaximumClaimExcess)}) 倍 → 红色",
                $"claimed completion {N(indicatorScore)} ÷ {N(indicatorPoints)} = {P(completion)} exceeds execution {N(executionScore)} ÷ {N(executionPoints)} = {P(execution)} by more than {P(cross.MaximumClaimExcess)} relative → red",
                cross.Source));
        }

        decimal? unspent = null;
        if (budget.AdjustedBudget == Money.Zero)
        {
            colour = colour == WarningColour.Red ? colour : WarningColour.Yellow;
            reasons.Add(new DecisionReason(ReasonCodes.Unspent, null, "调整后预算数为 0 → 黄色", "the adjusted budget is 0 → yellow", cross.Source));
        }
        else
        {
            unspent = (budget.AdjustedBudget.Yuan - budget.Spent.Yuan) / budget.AdjustedBudget.Yuan;
            if (unspent > cross.MaximumUnspentShare)
            {
                colour = colour == WarningColour.Red ? colour : WarningColour.Yellow;
                reasons.Add(new DecisionReason(ReasonCodes.Unspent, null,
                    $"未支出比例 {P(unspent.Value)} 超过 {P(cross.MaximumUnspentShare)} → 黄色",
                    $"{P(unspent.Value)} of the budget is unspent, more than {P(cross.MaximumUnspentShare)} → yellow", cross.Source));
            }
        }

        if (reasons.Count == 0)
        {
            reasons.Add(new DecisionReason(ReasonCodes.CrossCheckConsistent, null,
                $"指标完成度 {P(completion)} 与预算执行 {P(execution)} 相符 → 绿色",
                $"claimed completion {P(completion)} is consistent with execution {P(execution)} → green", cross.Source));
        }

        return new CrossCheckResult(colour, completion, execution, unspent, reasons.AsReadOnly());
    }

    internal static string N(decimal value) => TargetReviewer.N(value);

    internal static string P(decimal fraction) => N(decimal.Round(fraction * 100m, 2, MidpointRounding.AwayFromZero)) + "%";

    private static string Band(ColourBands bands, WarningColour colour) => colour switch
    {
        WarningColour.Red => $"< {N(bands.YellowFrom)}",
        WarningColour.Yellow => $"[{N(bands.YellowFrom)}, {N(bands.GreenFrom)})",
        WarningColour.Green => bands.BlueFrom is { } b ? $"[{N(bands.GreenFrom)}, {N(b)})" : $"≥ {N(bands.GreenFrom)}",
        _ => $"≥ {N(bands.BlueFrom!.Value)}",
    };
}
