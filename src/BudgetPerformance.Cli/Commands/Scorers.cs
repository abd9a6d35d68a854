using System;
using BudgetPerformance.Cli.Infrastructure;
using BudgetPerformance.Scoring;

namespace BudgetPerformance.Cli.Commands;

/// <summary>Creating a scorer with one clear line when the rule set cannot score.</summary>
internal static class Scorers
{
    public static EvaluationScorer Create(CliContext ctx, Rules.RuleSet ruleSet)
    {
        try
        {
            return new EvaluationScorer(ruleSet);
        }
        catch (ArgumentException e)
        {
            ctx.Fail($"规则集 {ruleSet.Id} 不能计分：{e.Message}", $"the rule set {ruleSet.Id} cannot score: {e.Message}");
            throw new CliStopException(ExitCodes.Findings);
        }
    }
}
