using System;
using System.Collections.Generic;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Monitoring;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring.Review;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Monitoring;

/// <summary>
/// The self-evaluation cross-check of RULES.md §6 [D]: red when claimed indicator completion exceeds execution by more
/// than the allowed relative excess; yellow when the adjusted budget is 0 or more than the allowed share is unspent.
/// A pure function.
/// </summary>
public static class SelfEvaluationCrossCheck
{
    /// <summary>Cross-checks a self-evaluation.</summary>
    /// <param name="indicatorScore">The indicators' total score (out of 90 nationally); not negative.</param>
    /// <param name="indicatorPoints">The indicators' points (90 nationally); above 0.</param>
    /// <param name="executionScore">The budget-execution score (out of 10 nationally); not negative.</param>
    /// <param name="executionPoints">The budget-execution points (10 nationally); above 0.</param>
    /// <param name="budget">The adjusted budget and the amount spent.</param>
    /// <param name="rules">The cross-check rules.</param>
    /// <exception cref="ArgumentNullException"><paramref name="budget"/> or <paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is negative or a number of points is not above 0.</exception>
    public static CrossCheckResult Check(decimal indicatorScore, decimal indicatorPoints, decimal executionScore, decimal executionPoints, BudgetExecution budget, SelfEvaluationCrossCheckRules rules)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfNegative(indicatorScore);
        ArgumentOutOfRangeException.ThrowIfNegative(executionScore);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(indicatorPoints);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(executionPoints);

        var completion = indicatorScore / indicatorPoints;
        var execution = executionScore / executionPoints;
        var reasons = new List<DecisionReason>();
        var colour = WarningColour.Green;
        var N = (Func<decimal, string>)TargetReviewer.N;
        var limit = execution * (1m + rules.MaximumClaimExcess);
        if (completion > limit)
        {
            colour = WarningColour.Red;
            reasons.Add(new DecisionReason(ReasonCodes.ClaimAheadOfSpending, null,
                $"指标完成度 {N(indicatorScore)} ÷ {N(indicatorPoints)} = {MonitoringAssessor.P(completion)} 高于预算执行 {N(executionScore)} ÷ {N(executionPoints)} = {MonitoringAssessor.P(execution)} 的 (1 + {MonitoringAssessor.P(rules.MaximumClaimExcess)}) 倍 → 红色",
                $"claimed completion {N(indicatorScore)} ÷ {N(indicatorPoints)} = {MonitoringAssessor.P(completion)} exceeds execution {N(executionScore)} ÷ {N(executionPoints)} = {MonitoringAssessor.P(execution)} by more than {MonitoringAssessor.P(rules.MaximumClaimExcess)} relative → red",
                rules.Source));
        }

        decimal? unspent = null;
        if (budget.AdjustedBudget == Money.Zero)
        {
            colour = colour == WarningColour.Red ? colour : WarningColour.Yellow;
            reasons.Add(new DecisionReason(ReasonCodes.Unspent, null, "调整后预算数为 0 → 黄色", "the adjusted budget is 0 → yellow", rules.Source));
        }
        else
        {
            unspent = (budget.AdjustedBudget.Yuan - budget.Spent.Yuan) / budget.AdjustedBudget.Yuan;
            if (unspent > rules.MaximumUnspentShare)
            {
                colour = colour == WarningColour.Red ? colour : WarningColour.Yellow;
                reasons.Add(new DecisionReason(ReasonCodes.Unspent, null,
                    $"未支出比例 {MonitoringAssessor.P(unspent.Value)} 超过 {MonitoringAssessor.P(rules.MaximumUnspentShare)} → 黄色",
                    $"{MonitoringAssessor.P(unspent.Value)} of the budget is unspent, more than {MonitoringAssessor.P(rules.MaximumUnspentShare)} → yellow", rules.Source));
            }
        }

        if (reasons.Count == 0)
        {
            reasons.Add(new DecisionReason(ReasonCodes.CrossCheckConsistent, null,
                $"指标完成度 {MonitoringAssessor.P(completion)} 与预算执行 {MonitoringAssessor.P(execution)} 相符 → 绿色",
                $"claimed completion {MonitoringAssessor.P(completion)} is consistent with execution {MonitoringAssessor.P(execution)} → green", rules.Source));
        }

        return new CrossCheckResult(colour, completion, execution, unspent, reasons.AsReadOnly());
    }
}
