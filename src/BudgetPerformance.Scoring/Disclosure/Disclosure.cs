using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Internal;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Rectification;
using BudgetPerformance.Scoring.Queries;
using BudgetPerformance.Subjects;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Disclosure;

/// <summary>
/// The public projection (公开) of a fiscal year: the approved performance targets of projects, policies and departments, and the
/// results of self-evaluations, department evaluations and finance evaluations, with findings, "报送人大和政府，同时全部在县政府信息
/// 公开网站上公开". Build it with <see cref="Create"/>; write it with <c>DisclosureWriter</c> (package BudgetPerformance.Json).
/// </summary>
/// <remarks>
/// <para>What is left out, always: targets not approved (drafts, submitted, returned) and their reviewers and return reasons; every
/// other evaluation type (ex-ante assessments, target reviews, monitoring, whole-department and internal-section evaluations);
/// evidence (佐证材料), not-applicable reasons and assessors' achievement levels and scores of every record; on-site visit notes and
/// dates; performers' names; rectification owners and dates; indicator explanations and scoring rules.</para>
/// <para>Order (deterministic, ordinal): targets by department code, subject type, subject code; evaluations by type (self,
/// department, finance), department code, subject code, id.</para>
/// <para>Disclosure needs no rule family: it is not an <see cref="IStageEngine{TSelf}"/> and takes no rule set. It publishes the
/// scoring results it is given (scored under whatever rule set the caller named) as they are.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Disclosure
{
    private static readonly EvaluationType[] Published = [EvaluationType.SelfEvaluation, EvaluationType.DepartmentEvaluation, EvaluationType.FinanceEvaluation];

    private Disclosure(FiscalYear year, IReadOnlyList<DisclosedTarget> targets, IReadOnlyList<DisclosedEvaluation> evaluations)
    {
        Year = year;
        Targets = targets;
        Evaluations = evaluations;
    }

    /// <summary>The fiscal year.</summary>
    public FiscalYear Year { get; }

    /// <summary>The approved targets, in the disclosure order.</summary>
    public IReadOnlyList<DisclosedTarget> Targets { get; }

    /// <summary>The published evaluation results, in the disclosure order.</summary>
    public IReadOnlyList<DisclosedEvaluation> Evaluations { get; }

    /// <summary>Projects a portfolio for the public. No rule set is needed: the results carry their totals and grades.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="results">Scoring results of its evaluations (any subset, at most one per evaluation); an evaluation without a complete
    /// result is disclosed without total and grade.</param>
    /// <param name="notices">Rectification notices whose findings are disclosed with their evaluation (notices of other evaluations are ignored).</param>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    /// <exception cref="ArgumentException">A result is not for an evaluation of the portfolio, or is repeated.</exception>
    public static Disclosure Create(Portfolio portfolio, IEnumerable<ScoringResult> results, IEnumerable<RectificationNotice> notices)
    {
        Guard.Against.Null(portfolio);
        Guard.Against.Null(results);
        Guard.Against.Null(notices);
        var byId = PortfolioFacts.Index(portfolio, results, nameof(results));
        var noticeList = Guard.Against.NullItems(notices);

        var facts = new PortfolioFacts(portfolio);
        string? DepartmentName(string? code) =>
            code is not null && portfolio.TryGetSubject(new SubjectRef(SubjectType.Department, code), out var d) ? d.Name : null;

        Money AmountOfSubject(SubjectRef subject) =>
            portfolio.TryGetSubject(subject, out var s) && s is SpendingItem item ? item.Budget
            : subject.Type == SubjectType.Department ? portfolio.SpendingItems.Where(i => i.DepartmentCode == subject.Code).Aggregate(Money.Zero, (sum, i) => sum + i.Budget)
            : Money.Zero;

        var targets = portfolio.Targets
            .Where(t => t.Status == TargetStatus.Approved && t.Subject.Type is SubjectType.Project or SubjectType.Policy or SubjectType.Department)
            .Select(t =>
            {
                var department = facts.DepartmentOf(t.Subject);
                var indicators = t.Indicators.ToRows().Where(r => r.Indicator is not null).Select(r => new DisclosedIndicator(r)).ToArray();
                return new DisclosedTarget(t.Subject, facts.NameOf(t.Subject), department, DepartmentName(department), AmountOfSubject(t.Subject), t.OverallGoal,
                    new ReadOnlyCollection<DisclosedIndicator>(indicators));
            })
            .OrderBy(t => t.DepartmentCode ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(t => t.Subject.Type)
            .ThenBy(t => t.Subject.Code, StringComparer.Ordinal)
            .ToArray();

        var evaluations = portfolio.Evaluations
            .Where(e => Published.Contains(e.Type))
            .Select(e =>
            {
                byId.TryGetValue(e.Id, out var result);
                var complete = result is { Outcome: ScoringOutcome.Complete };
                var scores = result is null
                    ? []
                    : e.Indicators.Indicators.Select((indicator, k) => new DisclosedScore(indicator.Code.Value, indicator.Name, indicator.Points,
                        e.Records[k].State == RecordState.Measured ? e.Records[k].Actual : null, result.Indicators[k].Score)).ToArray();
                var findings = noticeList.Where(n => string.Equals(n.EvaluationId, e.Id, StringComparison.Ordinal))
                    .OrderBy(n => n.Id, StringComparer.Ordinal).Select(n => n.Finding).ToArray();
                var department = facts.DepartmentOf(e.Subject);
                return new DisclosedEvaluation(e.Id, e.Type, e.Subject, facts.NameOf(e.Subject), department, DepartmentName(department), e.Performer.Role, e.CoveredYear,
                    facts.AmountOf(e), complete ? result!.Total : null, complete ? result!.Grade : null,
                    new ReadOnlyCollection<DisclosedScore>(scores), new ReadOnlyCollection<string>(findings));
            })
            .OrderBy(e => Array.IndexOf(Published, e.Type))
            .ThenBy(e => e.DepartmentCode ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(e => e.Subject.Code, StringComparer.Ordinal)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();

        return new Disclosure(portfolio.Year, new ReadOnlyCollection<DisclosedTarget>(targets), new ReadOnlyCollection<DisclosedEvaluation>(evaluations));
    }
}
