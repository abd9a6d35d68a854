using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using BudgetPerformance.Evaluations;
using RulesEngine.Models;
using Engine = RulesEngine.RulesEngine;

namespace BudgetPerformance.Benchmarks;

/// <summary>One indicator as the RulesEngine workflows see it: points, target, actual (or assessor's score), achievement level.</summary>
public sealed class IndicatorInput
{
    public decimal W { get; set; }

    public decimal T { get; set; }

    public decimal A { get; set; }

    public int Level { get; set; }
}

/// <summary>The budget execution as the budget workflow sees it.</summary>
public sealed class BudgetInput
{
    public decimal Adjusted { get; set; }

    public decimal Spent { get; set; }
}

/// <summary>The rounded total as the grade workflow sees it.</summary>
public sealed class GradeInput
{
    public decimal Total { get; set; }
}

/// <summary>
/// What an integrator would otherwise pick: the same national rules as Microsoft RulesEngine 6.0.1 workflows in JSON
/// (RulesEngine/workflows.json, one workflow per strategy, one rule per branch, the score as an output expression),
/// with the glue an integrator writes: pick each indicator's workflow, run it, take the output of the rule that
/// succeeded, add up, run the budget and grade workflows.
/// </summary>
internal sealed class RulesEngineScorer
{
    private static readonly string[] WorkflowOf =
    [
        "proportional", "steps", "deviation", "proportional", "equality", "deduct-below", "proportional", "reverse-linear", "reverse-ratio",
        "proportional", "steps", "qualitative-bands", "judgement", "proportional", "deduct-above",
    ];

    private static readonly int[] LevelOneEnd = [9, 13, 15];

    private readonly Engine engine;

    public RulesEngineScorer()
    {
        using var stream = typeof(RulesEngineScorer).Assembly.GetManifestResourceStream("workflows.json")
            ?? throw new InvalidOperationException("The embedded workflows.json is missing.");
        using var reader = new StreamReader(stream);
        var workflows = JsonSerializer.Deserialize<Workflow[]>(reader.ReadToEnd())
            ?? throw new InvalidOperationException("workflows.json is empty.");
        engine = new Engine(workflows, new ReSettings { CustomTypes = [typeof(Math), typeof(MidpointRounding)] });
    }

    /// <summary>Scores one evaluation: the indicator scores, the total and the grade (0 poor … 3 excellent).</summary>
    public (decimal Total, int Grade) Score(Evaluation evaluation, Span<decimal> scores)
    {
        var indicators = evaluation.Indicators.Indicators;
        var records = evaluation.Records;
        var sum = 0m;
        var start = 0;
        for (var l = 0; l < LevelOneEnd.Length; l++)
        {
            var subtotal = 0m;
            for (var i = start; i < LevelOneEnd[l]; i++)
            {
                var indicator = indicators[i];
                var record = records[i];
                var input = new IndicatorInput
                {
                    W = indicator.Points,
                    T = indicator.Target ?? 0m,
                    A = record.Actual ?? record.AssessorScore ?? 0m,
                    Level = (int)(record.Achievement ?? AchievementLevel.Achieved),
                };
                var s = Run(WorkflowOf[i], new RuleParameter("i", input));
                scores[i] = s;
                subtotal += s;
            }

            sum += subtotal;
            start = LevelOneEnd[l];
        }

        var execution = evaluation.BudgetExecution!;
        sum += Run("budget-execution", new RuleParameter("b", new BudgetInput { Adjusted = execution.AdjustedBudget.Yuan, Spent = execution.Spent.Yuan }));
        var total = decimal.Round(sum, 2, MidpointRounding.AwayFromZero);
        var grade = (int)Run("grade", new RuleParameter("g", new GradeInput { Total = total }));
        return (total, grade);
    }

    private decimal Run(string workflow, RuleParameter input)
    {
        List<RuleResultTree> results = engine.ExecuteAllRulesAsync(workflow, input).GetAwaiter().GetResult();
        foreach (var result in results)
        {
            if (result.ExceptionMessage is { Length: > 0 } error)
            {
                throw new InvalidOperationException($"{workflow}/{result.Rule.RuleName}: {error}");
            }

            if (result.IsSuccess)
            {
                if (result.ActionResult?.Exception is { } exception)
                {
                    throw new InvalidOperationException($"{workflow}/{result.Rule.RuleName}: {exception.Message}", exception);
                }

                return Convert.ToDecimal(result.ActionResult?.Output, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"No rule of {workflow} succeeded: the input is outside every rule.");
    }
}
