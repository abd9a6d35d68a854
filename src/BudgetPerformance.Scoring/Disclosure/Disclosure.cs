using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace BudgetPerformance.Scoring;

/// <summary>One level-3 indicator of a disclosed target: what was promised, as the public target form prints it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DisclosedIndicator
{
    internal DisclosedIndicator(IndicatorRow row)
    {
        var indicator = row.Indicator!;
        Code = indicator.Code.Value;
        LevelOne = row.LevelOne.Name;
        LevelTwo = row.LevelTwo.Name;
        Name = indicator.Name;
        Direction = DirectionSymbols.Of(indicator.Direction);
        Target = indicator.Target;
        Unit = indicator.Unit;
        Points = indicator.Points;
    }

    /// <summary>The level-3 code.</summary>
    public string Code { get; }

    /// <summary>The level-1 name.</summary>
    public string LevelOne { get; }

    /// <summary>The level-2 name.</summary>
    public string LevelTwo { get; }

    /// <summary>The indicator's name.</summary>
    public string Name { get; }

    /// <summary>The direction symbol (<c>&gt;=</c>, <c>=</c>, … or <c>qualitative</c>).</summary>
    public string Direction { get; }

    /// <summary>The target value, or null for a qualitative indicator.</summary>
    public decimal? Target { get; }

    /// <summary>The unit, or null.</summary>
    public string? Unit { get; }

    /// <summary>The points.</summary>
    public decimal Points { get; }
}

/// <summary>An approved performance target as the public sees it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DisclosedTarget
{
    internal DisclosedTarget(SubjectRef subject, string subjectName, string? departmentCode, string? departmentName, Money amount, string overallGoal, IReadOnlyList<DisclosedIndicator> indicators)
    {
        Subject = subject;
        SubjectName = subjectName;
        DepartmentCode = departmentCode;
        DepartmentName = departmentName;
        Amount = amount;
        OverallGoal = overallGoal;
        Indicators = indicators;
    }

    /// <summary>The project, policy or department.</summary>
    public SubjectRef Subject { get; }

    /// <summary>Its name.</summary>
    public string SubjectName { get; }

    /// <summary>The responsible department's code, or null.</summary>
    public string? DepartmentCode { get; }

    /// <summary>The responsible department's name, or null.</summary>
    public string? DepartmentName { get; }

    /// <summary>The budget of the project or policy (for a department, its projects' and policies' budgets summed).</summary>
    public Money Amount { get; }

    /// <summary>The overall goal.</summary>
    public string OverallGoal { get; }

    /// <summary>The level-3 indicators, in tree order.</summary>
    public IReadOnlyList<DisclosedIndicator> Indicators { get; }
}

/// <summary>The score of one level-3 indicator of a disclosed evaluation.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DisclosedScore
{
    internal DisclosedScore(string code, string name, decimal points, decimal? actual, decimal? score)
    {
        Code = code;
        Name = name;
        Points = points;
        Actual = actual;
        Score = score;
    }

    /// <summary>The level-3 code.</summary>
    public string Code { get; }

    /// <summary>The indicator's name.</summary>
    public string Name { get; }

    /// <summary>The points.</summary>
    public decimal Points { get; }

    /// <summary>The measured actual value (实际完成值) of a quantitative indicator, or null.</summary>
    public decimal? Actual { get; }

    /// <summary>The score, or null when it has none (not applicable, missing, grouped, invalid).</summary>
    public decimal? Score { get; }
}

/// <summary>An evaluation result as the public sees it: subject, department, amount, scores, grade and findings.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DisclosedEvaluation
{
    internal DisclosedEvaluation(string id, EvaluationType type, SubjectRef subject, string subjectName, string? departmentCode, string? departmentName, PerformerRole performerRole,
        FiscalYear coveredYear, Money amount, decimal? total, Grade? grade, IReadOnlyList<DisclosedScore> scores, IReadOnlyList<string> findings)
    {
        Id = id;
        Type = type;
        Subject = subject;
        SubjectName = subjectName;
        DepartmentCode = departmentCode;
        DepartmentName = departmentName;
        PerformerRole = performerRole;
        CoveredYear = coveredYear;
        Amount = amount;
        Total = total;
        Grade = grade;
        Scores = scores;
        Findings = findings;
    }

    /// <summary>The evaluation's id.</summary>
    public string Id { get; }

    /// <summary>Self-evaluation, department evaluation or finance evaluation.</summary>
    public EvaluationType Type { get; }

    /// <summary>The evaluated project or policy.</summary>
    public SubjectRef Subject { get; }

    /// <summary>Its name.</summary>
    public string SubjectName { get; }

    /// <summary>The responsible department's code, or null.</summary>
    public string? DepartmentCode { get; }

    /// <summary>The responsible department's name, or null.</summary>
    public string? DepartmentName { get; }

    /// <summary>The role that performed it (the performer's own name is not disclosed).</summary>
    public PerformerRole PerformerRole { get; }

    /// <summary>The fiscal year evaluated.</summary>
    public FiscalYear CoveredYear { get; }

    /// <summary>The evaluated amount (adjusted budget when recorded, else the budget).</summary>
    public Money Amount { get; }

    /// <summary>The total, or null unless the result is complete.</summary>
    public decimal? Total { get; }

    /// <summary>The grade, or null unless the result is complete.</summary>
    public Grade? Grade { get; }

    /// <summary>The indicator scores, in tree order (empty when no result was given).</summary>
    public IReadOnlyList<DisclosedScore> Scores { get; }

    /// <summary>The findings sent for rectification, ordered by notice id (ordinal).</summary>
    public IReadOnlyList<string> Findings { get; }
}

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

    /// <summary>Projects a portfolio for the public.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="results">Scoring results of its evaluations (any subset, at most one per evaluation); an evaluation without a complete
    /// result is disclosed without total and grade.</param>
    /// <param name="notices">Rectification notices whose findings are disclosed with their evaluation (notices of other evaluations are ignored).</param>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    /// <exception cref="ArgumentException">A result is not for an evaluation of the portfolio, or is repeated.</exception>
    public static Disclosure Create(Portfolio portfolio, IEnumerable<ScoringResult> results, IEnumerable<RectificationNotice> notices)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(notices);
        var byId = PortfolioFacts.Index(portfolio, results, nameof(results));
        var noticeList = notices.ToList();
        if (noticeList.Any(n => n is null))
        {
            throw new ArgumentNullException(nameof(notices), "A notice is null.");
        }

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
