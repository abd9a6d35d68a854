using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;

namespace BudgetPerformance.Scoring;

/// <summary>What kind of mismatch reconciliation found on a published form.</summary>
public enum DiscrepancyKind
{
    /// <summary>A row's recorded score differs from the recomputed one by more than the tolerance.</summary>
    RowScore = 0,

    /// <summary>A row's recorded score exceeds the indicator's points.</summary>
    RowAbovePoints = 1,

    /// <summary>A recorded qualitative score lies outside the band of its achievement level.</summary>
    OutOfBand = 2,

    /// <summary>A group's recorded score differs from the recomputed one.</summary>
    GroupScore = 3,

    /// <summary>The recorded budget-execution score differs from the recomputed one.</summary>
    BudgetScore = 4,

    /// <summary>The recorded row scores (with the budget score) do not add up to the recorded total.</summary>
    RowsDoNotAddUp = 5,

    /// <summary>The recorded total differs from the recomputed total.</summary>
    Total = 6,

    /// <summary>The recorded grade does not match the recomputed total, or not even the recorded total.</summary>
    Grade = 7,

    /// <summary>A row could not be recomputed (invalid input); the issue says why.</summary>
    NotScorable = 8,
}

/// <summary>One mismatch between a published form and the recomputation under the rule set.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Discrepancy
{
    internal Discrepancy(DiscrepancyKind kind, string at, decimal? recorded, decimal? computed, string messageZh, string messageEn)
    {
        Kind = kind;
        At = at;
        Recorded = recorded;
        Computed = computed;
        MessageZh = messageZh;
        MessageEn = messageEn;
    }

    /// <summary>The kind.</summary>
    public DiscrepancyKind Kind { get; }

    /// <summary>Where: an indicator code, a group id, <c>budget</c>, <c>total</c> or <c>grade</c>.</summary>
    public string At { get; }

    /// <summary>The value on the form, or null.</summary>
    public decimal? Recorded { get; }

    /// <summary>The recomputed value, or null.</summary>
    public decimal? Computed { get; }

    /// <summary>What is wrong and the rule that explains the difference, in Chinese.</summary>
    public string MessageZh { get; }

    /// <summary>What is wrong and the rule that explains the difference, in English.</summary>
    public string MessageEn { get; }

    /// <summary>The kind, place and English message.</summary>
    public override string ToString() => $"{Kind} at {At}: {MessageEn}";
}

/// <summary>The reconciliation of one evaluation's published form.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReconciliationReport
{
    internal ReconciliationReport(string evaluationId, decimal tolerance, ScoringExplanation explanation, IReadOnlyList<Discrepancy> discrepancies)
    {
        EvaluationId = evaluationId;
        Tolerance = tolerance;
        Explanation = explanation;
        Discrepancies = discrepancies;
    }

    /// <summary>The evaluation's id.</summary>
    public string EvaluationId { get; }

    /// <summary>The tolerance used (a difference of at most this much is a match, inclusive).</summary>
    public decimal Tolerance { get; }

    /// <summary>The recomputation, explained.</summary>
    public ScoringExplanation Explanation { get; }

    /// <summary>Every mismatch found, rows first, then groups, budget, sums, total and grade.</summary>
    public IReadOnlyList<Discrepancy> Discrepancies { get; }

    /// <summary>Whether nothing mismatched.</summary>
    public bool IsClean => Discrepancies.Count == 0;
}

