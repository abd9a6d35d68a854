using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Portfolios;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Proposals;
using BudgetPerformance.Scoring.Reporting;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Specifications.Tests;

/// <summary>
/// How the annual report chooses the result that proposes (docs/rules/annual-report.md, "proposals": finance, then
/// whole-department, then department, then self-evaluation, the first complete one in portfolio order within a type), the kind
/// and evaluated amount it passes to the proposer, the ungraded counts, and its argument checks.
/// </summary>
public class AnnualReporterRulesTests
{
    private static readonly SourceCitation Bureau = new("县财政局绩效管理办法", SourceKind.Local);
    private static readonly Rounding Fen = new(2, RoundingMode.HalfAwayFromZero);

    private static Portfolio With(Portfolio p, IEnumerable<Evaluation>? add = null, Func<Evaluation, bool>? keep = null) =>
        new(p.Year, p.Departments, p.Units, p.Sections, p.SpendingItems, p.Targets, p.Evaluations.Where(keep ?? (_ => true)).Concat(add ?? []));

    /// <summary>The linqu-county-2021 rule set with another result-application family (or none).</summary>
    private static RuleSet LinquWith(ResultApplicationRules? resultApplication)
    {
        var l = Repository.Linqu;
        return new RuleSet(l.Id, l.Version, l.Effective, l.Title, l.Sources, l.Grading)
            .WithIndicatorScoring(l.IndicatorScoring)
            .WithBudgetExecution(l.BudgetExecution)
            .WithAggregation(l.Aggregation)
            .WithWeightCheck(l.WeightCheck)
            .WithExAnte(l.ExAnte)
            .WithResultApplication(resultApplication);
    }

    /// <summary>A finance evaluation of a project whose only indicator has no data: its result is incomplete.</summary>
    private static Evaluation Incomplete(string id, string project) =>
        new(id, EvaluationType.FinanceEvaluation, Build.Project(project), new Performer(PerformerRole.ThirdParty, "评价机构"), new FiscalYear(2019), new FiscalYear(MiniCounty.Year),
            Build.Tree(100m), [IndicatorRecord.NoData(new IndicatorCode("1.1.1"))], onSiteVisit: new OnSiteVisit(new LocalDate(MiniCounty.Year, 6, 1), null));

    [Fact]
    public void Proposal_AnIncompleteFinanceEvaluation_GivesWayToTheCompleteDepartmentEvaluation()
    {
        // P02: finance incomplete, department 85 (良), self 100 (优): the department evaluation's 良 keeps the request.
        var report = new AnnualReporter(Repository.Linqu).Build(With(MiniCounty.Portfolio(), [Incomplete("FE-P02", "P02")]), MiniCounty.Requests());
        var p02 = report.Proposals.Single(p => p.Subject.Code == "P02");
        Assert.Equal(Grade.Good, p02.Grade);
        Assert.Equal(Money.FromYuan(120_000_000m), p02.Proposed);
        Assert.Equal(1, report.FinanceEvaluation.Ungraded);
        Assert.Equal(3, report.FinanceEvaluation.Evaluations);
        Assert.Equal([1, 0, 1, 0], report.FinanceEvaluation.Grades.Select(g => g.Count));   // best first: 优 P03, 良 none, 中 P01, 差 none
    }

    [Fact]
    public void Proposal_TheFirstCompleteResultOfATypeInPortfolioOrder_Decides()
    {
        // P01: FE-P01 70 (中) comes before FE-P01-B 95 (优), and a department evaluation 95 (优) ranks below finance: still cut 10%.
        var more = new[]
        {
            Build.Evaluation("FE-P01-B", EvaluationType.FinanceEvaluation, Build.Project("P01"), MiniCounty.Year, 95m),
            Build.Evaluation("DE-P01", EvaluationType.DepartmentEvaluation, Build.Project("P01"), MiniCounty.Year, 95m),
        };
        var report = new AnnualReporter(Repository.Linqu).Build(With(MiniCounty.Portfolio(), more), MiniCounty.Requests());
        var p01 = report.Proposals.Single(p => p.Subject.Code == "P01");
        Assert.Equal(Grade.Fair, p01.Grade);
        Assert.Equal(Money.FromYuan(3_510_000m), p01.Proposed);
    }

