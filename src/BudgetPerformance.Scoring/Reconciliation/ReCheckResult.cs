using System;
using BudgetPerformance.Grades;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring.Reconciliation;

/// <summary>The result of a random re-check (抽评): the weighted final score and its grade.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReCheckResult
{
    internal ReCheckResult(decimal selfTotal, decimal reCheckTotal, decimal rawFinal, decimal final, GradeBand band, ReCheckRules rules)
    {
        SelfTotal = selfTotal;
        ReCheckTotal = reCheckTotal;
        RawFinal = rawFinal;
        Final = final;
        Band = band;
        Rules = rules;
    }

    /// <summary>The self-evaluation total.</summary>
    public decimal SelfTotal { get; }

    /// <summary>The re-check total.</summary>
    public decimal ReCheckTotal { get; }

    /// <summary>selfWeight × self + reCheckWeight × re-check, before rounding.</summary>
    public decimal RawFinal { get; }

    /// <summary>The final score, rounded by the rule set's total rounding.</summary>
    public decimal Final { get; }

    /// <summary>The band of the final score.</summary>
    public GradeBand Band { get; }

    /// <summary>The grade of the final score.</summary>
    public Grade Grade => Band.Grade;

    /// <summary>The self score minus the re-check score: a large positive gap signals grade inflation.</summary>
    public decimal Gap => SelfTotal - ReCheckTotal;

    /// <summary>The weights applied.</summary>
    public ReCheckRules Rules { get; }

    /// <summary>Combines a self-evaluation and its re-check under a rule set's re-check family.</summary>
    /// <param name="self">The complete self-evaluation result.</param>
    /// <param name="reCheck">The complete re-check result.</param>
    /// <param name="ruleSet">The rule set; it must carry the re-check family.</param>
    /// <exception cref="ArgumentException">A result is not complete, or the rule set has no re-check family.</exception>
    public static ReCheckResult Combine(ScoringResult self, ScoringResult reCheck, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(self);
        ArgumentNullException.ThrowIfNull(reCheck);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var rules = ruleSet.ReCheck ?? throw new ArgumentException($"Rule set {ruleSet} has no re-check family.", nameof(ruleSet));
        var s = self.Total ?? throw new ArgumentException("The self-evaluation result is not complete.", nameof(self));
        var r = reCheck.Total ?? throw new ArgumentException("The re-check result is not complete.", nameof(reCheck));
        var raw = (rules.SelfWeight * s) + (rules.ReCheckWeight * r);
        var final = ruleSet.Grading.TotalRounding.Apply(raw);
        return new ReCheckResult(s, r, raw, final, ruleSet.Grading.Scale.BandOf(Math.Min(final, GradeScale.Maximum)), rules);
    }
}
