using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Queries;
using BudgetPerformance.Rectification;
using BudgetPerformance.Targets;

namespace BudgetPerformance.Scoring.Queries;

/// <summary>
/// Builds the flat read models of <see cref="BudgetPerformance.Queries"/> from a portfolio and its scoring results, ready to
/// be queried in memory or stored in a database and queried with the same specifications
/// (<see cref="BudgetPerformance.Queries.Specifications"/>).
/// </summary>
/// <remarks>Pure functions; thread-safe.</remarks>
public static class SummaryBuilder
{
    /// <summary>
    /// One <see cref="ProjectSummary"/> per project or policy, in portfolio order: a target of the portfolio for it (any status,
    /// or approved) and an ex-ante assessment of it among the portfolio's evaluations set the flags.
    /// </summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is null.</exception>
    public static IReadOnlyList<ProjectSummary> Projects(Portfolio portfolio)
    {
        Guard.Against.Null(portfolio);
        var targeted = portfolio.Targets.Select(t => t.Subject).ToHashSet();
        var approved = portfolio.Targets.Where(t => t.Status == TargetStatus.Approved).Select(t => t.Subject).ToHashSet();
        var assessed = portfolio.Evaluations.Where(e => e.Type == EvaluationType.ExAnteAssessment).Select(e => e.Subject).ToHashSet();
        var list = portfolio.SpendingItems.Select((item, k) => new ProjectSummary(
            portfolio.Year.Year, k, item.Type, item.Code, item.Name, item.DepartmentCode, item.UnitCode, item.Sector.Code, item.Kind, item.IsNewMajor,
            item.Budget.Yuan, targeted.Contains(item.Ref), approved.Contains(item.Ref), assessed.Contains(item.Ref))).ToArray();
        return new ReadOnlyCollection<ProjectSummary>(list);
    }

    /// <summary>
    /// One <see cref="EvaluationSummary"/> per evaluation of the portfolio, in portfolio order, with the total and grade of its
    /// scoring result when that result is complete (null otherwise, or when no result is given for it). The evaluated amount is
    /// the adjusted budget of the budget execution when recorded, else the budget of the project or policy, else for a department
    /// the sum of its projects' and policies' budgets, else zero.
    /// </summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="results">Scoring results of the portfolio's evaluations (at most one per evaluation; any subset).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A result is null, not for an evaluation of the portfolio, or repeated.</exception>
    public static IReadOnlyList<EvaluationSummary> Evaluations(Portfolio portfolio, IEnumerable<ScoringResult> results)
    {
        Guard.Against.Null(portfolio);
        Guard.Against.Null(results);
        var byId = PortfolioFacts.Index(portfolio, results, nameof(results));
        var facts = new PortfolioFacts(portfolio);
        var list = portfolio.Evaluations.Select((e, k) =>
        {
            byId.TryGetValue(e.Id, out var result);
            var complete = result is { Outcome: ScoringOutcome.Complete };
            return new EvaluationSummary(e.Id, k, e.Type, e.Subject.Type, e.Subject.Code, facts.NameOf(e.Subject), facts.DepartmentOf(e.Subject),
                facts.SectorOf(e.Subject)?.Code, e.Performer.Role, e.CoveredYear.Year, e.ConductedIn.Year, facts.AmountOf(e).Yuan,
                complete ? result!.Total : null, complete ? result!.Grade : null);
        }).ToArray();
        return new ReadOnlyCollection<EvaluationSummary>(list);
    }

    /// <summary>One <see cref="RectificationSummary"/> per notice, in the order given.</summary>
    /// <param name="notices">The notices.</param>
    /// <exception cref="ArgumentNullException"><paramref name="notices"/> or a notice is null.</exception>
    public static IReadOnlyList<RectificationSummary> Rectifications(IEnumerable<RectificationNotice> notices)
    {
        Guard.Against.Null(notices);
        return new ReadOnlyCollection<RectificationSummary>(notices.Select((n, k) => RectificationSummary.From(Guard.Against.Null(n, nameof(notices)), k)).ToArray());
    }
}