    [Fact]
    public void Proposal_AnIncompleteFirstResult_GivesWayToTheNextOfTheSameType()
    {
        // P01: an incomplete finance evaluation first, then FE-P01 (中): 中 decides.
        var p = MiniCounty.Portfolio();
        var portfolio = new Portfolio(p.Year, p.Departments, p.Units, p.Sections, p.SpendingItems, p.Targets, new[] { Incomplete("FE-P01-0", "P01") }.Concat(p.Evaluations));
        var p01 = new AnnualReporter(Repository.Linqu).Build(portfolio, MiniCounty.Requests()).Proposals.Single(x => x.Subject.Code == "P01");
        Assert.Equal(Grade.Fair, p01.Grade);
    }

    [Fact]
    public void Proposal_OnlyIncompleteResults_IsARequestWithoutResult()
    {
        // P01's only graded result removed and replaced by an incomplete one.
        var portfolio = With(MiniCounty.Portfolio(), [Incomplete("FE-P01-0", "P01")], e => e.Id != "FE-P01");
        var report = new AnnualReporter(Repository.Linqu).Build(portfolio, MiniCounty.Requests());
        Assert.Equal([Build.Project("P01")], report.RequestsWithoutResult);
        Assert.Equal(["Department:D02", "Project:P02", "Project:P04"], report.Proposals.Select(x => x.Subject.ToString()));
    }

    [Fact]
    public void Proposal_TheRewardIsOnTheEvaluatedAmountOfTheDecidingEvaluation()
    {
        // With a 5% reward share: P02 without its department evaluation is decided by its self-evaluation (优) whose adjusted budget is
        // 118,000,000 → reward 5,900,000 (not 5% of the 120,000,000 budget); P03's finance evaluation (优) of 250,000,000 → 12,500,000.
        var family = new ResultApplicationRules(
        [
            new ResultRule("keep", [Grade.Excellent, Grade.Good], [], 1, BudgetAction.Keep, null, null, false, Bureau),
            new ResultRule("cut-10", [Grade.Fair, Grade.Poor], [], 1, BudgetAction.Cut, 0.10m, null, false, Bureau),
        ], Fen, 0.05m);
        var requests = MiniCounty.Requests();
        requests[Build.Project("P03")] = Money.FromYuan(260_000_000m);
        var report = new AnnualReporter(LinquWith(family)).Build(With(MiniCounty.Portfolio(), keep: e => e.Id != "DE-P02"), requests);
        var p02 = report.Proposals.Single(p => p.Subject.Code == "P02");
        Assert.Equal(Grade.Excellent, p02.Grade);
        Assert.Equal(Money.FromYuan(5_900_000m), p02.Reward);
        Assert.Equal(Money.FromYuan(12_500_000m), report.Proposals.Single(p => p.Subject.Code == "P03").Reward);
        Assert.Null(report.Proposals.Single(p => p.Subject.Code == "P01").Reward);   // 中
        Assert.Equal(["Department:D02", "Project:P01", "Project:P02", "Project:P03", "Project:P04"], report.Proposals.Select(p => p.Subject.ToString()));
    }

    [Fact]
    public void Proposal_TheKindIsTheProjectsOwnOrWholeDepartment()
    {
        // A family that prioritises multi-year 优 and keeps whole-department 中/差: P03 (multi-year, 优) is prioritised, D03 (whole
        // department, 中 at 75) keeps its request, P01 (recurring, 中) is cut.
        var family = new ResultApplicationRules(
        [
            new ResultRule("multi-year-excellent", [Grade.Excellent], [ProjectKind.MultiYear], 1, BudgetAction.Prioritise, null, null, false, Bureau),
            new ResultRule("whole-department-keep", [Grade.Fair, Grade.Poor], [ProjectKind.WholeDepartment], 1, BudgetAction.Keep, null, null, false, Bureau),
            new ResultRule("keep", [Grade.Excellent, Grade.Good], [], 1, BudgetAction.Keep, null, null, false, Bureau),
            new ResultRule("cut-10", [Grade.Fair, Grade.Poor], [], 1, BudgetAction.Cut, 0.10m, null, false, Bureau),
        ], Fen, null);
        var requests = MiniCounty.Requests();
        requests[Build.Project("P03")] = Money.FromYuan(260_000_000m);
        requests[Build.Dept("D03")] = Money.FromYuan(300_000_000m);
        var portfolio = With(MiniCounty.Portfolio(), [Build.Evaluation("WD-D03", EvaluationType.WholeDepartmentEvaluation, Build.Dept("D03"), MiniCounty.Year, 75m)]);
        var report = new AnnualReporter(LinquWith(family)).Build(portfolio, requests);
        string RuleOf(string code) => report.Proposals.Single(p => p.Subject.Code == code).Rule.Id;
        Assert.Equal("multi-year-excellent", RuleOf("P03"));
        Assert.Equal("whole-department-keep", RuleOf("D03"));
        Assert.Equal("cut-10", RuleOf("P01"));
        Assert.Equal("keep", RuleOf("D02"));
        Assert.Equal(["Department:D02", "Department:D03", "Project:P01", "Project:P02", "Project:P03", "Project:P04"], report.Proposals.Select(p => p.Subject.ToString()));
    }

