using System.Collections.Generic;
using BudgetPerformance.Cli.Infrastructure;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring;

namespace BudgetPerformance.Cli.Commands;

/// <summary>Refusing, before any work, a rule set that cannot serve a stage: the engine's own problem, one line each.</summary>
internal static class Stages
{
    /// <summary>Stops the command (exit 1) when <paramref name="problems"/>, an engine's <c>FindProblems</c>, is not empty.</summary>
    public static void Check(CliContext ctx, IReadOnlyList<Problem> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        foreach (var problem in problems)
        {
            var line = Show.Problem(ctx, problem);
            ctx.Fail(line, line);
        }

        throw new CliStopException(ExitCodes.Findings);
    }

    /// <summary>A scorer for <paramref name="ruleSet"/>, or the command stops with the rule set's problem.</summary>
    public static EvaluationScorer Scorer(CliContext ctx, RuleSet ruleSet)
    {
        Check(ctx, EvaluationScorer.FindProblems(ruleSet));
        return new EvaluationScorer(ruleSet);
    }
}
