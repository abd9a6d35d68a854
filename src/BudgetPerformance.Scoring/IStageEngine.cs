using System.Collections.Generic;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring;

/// <summary>
/// The shape every engine of the year's stages shares: it is constructed from a <see cref="Rules.RuleSet"/>, states once and
/// up front which rule families its stage needs, refuses a rule set that lacks one with a single <c>rule-family-missing</c>
/// problem naming every missing family, and returns immutable results that carry their own problems and explanations.
/// </summary>
/// <typeparam name="TSelf">The engine.</typeparam>
/// <remarks>
/// <para>Each engine also has a public static <c>FindProblems(RuleSet)</c>, so that a caller can check a rule set for a stage
/// without building the engine (a validator, the command line). The families are the same for every instance of an engine:
/// they belong to the type.</para>
/// <para>The engines, one folder and namespace per stage: <see cref="EvaluationScorer"/> (scoring),
/// <see cref="Reconciliation.Reconciler"/> and <see cref="Reconciliation.ReCheckCombiner"/> (reconciliation),
/// <see cref="Admission.AdmissionGate"/> (admission), <see cref="Review.TargetReviewer"/> (target review),
/// <see cref="Monitoring.MonitoringAssessor"/> (monitoring), <see cref="Proposals.BudgetProposer"/> (proposals; it also applies
/// the rectification family when the rule set has one), <see cref="Distribution.DistributionChecker"/> (distribution) and
/// <see cref="Reporting.AnnualReporter"/> (reporting). Disclosure (<see cref="Disclosure.Disclosure"/>) reads no rule family, and
/// rectification notices are model data whose consequences the proposer applies.</para>
/// </remarks>
public interface IStageEngine<TSelf>
    where TSelf : class, IStageEngine<TSelf>
{
    /// <summary>The stage the engine runs.</summary>
    static abstract LifecycleStage Stage { get; }

    /// <summary>The families the engine reads from its rule set (grading is always there).</summary>
    static abstract IReadOnlyList<RuleFamily> RequiredFamilies { get; }

    /// <summary>The rule set the engine applies.</summary>
    RuleSet RuleSet { get; }
}
