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
}
