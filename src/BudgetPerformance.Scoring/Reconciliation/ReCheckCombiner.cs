using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using BudgetPerformance.Grades;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Reconciliation;

/// <summary>
/// Combines a self-evaluation with its random re-check (抽评) under a rule set's re-check family: the final score is
/// selfWeight × self + reCheckWeight × re-check, rounded by the grading family's total rounding, and graded.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReCheckCombiner : IStageEngine<ReCheckCombiner>
{
    private readonly ReCheckRules rules;

    /// <summary>Creates a combiner.</summary>
    /// <param name="ruleSet">The rule set; it must carry the <see cref="RequiredFamilies"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    /// <exception cref="DomainInvariantException">The rule set has no re-check family (<c>rule-family-missing</c>, see <see cref="FindProblems"/>).</exception>
    public ReCheckCombiner(RuleSet ruleSet)
    {
        RuleSet = StageEngine.Require<ReCheckCombiner>(ruleSet);
        rules = ruleSet.ReCheck!;
    }

    /// <summary>The stage: <see cref="LifecycleStage.Reconciliation"/>.</summary>
    public static LifecycleStage Stage => LifecycleStage.Reconciliation;

    /// <summary>The families a combiner reads besides grading: the re-check family.</summary>
    public static IReadOnlyList<RuleFamily> RequiredFamilies { get; } = ImmutableArray.Create(RuleFamily.ReCheck);

    /// <summary>The rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The problem of combining re-checks under <paramref name="ruleSet"/>: one <c>rule-family-missing</c>, or none.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(RuleSet ruleSet) => StageEngine.FindProblems<ReCheckCombiner>(ruleSet);

    /// <summary>Combines a self-evaluation and its re-check.</summary>
    /// <param name="self">The complete self-evaluation result.</param>
    /// <param name="reCheck">The complete re-check result.</param>
    /// <exception cref="ArgumentNullException">A result is null.</exception>
    /// <exception cref="ArgumentException">A result is not complete (it has no total).</exception>
    public ReCheckResult Combine(ScoringResult self, ScoringResult reCheck)
    {
        Guard.Against.Null(self);
        Guard.Against.Null(reCheck);
        Guard.Against.InvalidWhen(self.Total is null, nameof(self), "The self-evaluation result is not complete.");
        Guard.Against.InvalidWhen(reCheck.Total is null, nameof(reCheck), "The re-check result is not complete.");
        var s = self.Total.Value;
        var r = reCheck.Total.Value;
        var raw = (rules.SelfWeight * s) + (rules.ReCheckWeight * r);
        var final = RuleSet.Grading.TotalRounding.Apply(raw);
        return new ReCheckResult(s, r, raw, final, RuleSet.Grading.Scale.BandOf(Math.Min(final, GradeScale.Maximum)), rules);
    }
}
