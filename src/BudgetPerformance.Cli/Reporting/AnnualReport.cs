using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring;

namespace BudgetPerformance.Cli.Reporting;

internal sealed record GradeDistributionRow(EvaluationType Type, int Count, IReadOnlyDictionary<Grade, int> Grades, IReadOnlyDictionary<ExAnteConclusion, int> Conclusions, int Incomplete, int Invalid);

internal sealed record LowScoreRow(Evaluation Evaluation, string SubjectName, string DepartmentName, ScoringExplanation Explanation);

internal sealed record ProposalRow(Evaluation Evaluation, string DepartmentName, BudgetProposal Proposal);

/// <summary>
/// The figures of the annual report (年度预算绩效工作情况) of one portfolio under one rule set: coverage, grade distribution,
/// the lowest-scoring projects with their explanations, and the proposed budget changes. Every figure is computed from
/// the portfolio here, in this one class.
/// </summary>
/// <remarks>
/// The Scoring library's own annual-report computation (src/BudgetPerformance.Scoring/Reporting/) was being built in
/// parallel when the CLI was written; when it lands, <see cref="Compute"/> is the one place to switch over to it.
/// </remarks>
internal sealed class AnnualReport
{
    public required FiscalYear Year { get; init; }

    public required RuleSet RuleSet { get; init; }

    /// <summary>Departments that have at least one project with a target of the year.</summary>
    public required int TargetDepartments { get; init; }

    /// <summary>Projects and policies with a target of the year.</summary>
    public required int TargetProjects { get; init; }

    /// <summary>Projects and policies of the year: those with a target or not only the subject of evaluations of earlier years.</summary>
    public required int CurrentProjects { get; init; }

    public required int ExAnteAssessments { get; init; }

    public required int SelfEvaluations { get; init; }

    public required int SelfEvaluatedProjects { get; init; }

    public required int SelfEvaluatedDepartments { get; init; }

    public required IReadOnlyList<FiscalYear> SelfEvaluatedYears { get; init; }

    public required int DepartmentEvaluations { get; init; }

    public required int DepartmentEvaluationDepartments { get; init; }

    public required Money DepartmentEvaluationAmount { get; init; }

    public required int FinanceEvaluations { get; init; }

    public required Money FinanceEvaluationAmount { get; init; }

    public required IReadOnlyList<Sector> FinanceSectors { get; init; }

    public required int FinanceOnSiteVisits { get; init; }

    public required IReadOnlyList<(Department Department, ScoringResult Result)> WholeDepartment { get; init; }

    public required IReadOnlyList<GradeDistributionRow> Distribution { get; init; }

    public required IReadOnlyList<LowScoreRow> Lowest { get; init; }

    public required IReadOnlyList<ProposalRow> Proposals { get; init; }

    public IEnumerable<ProposalRow> Cuts => Proposals.Where(p => p.Proposal.Difference is { } d && d < Money.Zero);

    public Money TotalCut => Cuts.Aggregate(Money.Zero, (sum, p) => sum - p.Proposal.Difference!.Value);

    private static readonly EvaluationType[] Precedence =
        [EvaluationType.FinanceEvaluation, EvaluationType.DepartmentEvaluation, EvaluationType.WholeDepartmentEvaluation, EvaluationType.SelfEvaluation];

