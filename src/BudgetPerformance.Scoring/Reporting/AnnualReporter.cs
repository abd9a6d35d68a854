using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Internal;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring.Proposals;
using BudgetPerformance.Scoring.Queries;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Reporting;

/// <summary>
/// Computes the annual report of a fiscal year (年度预算绩效工作报告) from a portfolio: every count, amount and proposal the
/// seed reports, derived from the recorded facts under the rule set the reporter is built with. No clock, no culture, no state.
/// </summary>
/// <remarks>
/// <para>Definitions (each a test computes independently):</para>
/// <list type="bullet">
/// <item>targets: a project or policy "has a target" when the portfolio holds a performance target for it in any status; departments
/// with targets are the distinct departments responsible for those projects and policies;</item>
/// <item>monitoring: a project or policy is monitored when the portfolio holds a monitoring evaluation of it;</item>
/// <item>tallies: per evaluation type, the evaluations conducted in the year, their distinct subjects, the distinct departments the
/// subjects are or belong to, the evaluated amount (adjusted budget when recorded, else the project's budget, else for a department
/// the sum of its projects' budgets), the sectors and the grades of complete results under the rule set (scored by an
/// <see cref="EvaluationScorer"/>);</item>
/// <item>proposals: for each subject with a next-year request, its most authoritative complete, graded result (finance
/// evaluation, then whole-department evaluation, then department evaluation, then self-evaluation; the first in portfolio order
/// within a type) is given to a <see cref="BudgetProposer"/> of the rule set (result application, and rectification when present,
/// with no notices) in a <see cref="ProposalRequest"/>, without earlier grades; the evaluated amount of that evaluation is the basis
/// of a reward.</item>
/// </list>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class AnnualReporter : IStageEngine<AnnualReporter>
{
    private static readonly EvaluationType[] Authority =
        [EvaluationType.FinanceEvaluation, EvaluationType.WholeDepartmentEvaluation, EvaluationType.DepartmentEvaluation, EvaluationType.SelfEvaluation];

    private static readonly Grade[] BestFirst = [Grade.Excellent, Grade.Good, Grade.Fair, Grade.Poor];

    private readonly EvaluationScorer scorer;
    private readonly BudgetProposer proposer;

    /// <summary>Creates a reporter.</summary>
    /// <param name="ruleSet">The rule set that scores the evaluations and proposes budgets; it must carry the
    /// <see cref="RequiredFamilies"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    /// <exception cref="DomainInvariantException">The rule set lacks a family the report needs (<c>rule-family-missing</c>, naming
    /// every one it lacks, the problem <see cref="FindProblems"/> gives; parameter <c>ruleSet</c>).</exception>
    public AnnualReporter(RuleSet ruleSet)
    {
        RuleSet = StageEngine.Require<AnnualReporter>(ruleSet);
        scorer = new EvaluationScorer(ruleSet);
        proposer = new BudgetProposer(ruleSet);
    }

    /// <summary>The stage: <see cref="LifecycleStage.Reporting"/>.</summary>
    public static LifecycleStage Stage => LifecycleStage.Reporting;

    /// <summary>The families a reporter reads besides grading: what scoring needs (indicator scoring, aggregation) and what
    /// proposals need (result application).</summary>
    public static IReadOnlyList<RuleFamily> RequiredFamilies { get; } =
        ImmutableArray.Create(RuleFamily.IndicatorScoring, RuleFamily.Aggregation, RuleFamily.ResultApplication);

    /// <summary>The rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The problem of reporting under <paramref name="ruleSet"/>: one <c>rule-family-missing</c> naming every family of
    /// <see cref="RequiredFamilies"/> it lacks, or none. The constructor refuses the same rule sets.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(RuleSet ruleSet) => StageEngine.FindProblems<AnnualReporter>(ruleSet);

    /// <summary>Builds the report.</summary>
    /// <param name="portfolio">The fiscal year's portfolio.</param>
    /// <param name="nextYearRequests">The next year's requested amount per subject (a project, policy or department of the
    /// portfolio); not negative. May be empty: then no proposal is made.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A request names a subject that is not in the portfolio or is a unit or internal
    /// section, or is negative.</exception>
    public AnnualReport Build(Portfolio portfolio, IReadOnlyDictionary<SubjectRef, Money> nextYearRequests)
    {
        Guard.Against.Null(portfolio);
        Guard.Against.Null(nextYearRequests);
        foreach (var (subject, amount) in nextYearRequests)
        {
            Guard.Against.InvalidWhen(!portfolio.TryGetSubject(subject, out var s) || s is not (SpendingItem or Department), nameof(nextYearRequests), $"The request for {subject} does not name a project, policy or department of the portfolio.");

            Guard.Against.InvalidWhen(amount.IsNegative, nameof(nextYearRequests), $"The request for {subject} is negative.");
        }

        var facts = new PortfolioFacts(portfolio);
        var results = portfolio.Evaluations.Select(scorer.Score).ToArray();
        Grade? GradeOf(int k) => results[k].Outcome == ScoringOutcome.Complete ? results[k].Grade : null;

        var items = portfolio.SpendingItems;
        var targeted = portfolio.Targets.Select(t => t.Subject).ToHashSet();
        var withTargets = items.Where(i => targeted.Contains(i.Ref)).ToArray();
        var assessed = portfolio.Evaluations.Where(e => e.Type == EvaluationType.ExAnteAssessment).Select(e => e.Subject).ToHashSet();
        var monitoredRefs = portfolio.Evaluations.Where(e => e.Type == EvaluationType.Monitoring).Select(e => e.Subject).ToHashSet();
        var monitored = items.Where(i => monitoredRefs.Contains(i.Ref)).ToArray();

        var tallies = new List<EvaluationTally>();
        foreach (var type in Enum.GetValues<EvaluationType>())
        {
            var indices = Enumerable.Range(0, results.Length).Where(k => portfolio.Evaluations[k].Type == type).ToArray();
            var evaluations = indices.Select(k => portfolio.Evaluations[k]).ToArray();
            var grades = indices.Select(GradeOf).ToArray();
            tallies.Add(new EvaluationTally(
                type,
                evaluations.Length,
                evaluations.Select(e => e.Subject).Distinct().Count(),
                evaluations.Select(e => facts.DepartmentOf(e.Subject)).OfType<string>().Distinct(StringComparer.Ordinal).Count(),
                evaluations.Aggregate(Money.Zero, (sum, e) => sum + facts.AmountOf(e)),
                OrderSectors(evaluations.Select(e => facts.SectorOf(e.Subject)).OfType<Sector>()),
                Count(grades.OfType<Grade>()),
                grades.Count(g => g is null),
                new ReadOnlyCollection<FiscalYear>(evaluations.Select(e => e.CoveredYear).Distinct().Order().ToArray())));
        }

        var distribution = Count(Enumerable.Range(0, results.Length)
            .Where(k => Authority.Contains(portfolio.Evaluations[k].Type))
            .Select(GradeOf).OfType<Grade>());

        var proposals = new List<BudgetProposal>();
        var without = new List<SubjectRef>();
        foreach (var subject in portfolio.Departments.Cast<Subject>().Concat(items))
        {
            if (!nextYearRequests.TryGetValue(subject.Ref, out var request))
            {
                continue;
            }

            var best = Authority
                .SelectMany(type => Enumerable.Range(0, results.Length).Where(k => portfolio.Evaluations[k].Type == type && portfolio.Evaluations[k].Subject == subject.Ref && GradeOf(k) is not null))
                .Cast<int?>()
                .FirstOrDefault();
            if (best is null)
            {
                without.Add(subject.Ref);
                continue;
            }

            var k = best.Value;
            proposals.Add(proposer.Propose(new ProposalRequest(subject, results[k], request, facts.AmountOf(portfolio.Evaluations[k]))));
        }

        var wholeNames = portfolio.Evaluations.Where(e => e.Type == EvaluationType.WholeDepartmentEvaluation)
            .Select(e => facts.NameOf(e.Subject)).Distinct(StringComparer.Ordinal).ToArray();

        return new AnnualReport(
            portfolio.Year,
            RuleSet.Id,
            RuleSet.Version,
            portfolio.Departments.Count,
            items.Count,
            items.Aggregate(Money.Zero, (sum, i) => sum + i.Budget),
            withTargets.Length,
            withTargets.Select(i => i.DepartmentCode).Distinct(StringComparer.Ordinal).Count(),
            items.Count(i => i.IsNewMajor),
            items.Count(i => i.IsNewMajor && assessed.Contains(i.Ref)),
            monitored.Length,
            monitored.Aggregate(Money.Zero, (sum, i) => sum + i.Budget),
            new ReadOnlyCollection<EvaluationTally>(tallies),
            distribution,
            new ReadOnlyCollection<BudgetProposal>(proposals),
            new ReadOnlyCollection<SubjectRef>(without),
            new ReadOnlyCollection<string>(wholeNames));
    }

    private static ReadOnlyCollection<GradeCount> Count(IEnumerable<Grade> grades)
    {
        var list = grades.ToList();
        return new ReadOnlyCollection<GradeCount>(BestFirst.Select(g => new GradeCount(g, list.Count(x => x == g))).ToArray());
    }

    private static ReadOnlyCollection<Sector> OrderSectors(IEnumerable<Sector> sectors)
    {
        var distinct = sectors.Distinct().ToList();
        var builtIn = Sector.BuiltIn.Where(distinct.Contains);
        var custom = distinct.Where(s => !Sector.TryGetBuiltIn(s.Code, out _)).OrderBy(s => s.Code, StringComparer.Ordinal);
        return new ReadOnlyCollection<Sector>(builtIn.Concat(custom).ToArray());
    }
}
