using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Reporting;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;


namespace BudgetPerformance.Cli.Reporting;

/// <summary>
/// The figures of the annual report (年度预算绩效工作情况) of one portfolio under one rule set: coverage, grade distribution,
/// the lowest-scoring projects with their explanations, and the proposed budget changes. Every figure is computed from
/// the portfolio.
/// </summary>
/// <remarks>
/// The coverage, tallies, amounts, sectors, grades and proposals are the Scoring library's
/// (<see cref="AnnualReporter"/>); this class adds what the CLI prints beyond them.
/// </remarks>
internal sealed class AnnualReportView
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

    public Money TotalCut => Library.TotalCut;

    /// <summary>The library's annual report (<see cref="AnnualReporter"/>), which the coverage, tallies and proposals come from.</summary>
    public required Scoring.Reporting.AnnualReport Library { get; init; }

    /// <summary>Computes the report.</summary>
    /// <param name="portfolio">The portfolio of the year.</param>
    /// <param name="ruleSet">The rule set (scoring, grading and result application).</param>
    /// <param name="requests">The next year's requests by subject; proposals are made for evaluated subjects that have one.</param>
    /// <param name="lowest">How many lowest-scoring projects to list.</param>
    public static AnnualReportView Compute(Portfolio portfolio, RuleSet ruleSet, IReadOnlyDictionary<SubjectRef, Money> requests, int lowest)
    {
        // The figures of the seed's report come from the Scoring library's annual report; the CLI adds only what that
        // report does not hold: the coverage denominator without earlier years' projects, the ex-ante conclusions, the
        // lowest-scoring projects with their explanations, and the evaluation each proposal is based on (its EvaluationId).
        var library = new AnnualReporter(ruleSet).Build(portfolio, requests);
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

        var distribution = results.GroupBy(r => r.Evaluation.Type).OrderBy(g => g.Key).Select(g => new GradeDistributionRow(
            g.Key,
            library.Tally(g.Key).Evaluations,
            library.Tally(g.Key).Grades.ToDictionary(c => c.Grade, c => c.Count),
            Enum.GetValues<ExAnteConclusion>().ToDictionary(c => c, c => g.Count(r => r.Result.Conclusion == c)),
            g.Count(r => r.Result.Outcome == ScoringOutcome.Incomplete),
            g.Count(r => r.Result.Outcome == ScoringOutcome.Invalid))).ToList();

        var low = results
            .Where(r => r.Result.Total is not null && r.Result.Grade is not null && r.Evaluation.Subject.Type is SubjectType.Project or SubjectType.Policy)
            .OrderBy(r => r.Result.Total).ThenBy(r => r.Evaluation.Id, StringComparer.Ordinal)
            .Take(lowest)
            .Select(r => new LowScoreRow(r.Evaluation, NameOf(r.Evaluation.Subject), DepartmentOf(r.Evaluation.Subject), scorer.Explain(r.Evaluation)))
            .ToList();

        var evaluationsById = portfolio.Evaluations.ToDictionary(e => e.Id, StringComparer.Ordinal);

        var self = library.SelfEvaluation;
        var dept = library.DepartmentEvaluation;
        var fin = library.FinanceEvaluation;
        return new AnnualReportView
        {
            Library = library,
            Year = portfolio.Year,
            RuleSet = ruleSet,
            TargetDepartments = library.DepartmentsWithTargets,
            TargetProjects = library.ProjectsWithTargets,
            CurrentProjects = current,
            ExAnteAssessments = library.ExAnteAssessments,
            SelfEvaluations = self.Evaluations,
            SelfEvaluatedProjects = self.Subjects,
            SelfEvaluatedDepartments = self.Departments,
            SelfEvaluatedYears = self.CoveredYears,
            DepartmentEvaluations = dept.Evaluations,
            DepartmentEvaluationDepartments = dept.Departments,
            DepartmentEvaluationAmount = dept.Amount,
            FinanceEvaluations = fin.Evaluations,
            FinanceEvaluationAmount = fin.Amount,
            FinanceSectors = fin.Sectors,
            FinanceOnSiteVisits = portfolio.Evaluations.Count(e => e.Type == EvaluationType.FinanceEvaluation && e.OnSiteVisit is not null),
            WholeDepartment = results.Where(r => r.Evaluation.Type == EvaluationType.WholeDepartmentEvaluation && r.Evaluation.Subject.Type == SubjectType.Department)
                .Select(r => (departments[r.Evaluation.Subject.Code], r.Result)).ToList(),
            Distribution = distribution,
            Lowest = low,
            Proposals = library.Proposals
                .Select(p => new ProposalRow(evaluationsById[p.EvaluationId], DepartmentOf(p.Subject), p))
                .OrderBy(p => p.Proposal.Difference?.Yuan ?? 0m).ThenBy(p => p.Proposal.Subject.Code, StringComparer.Ordinal).ToList(),
        };
    }
}
