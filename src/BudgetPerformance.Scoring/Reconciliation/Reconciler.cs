using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Reconciliation;

/// <summary>
/// Re-checks the scores recorded on a published form (单位自评表 and the like) against the rule set: every row,
/// group, budget score, total and grade that does not match, with both values and the rule that explains the
/// difference. This is how a finance bureau catches inflated or miscomputed self-evaluations.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Reconciler : IStageEngine<Reconciler>
{
    private readonly EvaluationScorer scorer;
    private readonly IndicatorScoringRules scoring;

    /// <summary>Creates a reconciler.</summary>
    /// <param name="ruleSet">The rule set the form should have followed; it must carry the <see cref="RequiredFamilies"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    /// <exception cref="DomainInvariantException">The rule set lacks a family (<c>rule-family-missing</c>, see <see cref="FindProblems"/>).</exception>
    public Reconciler(RuleSet ruleSet)
    {
        RuleSet = StageEngine.Require<Reconciler>(ruleSet);
        scorer = new EvaluationScorer(ruleSet);
        scoring = ruleSet.IndicatorScoring!;
    }

    /// <summary>The stage: <see cref="LifecycleStage.Reconciliation"/>.</summary>
    public static LifecycleStage Stage => LifecycleStage.Reconciliation;

    /// <summary>The families a reconciler reads: those of scoring (it re-scores the form), indicator scoring and aggregation.</summary>
    public static IReadOnlyList<RuleFamily> RequiredFamilies => EvaluationScorer.RequiredFamilies;

    /// <summary>The rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The problem of reconciling under <paramref name="ruleSet"/>: one <c>rule-family-missing</c>, or none.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(RuleSet ruleSet) => StageEngine.FindProblems<Reconciler>(ruleSet);

    /// <summary>Reconciles an evaluation's recorded scores.</summary>
    /// <param name="evaluation">The evaluation, carrying the recorded scores.</param>
    /// <param name="tolerance">The largest difference that still counts as a match (inclusive), at least 0.</param>
    public ReconciliationReport Reconcile(Evaluation evaluation, decimal tolerance)
    {
        Guard.Against.Null(evaluation);
        Guard.Against.BelowZero(tolerance);
        var explanation = scorer.Explain(evaluation);
        var result = explanation.Result;
        var found = new List<Discrepancy>();
        bool Differs(decimal recorded, decimal computed) => Math.Abs(recorded - computed) > tolerance;

        var recordedSum = 0m;
        var allRowsRecorded = true;
        var cells = GroupCells(evaluation);
        for (var i = 0; i < evaluation.Records.Count; i++)
        {
            var record = evaluation.Records[i];
            var indicator = evaluation.Indicators.Indicators[i];
            var x = explanation.Indicators[i];
            var at = indicator.Code.Value;
            var inCell = cells.ContainsKey(indicator.Code);
            var issue = result.Problems.FirstOrDefault(s => s.Location.IndicatorCode == at && s.Severity == ProblemSeverity.Error);
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
                // A row without a score of its own is accounted for when it does not apply, or when a group's score written
                // on the form covers it (a merged score cell); otherwise the form's rows are incomplete and not added up.
                if (record.State is not RecordState.NotApplicable && !inCell)
                {
                    allRowsRecorded = false;
                }

                continue;
            }

            var recorded = record.RecordedScore.Value;
            if (!inCell)
            {
                recordedSum += recorded;
            }

            // Above its points only where scoring would hold the row to them (the same decision: a proportional row under a
            // rule set that does not cap may exceed them), and against the points scoring used (rescaled ones when rescaled).
            var points = (x.Flags & ScoreFlags.Rescaled) != 0 ? x.Points : indicator.Points;
            if (recorded > points && IndicatorCalculator.HeldToPoints(scoring, x.Strategy))
            {
                // Compared with the exact points, said with the points as explanations show them (rescaled ones at the precision).
                var shown = (x.Flags & ScoreFlags.Rescaled) != 0 ? x.PointsShown : indicator.Points;
                found.Add(new Discrepancy(DiscrepancyKind.RowAbovePoints, at, recorded, x.Score,
                    $"{indicator.Name}：表上得分 {S(recorded)} 超过分值 {S(shown)}",
                    $"{indicator.Name}: the recorded score {S(recorded)} exceeds the points {S(shown)}"));
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
            // A group whose members all have scores of their own is not in the cells: its score is their subtotal, compared
            // but not added again.
            if (cells.TryGetValue(group.Members[0], out var cell))
            {
                if (cell)
                {
                    recordedSum += recorded;
                }
                else
                {
                    allRowsRecorded = false;
                }
            }

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
            else if (result.Budget is null)
            {
                // The same decision as scoring's budget-block-not-in-rules: the form scores a block the rule set does not carry.
                found.Add(new Discrepancy(DiscrepancyKind.BudgetScore, "budget", recordedBudget, null,
                    $"预算执行：表上得分 {S(recordedBudget)}，但规则集对{DisplayNames.Of(evaluation.Type).Chinese}不设预算执行分",
                    $"budget execution: recorded {S(recordedBudget)}, but the rule set carries no budget block for a {DisplayNames.Of(evaluation.Type).English}"));
            }
        }

        // What the type must record under the rule set: the problems of scoring, one discrepancy each.
        foreach (var problem in result.Problems)
        {
            if (problem.Code is ProblemCodes.BudgetExecutionMissing or ProblemCodes.OnSiteVisitMissing)
            {
                found.Add(new Discrepancy(DiscrepancyKind.RecordMissing, problem.Location.Element ?? problem.Code, null, null, problem.MessageZh, problem.MessageEn));
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

    /// <summary>
    /// The members of the groups with a score written on the form, each with whether that score is the members' cell in the
    /// add-up check. It is when no member has a score of its own (one merged cell; the group's score counts in their place),
    /// and when every member has one the group's score is a subtotal of rows already counted (it is compared, not added);
    /// a group with some members scored and some not cannot be placed, and the members of a group without a written score
    /// are not covered (an assessed group's score missing from the form leaves the rows incomplete).
    /// </summary>
    private static Dictionary<IndicatorCode, bool> GroupCells(Evaluation evaluation)
    {
        var cells = new Dictionary<IndicatorCode, bool>();
        if (evaluation.Groups.Count == 0)
        {
            return cells;
        }

        var recordOf = new Dictionary<IndicatorCode, IndicatorRecord>();
        foreach (var record in evaluation.Records)
        {
            recordOf[record.Code] = record;
        }

        foreach (var group in evaluation.Groups)
        {
            if (group.RecordedScore is null)
            {
                continue;
            }

            var scored = group.Members.Count(m => recordOf[m].RecordedScore is not null);
            if (scored == group.Members.Count)
            {
                continue;
            }

            foreach (var member in group.Members)
            {
                cells[member] = scored == 0;
            }
        }

        return cells;
    }

    private static string S(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";
}