    [Fact]
    public void Tallies_UngradedCountsConclusionsAndIncompleteResults()
    {
        var report = new AnnualReporter(Repository.Linqu).Build(MiniCounty.Portfolio(), MiniCounty.Requests());
        Assert.Equal(1, report.Tally(EvaluationType.ExAnteAssessment).Ungraded);      // a conclusion, no grade
        Assert.Equal(0, report.Tally(EvaluationType.ExAnteAssessment).Grades.Sum(g => g.Count));
        Assert.Equal(0, report.FinanceEvaluation.Ungraded);
        Assert.Equal(0, report.SelfEvaluation.Ungraded);
        Assert.Equal([Grade.Excellent, Grade.Good, Grade.Fair, Grade.Poor], report.SelfEvaluation.Grades.Select(g => g.Grade));
        Assert.Equal((1, 0, 0, 1), (report.SelfEvaluation.CountOf(Grade.Excellent), report.SelfEvaluation.CountOf(Grade.Good), report.SelfEvaluation.CountOf(Grade.Fair), report.SelfEvaluation.CountOf(Grade.Poor)));
    }

    [Fact]
    public void Tallies_CoveredYearsAreDistinctAndAscending()
    {
        // Finance evaluations conducted in 2020 covering 2019 (FE-P01, FE-P03), 2018 and 2020.
        Evaluation Covering(string id, string project, int year) =>
            new(id, EvaluationType.FinanceEvaluation, Build.Project(project), new Performer(PerformerRole.ThirdParty, "评价机构"), new FiscalYear(year), new FiscalYear(MiniCounty.Year),
                Build.Tree(100m), [IndicatorRecord.Measured(new IndicatorCode("1.1.1"), 80m)], onSiteVisit: new OnSiteVisit(new LocalDate(MiniCounty.Year, 6, 1), null));
        var portfolio = With(MiniCounty.Portfolio(), [Covering("FE-P02-2020", "P02", 2020), Covering("FE-P04-2018", "P04", 2018)]);
        var report = new AnnualReporter(Repository.Linqu).Build(portfolio, MiniCounty.Requests());
        Assert.Equal([new FiscalYear(2018), new FiscalYear(2019), new FiscalYear(2020)], report.FinanceEvaluation.CoveredYears);
        Assert.Equal(4, report.FinanceEvaluation.Subjects);
        Assert.Equal(3, report.FinanceEvaluation.Departments);   // D01, D02, D03
    }