    /// <summary>Computes the report.</summary>
    /// <param name="portfolio">The portfolio of the year.</param>
    /// <param name="ruleSet">The rule set (scoring, grading and result application).</param>
    /// <param name="requests">The next year's requests by subject; proposals are made for evaluated subjects that have one.</param>
    /// <param name="lowest">How many lowest-scoring projects to list.</param>
    public static AnnualReport Compute(Portfolio portfolio, RuleSet ruleSet, IReadOnlyDictionary<SubjectRef, Money> requests, int lowest)
    {
        var scorer = new EvaluationScorer(ruleSet);
        var results = portfolio.Evaluations.Select(e => (Evaluation: e, Result: scorer.Score(e))).ToList();
        var items = portfolio.SpendingItems.ToDictionary(i => i.Ref);
        var departments = portfolio.Departments.ToDictionary(d => d.Code, StringComparer.Ordinal);
        string DepartmentOf(SubjectRef subject) =>
            subject.Type == SubjectType.Department ? departments[subject.Code].Name
            : items.TryGetValue(subject, out var item) ? departments[item.DepartmentCode].Name : "—";
        string NameOf(SubjectRef subject) => portfolio.TryGetSubject(subject, out var s) ? s.Name : subject.Code;

        var targeted = portfolio.Targets.Where(t => t.Year == portfolio.Year && items.ContainsKey(t.Subject)).Select(t => t.Subject).ToHashSet();
        var earlierOnly = portfolio.Evaluations.Where(e => e.CoveredYear < portfolio.Year).Select(e => e.Subject).ToHashSet();
        var current = portfolio.SpendingItems.Count(i => targeted.Contains(i.Ref) || !earlierOnly.Contains(i.Ref));

        List<Evaluation> OfType(EvaluationType type) => portfolio.Evaluations.Where(e => e.Type == type).ToList();
        var self = OfType(EvaluationType.SelfEvaluation);
        var dept = OfType(EvaluationType.DepartmentEvaluation);
        var fin = OfType(EvaluationType.FinanceEvaluation);
        Money Amount(IEnumerable<Evaluation> evaluations) =>
            evaluations.Select(e => e.Subject).Distinct().Where(items.ContainsKey).Aggregate(Money.Zero, (sum, s) => sum + items[s].Budget);

        var distribution = results.GroupBy(r => r.Evaluation.Type).OrderBy(g => g.Key).Select(g => new GradeDistributionRow(
            g.Key,
            g.Count(),
            Enum.GetValues<Grade>().ToDictionary(grade => grade, grade => g.Count(r => r.Result.Grade == grade)),
            Enum.GetValues<ExAnteConclusion>().ToDictionary(c => c, c => g.Count(r => r.Result.Conclusion == c)),
            g.Count(r => r.Result.Outcome == ScoringOutcome.Incomplete),
            g.Count(r => r.Result.Outcome == ScoringOutcome.Invalid))).ToList();

        var low = results
            .Where(r => r.Result.Total is not null && r.Result.Grade is not null && r.Evaluation.Subject.Type is SubjectType.Project or SubjectType.Policy)
            .OrderBy(r => r.Result.Total).ThenBy(r => r.Evaluation.Id, StringComparer.Ordinal)
            .Take(lowest)
            .Select(r => new LowScoreRow(r.Evaluation, NameOf(r.Evaluation.Subject), DepartmentOf(r.Evaluation.Subject), scorer.Explain(r.Evaluation)))
            .ToList();

        var proposals = new List<ProposalRow>();
        if (ruleSet.ResultApplication is { } application)
        {
            var proposer = new BudgetProposer(application, ruleSet.Rectification);
            foreach (var group in results.Where(r => r.Result.Grade is not null && requests.ContainsKey(r.Evaluation.Subject)).GroupBy(r => r.Evaluation.Subject))
            {
                var decisive = group.OrderBy(r => Array.IndexOf(Precedence, r.Evaluation.Type) is var i && i < 0 ? int.MaxValue : i).ThenBy(r => r.Evaluation.Id, StringComparer.Ordinal).First();
                var subject = group.Key;
                var kind = subject.Type == SubjectType.Department ? ProjectKind.WholeDepartment : items[subject].Kind;
                var evaluated = items.TryGetValue(subject, out var item) ? item.Budget : requests[subject];
                var proposal = proposer.Propose(new ProposalRequest(subject, NameOf(subject), kind, [decisive.Result.Grade!.Value], requests[subject], evaluated));
                proposals.Add(new ProposalRow(decisive.Evaluation, DepartmentOf(subject), proposal));
            }
        }

        return new AnnualReport
        {
            Year = portfolio.Year,
            RuleSet = ruleSet,
            TargetDepartments = portfolio.SpendingItems.Where(i => targeted.Contains(i.Ref)).Select(i => i.DepartmentCode).Distinct(StringComparer.Ordinal).Count(),
            TargetProjects = targeted.Count,
            CurrentProjects = current,
            ExAnteAssessments = OfType(EvaluationType.ExAnteAssessment).Count,
            SelfEvaluations = self.Count,
            SelfEvaluatedProjects = self.Select(e => e.Subject).Distinct().Count(),
            SelfEvaluatedDepartments = self.Where(e => items.ContainsKey(e.Subject)).Select(e => items[e.Subject].DepartmentCode).Distinct(StringComparer.Ordinal).Count(),
            SelfEvaluatedYears = self.Select(e => e.CoveredYear).Distinct().Order().ToList(),
            DepartmentEvaluations = dept.Count,
            DepartmentEvaluationDepartments = dept.Where(e => items.ContainsKey(e.Subject)).Select(e => items[e.Subject].DepartmentCode).Distinct(StringComparer.Ordinal).Count(),
            DepartmentEvaluationAmount = Amount(dept),
            FinanceEvaluations = fin.Count,
            FinanceEvaluationAmount = Amount(fin),
            FinanceSectors = fin.Where(e => items.ContainsKey(e.Subject)).Select(e => items[e.Subject].Sector).Distinct().OrderBy(s => IndexOf(s)).ToList(),
            FinanceOnSiteVisits = fin.Count(e => e.OnSiteVisit is not null),
            WholeDepartment = results.Where(r => r.Evaluation.Type == EvaluationType.WholeDepartmentEvaluation && r.Evaluation.Subject.Type == SubjectType.Department)
                .Select(r => (departments[r.Evaluation.Subject.Code], r.Result)).ToList(),
            Distribution = distribution,
            Lowest = low,
            Proposals = proposals.OrderBy(p => p.Proposal.Difference?.Yuan ?? 0m).ThenBy(p => p.Proposal.Subject.Code, StringComparer.Ordinal).ToList(),
        };
    }

    private static int IndexOf(Sector sector)
    {
        var i = Sector.BuiltIn.ToList().IndexOf(sector);
        return i < 0 ? int.MaxValue : i;
    }
}