/// <summary>
/// Re-checks the scores recorded on a published form (单位自评表 and the like) against the rule set: every row,
/// group, budget score, total and grade that does not match, with both values and the rule that explains the
/// difference. This is how a finance bureau catches inflated or miscomputed self-evaluations.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Reconciler
{
    private readonly EvaluationScorer scorer;

    /// <summary>Creates a reconciler.</summary>
    /// <param name="ruleSet">The rule set the form should have followed.</param>
    public Reconciler(RuleSet ruleSet) => scorer = new EvaluationScorer(ruleSet);

    /// <summary>Reconciles an evaluation's recorded scores.</summary>
    /// <param name="evaluation">The evaluation, carrying the recorded scores.</param>
    /// <param name="tolerance">The largest difference that still counts as a match (inclusive), at least 0.</param>
    public ReconciliationReport Reconcile(Evaluation evaluation, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        var explanation = scorer.Explain(evaluation);
        var result = explanation.Result;
        var found = new List<Discrepancy>();
        bool Differs(decimal recorded, decimal computed) => Math.Abs(recorded - computed) > tolerance;

        var recordedSum = 0m;
        var allRowsRecorded = true;
        for (var i = 0; i < evaluation.Records.Count; i++)
        {
            var record = evaluation.Records[i];
            var indicator = evaluation.Indicators.Indicators[i];
            var x = explanation.Indicators[i];
            var at = indicator.Code.Value;
            var issue = result.Problems.FirstOrDefault(s => s.Location.IndicatorCode == at);
            if (issue?.Code == ProblemCodes.OutOfBand)
            {
                found.Add(new Discrepancy(DiscrepancyKind.OutOfBand, at, record.AssessorScore, null,
                    $"{indicator.Name}：评价人打分 {S(record.AssessorScore)} 不在所选档次的分值区间内",
                    $"{indicator.Name}: the assessor's score {S(record.AssessorScore)} lies outside the band of the chosen level ({issue.MessageEn})"));
            }

            // Plain null checks and .Value rather than "is not { } x ... continue": a mutant of the condition would leave x
            // unassigned, fail to compile, and make Stryker drop every mutant of this method (safe mode).
            if (record.RecordedScore is null)
            {
                if (record.State is not (RecordState.Grouped or RecordState.NotApplicable))
                {
                    allRowsRecorded = false;
                }

                continue;
            }

            var recorded = record.RecordedScore.Value;
            recordedSum += recorded;
            if (recorded > indicator.Points)
            {
                found.Add(new Discrepancy(DiscrepancyKind.RowAbovePoints, at, recorded, x.Score,
                    $"{indicator.Name}：表上得分 {S(recorded)} 超过分值 {S(indicator.Points)}",
                    $"{indicator.Name}: the recorded score {S(recorded)} exceeds the points {S(indicator.Points)}"));
            }

            if (x.Score is null)
            {
                if (issue is not null && issue.Code != ProblemCodes.OutOfBand)
                {
                    found.Add(new Discrepancy(DiscrepancyKind.NotScorable, at, recorded, null, $"{indicator.Name}：无法重新计分（{issue.Code}）", $"{indicator.Name}: cannot be recomputed ({issue})"));
                }

                continue;
            }

            var computed = x.Score.Value;
            if (Differs(recorded, computed))
            {
                found.Add(new Discrepancy(DiscrepancyKind.RowScore, at, recorded, computed,
                    $"{indicator.Name}：表上得分 {S(recorded)}，按规则应为 {x.FormulaZh}",
                    $"{indicator.Name}: recorded {S(recorded)}, the rule gives {x.FormulaEn}"));
            }
        }

        for (var g = 0; g < evaluation.Groups.Count; g++)
        {
            var group = evaluation.Groups[g];
            if (group.RecordedScore is null)
            {
                continue;
            }

            var recorded = group.RecordedScore.Value;
            recordedSum += recorded;
            if (result.Groups[g].Score is { } computed && Differs(recorded, computed))
            {
                found.Add(new Discrepancy(DiscrepancyKind.GroupScore, group.Id, recorded, computed,
                    $"合并打分 {group.Id}：表上得分 {S(recorded)}，按规则应为 {S(computed)}",
                    $"group {group.Id}: recorded {S(recorded)}, the rule gives {S(computed)}"));
            }
        }

        if (evaluation.BudgetExecution?.RecordedScore is { } recordedBudget)
        {
            recordedSum += recordedBudget;
            if (result.Budget?.Score is { } computedBudget && Differs(recordedBudget, computedBudget))
            {
                found.Add(new Discrepancy(DiscrepancyKind.BudgetScore, "budget", recordedBudget, computedBudget,
                    $"预算执行：表上得分 {S(recordedBudget)}，按规则应为 {explanation.BudgetZh}",
                    $"budget execution: recorded {S(recordedBudget)}, the rule gives {explanation.BudgetEn}"));
            }
        }

        if (evaluation.RecordedTotal is { } recordedTotal)
        {
            if (allRowsRecorded && Differs(recordedSum, recordedTotal))
            {
                found.Add(new Discrepancy(DiscrepancyKind.RowsDoNotAddUp, "total", recordedTotal, recordedSum,
                    $"表上各行得分合计 {S(recordedSum)}，与表上总分 {S(recordedTotal)} 不符",
                    $"the recorded rows add up to {S(recordedSum)}, not to the recorded total {S(recordedTotal)}"));
            }

            if (result.Total is { } total && Differs(recordedTotal, total))
            {
                found.Add(new Discrepancy(DiscrepancyKind.Total, "total", recordedTotal, total,
                    $"表上总分 {S(recordedTotal)}，按规则应为 {explanation.TotalZh}",
                    $"recorded total {S(recordedTotal)}, the rule gives {explanation.TotalEn}"));
            }
        }

        if (evaluation.RecordedGrade is { } recordedGrade)
        {
            var scale = scorer.RuleSet.Grading.Scale;
            if (result.Grade is { } grade && grade != recordedGrade)
            {
                found.Add(new Discrepancy(DiscrepancyKind.Grade, "grade", null, null,
                    $"表上等级 {recordedGrade.GetDisplayName().Chinese}，按规则应为 {explanation.GradeZh}",
                    $"recorded grade {recordedGrade.GetDisplayName().English}, the rule gives {explanation.GradeEn}"));
            }
            else if (evaluation.RecordedTotal is { } t && t >= GradeScale.Minimum && t <= GradeScale.Maximum && scale.Classify(scorer.RuleSet.Grading.TotalRounding.Apply(t)) != recordedGrade)
            {
                var expected = scale.Classify(scorer.RuleSet.Grading.TotalRounding.Apply(t)).GetDisplayName();
                found.Add(new Discrepancy(DiscrepancyKind.Grade, "grade", t, null,
                    $"表上等级 {recordedGrade.GetDisplayName().Chinese} 与表上总分 {S(t)} 不符（应为 {expected.Chinese}）",
                    $"the recorded grade {recordedGrade.GetDisplayName().English} does not match the recorded total {S(t)} (that is {expected.English})"));
            }
        }

        return new ReconciliationReport(evaluation.Id, tolerance, explanation, new ReadOnlyCollection<Discrepancy>(found));
    }

    private static string S(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";
}

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
