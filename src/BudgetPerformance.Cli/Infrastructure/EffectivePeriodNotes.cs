using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Cli.Infrastructure;

/// <summary>
/// The evaluations a command meets that were conducted in a year in which its rule set is not in force
/// (<see cref="RuleSet.IsInForceDuring"/>), and the one line on standard error that names them: a warning
/// (<c>rule-set-not-in-force</c>), or under <c>--strict-dates</c> a refusal (<c>rule-set-not-in-force-refused</c>, exit 1).
/// </summary>
internal sealed class EffectivePeriodNotes(CliContext ctx, RuleSet ruleSet, bool strict)
{
    private const int Named = 10;
    private readonly List<string> outside = [];

    /// <summary>Whether the command refuses such evaluations.</summary>
    public bool Strict => strict;

    /// <summary>The policy the scorer is given.</summary>
    public EffectivePeriodPolicy Policy => strict ? EffectivePeriodPolicy.Refuse : EffectivePeriodPolicy.Warn;

    /// <summary>How many evaluations were outside the effective period.</summary>
    public int Count => outside.Count;

    /// <summary>Notes <paramref name="evaluation"/>; whether the command may go on with it (in force, or not strict).</summary>
    public bool Admit(Evaluation evaluation)
    {
        if (ruleSet.IsInForceDuring(evaluation.ConductedIn))
        {
            return true;
        }

        outside.Add(evaluation.Id);
        return !strict;
    }

    /// <summary>Notes every evaluation; whether none is refused.</summary>
    public bool AdmitAll(IEnumerable<Evaluation> evaluations)
    {
        var admitted = true;
        foreach (var evaluation in evaluations)
        {
            admitted &= Admit(evaluation);
        }

        return admitted;
    }

    /// <summary>Writes the line, when any evaluation was outside the period.</summary>
    public void Report()
    {
        if (outside.Count == 0)
        {
            return;
        }

        var effective = ruleSet.Effective;
        var from = effective.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = effective.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var ids = string.Join(", ", outside.Take(Named)) + (outside.Count > Named ? ", …" : string.Empty);
        var n = outside.Count.ToString(CultureInfo.InvariantCulture);
        if (strict)
        {
            ctx.Fail(
                $"{ProblemCodes.RuleSetNotInForceRefused}：规则集 {ruleSet} 的生效期为 {from} 至 {to}，{n} 份评价开展的年度不在其中，--strict-dates 下拒绝：{ids}",
                $"{ProblemCodes.RuleSetNotInForceRefused}: the rule set {ruleSet} is in force from {from} to {to}; {n} evaluation(s) were conducted outside that period, refused under --strict-dates: {ids}");
        }
        else
        {
            ctx.Fail(
                $"警告 {ProblemCodes.RuleSetNotInForce}：规则集 {ruleSet} 的生效期为 {from} 至 {to}，{n} 份评价开展的年度不在其中（已照常处理；--strict-dates 则拒绝）：{ids}",
                $"warning {ProblemCodes.RuleSetNotInForce}: the rule set {ruleSet} is in force from {from} to {to}; {n} evaluation(s) were conducted outside that period (processed all the same; --strict-dates refuses them): {ids}");
        }
    }
}