    [Fact]
    public void Build_NullRuleSetOrRequests_ThrowWithTheParameterName()
    {
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => new AnnualReporter(null!)).ParamName);
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => AnnualReporter.FindProblems(null!)).ParamName);
        Assert.Equal("nextYearRequests", Assert.Throws<ArgumentNullException>(() => new AnnualReporter(Repository.Linqu).Build(MiniCounty.Portfolio(), null!)).ParamName);
    }

    [Fact]
    public void Reporter_RuleSetWithoutResultApplication_IsRefusedWithOneProblem_BeforeAnyWork()
    {
        var noFamily = LinquWith(null);
        var problem = Assert.Single(AnnualReporter.FindProblems(noFamily));
        Assert.Equal((ProblemCodes.RuleFamilyMissing, "ruleSet"), (problem.Code, problem.Location.Element));
        Assert.Equal("The rule set linqu-county-2021 v1 lacks rules that Annual report needs: Result application.", problem.MessageEn);
        Assert.Equal("规则集 linqu-county-2021 v1 缺少年度报告所需的规则：结果应用。", problem.MessageZh);
        var refused = Assert.Throws<DomainInvariantException>(() => new AnnualReporter(noFamily));
        Assert.Equal(("ruleSet", problem), (refused.ParamName, refused.Problem));
        Assert.Empty(AnnualReporter.FindProblems(Repository.Linqu));
        Assert.Equal(LifecycleStage.Reporting, AnnualReporter.Stage);
        Assert.Same(Repository.Linqu, new AnnualReporter(Repository.Linqu).RuleSet);
    }

    [Fact]
    public void Reporter_NeedsWhatScoringAndProposalsNeed_AndNamesEveryMissingFamilyInOneProblem()
    {
        Assert.Equal([RuleFamily.IndicatorScoring, RuleFamily.Aggregation, RuleFamily.ResultApplication], AnnualReporter.RequiredFamilies);
        Assert.Equal(EvaluationScorer.RequiredFamilies.Concat(BudgetProposer.RequiredFamilies), AnnualReporter.RequiredFamilies);
        var bare = LinquWith(null).WithIndicatorScoring(null).WithAggregation(null);
        var problem = Assert.Single(AnnualReporter.FindProblems(bare));
        Assert.Equal("规则集 linqu-county-2021 v1 缺少年度报告所需的规则：指标计分、汇总、结果应用。", problem.MessageZh);
        Assert.Equal("The rule set linqu-county-2021 v1 lacks rules that Annual report needs: Indicator scoring, Aggregation, Result application.", problem.MessageEn);
        Assert.Equal("ruleSet", Assert.Throws<DomainInvariantException>(() => new AnnualReporter(Repository.Linqu.WithAggregation(null))).ParamName);
    }

    [Fact]
    public void Proposals_AreBasedOnTheDecisiveScoringResult()
    {
        // P01: FE-P01 (中) decides; the proposal carries that result and its evaluation id.
        var report = new AnnualReporter(Repository.Linqu).Build(MiniCounty.Portfolio(), MiniCounty.Requests());
        var p01 = report.Proposals.Single(p => p.Subject.Code == "P01");
        Assert.Equal("FE-P01", p01.EvaluationId);
        Assert.Equal(("FE-P01", Build.Project("P01"), (Grade?)Grade.Fair), (p01.Result.EvaluationId, p01.Result.Subject, p01.Result.Grade));
        Assert.All(report.Proposals, p => Assert.Equal((p.Subject, (Grade?)p.Grade), (p.Result.Subject, p.Result.Grade)));
    }

    [Fact]
    public void Build_BadRequests_AreNamedInTheError()
    {
        var p = MiniCounty.Portfolio();
        var withUnit = new Portfolio(p.Year, p.Departments, [new BudgetUnit("U01", "县水利工程站", "D02")], p.Sections, p.SpendingItems, p.Targets, p.Evaluations);
        var unit = Assert.Throws<ArgumentException>(() => new AnnualReporter(Repository.Linqu).Build(withUnit, new Dictionary<SubjectRef, Money> { [new SubjectRef(SubjectType.Unit, "U01")] = Money.Zero }));
        Assert.Equal("nextYearRequests", unit.ParamName);
        Assert.StartsWith("The request for Unit:U01 does not name a project, policy or department of the portfolio.", unit.Message, StringComparison.Ordinal);
        var unknown = Assert.Throws<ArgumentException>(() => new AnnualReporter(Repository.Linqu).Build(p, new Dictionary<SubjectRef, Money> { [Build.Dept("D99")] = Money.Zero }));
        Assert.StartsWith("The request for Department:D99 does not name a project, policy or department of the portfolio.", unknown.Message, StringComparison.Ordinal);
        var negative = Assert.Throws<ArgumentException>(() => new AnnualReporter(Repository.Linqu).Build(p, new Dictionary<SubjectRef, Money> { [Build.Project("P01")] = Money.FromYuan(-0.01m) }));
        Assert.Equal("nextYearRequests", negative.ParamName);
        Assert.StartsWith("The request for Project:P01 is negative.", negative.Message, StringComparison.Ordinal);

        // Zero is not negative: a zero request of a 中 project is proposed as zero, with nothing to cut.
        var zero = new AnnualReporter(Repository.Linqu).Build(p, new Dictionary<SubjectRef, Money> { [Build.Project("P01")] = Money.Zero });
        Assert.Equal(Money.Zero, Assert.Single(zero.Proposals).Proposed);
        Assert.Empty(zero.Cuts);
    }
}
