using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring;

/// <summary>What every <see cref="IStageEngine{TSelf}"/> does with its rule set, written once.</summary>
internal static class StageEngine
{
    /// <summary>The problem of giving <paramref name="ruleSet"/> to <typeparamref name="TEngine"/>, or none.</summary>
    internal static IReadOnlyList<Problem> FindProblems<TEngine>(RuleSet ruleSet)
        where TEngine : class, IStageEngine<TEngine>
    {
        Guard.Against.Null(ruleSet);
        return ruleSet.FindMissing(TEngine.RequiredFamilies, TEngine.Stage);
    }

    /// <summary><paramref name="ruleSet"/>, after checking it carries what <typeparamref name="TEngine"/> needs.</summary>
    internal static RuleSet Require<TEngine>(RuleSet ruleSet)
        where TEngine : class, IStageEngine<TEngine>
    {
        Guard.Against.Null(ruleSet);
        return ruleSet.Require(TEngine.RequiredFamilies, TEngine.Stage);
    }
}
