using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Internal;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Queries;

/// <summary>
/// The facts about a portfolio's subjects that the read models, the annual report and the disclosure share, defined once:
/// a subject's department and sector, and an evaluation's evaluated amount.
/// </summary>
internal sealed class PortfolioFacts
{
    private readonly Portfolio portfolio;
    private readonly Dictionary<string, Money> departmentBudgets;

    internal PortfolioFacts(Portfolio portfolio)
    {
        this.portfolio = portfolio;
        departmentBudgets = portfolio.SpendingItems
            .GroupBy(i => i.DepartmentCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Aggregate(Money.Zero, (sum, i) => sum + i.Budget), StringComparer.Ordinal);
    }

    /// <summary>The department a subject is or belongs to; null for an internal section.</summary>
    internal string? DepartmentOf(SubjectRef subject)
    {
        portfolio.TryGetSubject(subject, out var s);
        return s switch
        {
            Department d => d.Code,
            BudgetUnit u => u.DepartmentCode,
            SpendingItem i => i.DepartmentCode,
            _ => null,
        };
    }

    /// <summary>The sector of a project or policy; null for other subjects.</summary>
    internal Sector? SectorOf(SubjectRef subject) => portfolio.TryGetSubject(subject, out var s) && s is SpendingItem i ? i.Sector : null;

    /// <summary>The subject's name.</summary>
    internal string NameOf(SubjectRef subject) => portfolio.TryGetSubject(subject, out var s) ? s.Name : subject.Code;

    /// <summary>
    /// The evaluated amount of an evaluation: the adjusted budget of its budget execution when recorded; otherwise the budget
    /// of the project or policy; for a department, the sum of its projects' and policies' budgets; otherwise zero.
    /// </summary>
    internal Money AmountOf(Evaluation evaluation)
    {
        if (evaluation.BudgetExecution is { } execution)
        {
            return execution.AdjustedBudget;
        }

        portfolio.TryGetSubject(evaluation.Subject, out var s);
        return s switch
        {
            SpendingItem i => i.Budget,
            Department d => departmentBudgets.TryGetValue(d.Code, out var sum) ? sum : Money.Zero,
            _ => Money.Zero,
        };
    }

    /// <summary>The results by evaluation id; a result for an unknown evaluation, or a second one, is an error.</summary>
    internal static Dictionary<string, ScoringResult> Index(Portfolio portfolio, IEnumerable<ScoringResult> results, string paramName)
    {
        var ids = new HashSet<string>(portfolio.Evaluations.Select(e => e.Id), StringComparer.Ordinal);
        var map = new Dictionary<string, ScoringResult>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            Guard.Against.InvalidWhen(result is null, paramName, "A scoring result is null.");
            Guard.Against.InvalidWhen(!ids.Contains(result.EvaluationId), paramName, $"The result of {result.EvaluationId} is not for an evaluation of the portfolio.");
            Guard.Against.InvalidWhen(!map.TryAdd(result.EvaluationId, result), paramName, $"There is more than one result for {result.EvaluationId}.");
        }

        return map;
    }
}
