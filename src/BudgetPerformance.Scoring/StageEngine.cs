using System.Collections.Generic;
using Ardalis.GuardClauses;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring;

/// <summary>What every <see cref="IStageEngine{TSelf}"/> does with its rule set, written once.</summary>
internal static class StageEngine
{
    /// <summary>
    /// The problem of using <paramref name="ruleSet"/> for an evaluation conducted in <paramref name="conductedIn"/> when it is not
    /// in force then (<see cref="RuleSet.IsInForceDuring"/>): the warning <c>rule-set-not-in-force</c>, or under
    /// <see cref="EffectivePeriodPolicy.Refuse"/> the error <c>rule-set-not-in-force-refused</c>; null when it is in force. One
    /// definition for every stage that checks it (scoring, proposals).
    /// </summary>
    internal static Problem? NotInForce(RuleSet ruleSet, FiscalYear conductedIn, EffectivePeriodPolicy policy, ProblemLocation location)
    {
        if (ruleSet.IsInForceDuring(conductedIn))
        {
            return null;
        }

        var template = policy == EffectivePeriodPolicy.Refuse ? Messages.RuleSetNotInForceRefused : Messages.RuleSetNotInForce;
        var effective = ruleSet.Effective;
        return template.At(location, ruleSet.ToString(), effective.Start, effective.End, conductedIn.Year);
    }

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
