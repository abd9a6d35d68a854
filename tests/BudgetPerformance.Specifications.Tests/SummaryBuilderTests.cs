using System;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Queries;
using BudgetPerformance.Subjects;

namespace BudgetPerformance.Specifications.Tests;

/// <summary>The read models of docs/specifications.md built from the mini county: flags, totals and argument checks.</summary>
public class SummaryBuilderTests
{
    [Fact]
    public void Projects_FlagsComeFromTheTargetsAndTheExAnteAssessmentsOnly()
    {
        // P01, P02: approved targets; P03: a submitted target and the only ex-ante assessment; P04: nothing. P01, P02 and P03 are
        // monitored and evaluated, which is no ex-ante assessment.
        var projects = SummaryBuilder.Projects(MiniCounty.Portfolio());
        Assert.Equal(
            [("P01", true, true, false), ("P02", true, true, false), ("P03", true, false, true), ("P04", false, false, false)],
            projects.Select(p => (p.Code, p.HasTarget, p.HasApprovedTarget, p.HasExAnteAssessment)));
        Assert.Equal([0, 1, 2, 3], projects.Select(p => p.Sequence));
        var p03 = projects[2];
        Assert.Equal((2020, SubjectType.Project, "高标准农田建设", "D03", "agriculture", ProjectKind.MultiYear, true, 250_000_000m),
            (p03.Year, p03.Type, p03.Name, p03.DepartmentCode, p03.SectorCode, p03.Kind, p03.IsNewMajor, p03.BudgetYuan));
    }

    [Fact]
    public void Evaluations_WithoutResults_HaveNoTotalOrGrade()
    {
        var summaries = SummaryBuilder.Evaluations(MiniCounty.Portfolio(), []);
        Assert.Equal(11, summaries.Count);
        Assert.All(summaries, s =>
        {
            Assert.Null(s.Total);
            Assert.Null(s.Grade);
        });
        var se = summaries.Single(s => s.Id == "SE-P02");
        Assert.Equal((118_000_000m, 2019, 2020, "D02", "water"), (se.AmountYuan, se.CoveredYear, se.ConductedIn, se.DepartmentCode, se.SectorCode));
    }

    [Fact]
    public void Evaluations_WithResults_CarryTheTotalAndGradeOfCompleteOnes()
    {
        var portfolio = MiniCounty.Portfolio();
        var summaries = SummaryBuilder.Evaluations(portfolio, new EvaluationScorer(Repository.Linqu).ScoreAll(portfolio.Evaluations));
        var fe = summaries.Single(s => s.Id == "FE-P01");
        Assert.Equal((70.00m, (Grade?)Grade.Fair), (fe.Total, fe.Grade));
        var wd = summaries.Single(s => s.Id == "WD-D02");
        Assert.Equal((88.00m, (Grade?)Grade.Good, "D02", (string?)null), (wd.Total, wd.Grade, wd.DepartmentCode, wd.SectorCode));
        Assert.Equal(120_000_000m, wd.AmountYuan);   // the department's projects' budgets summed: only P02
    }

    [Fact]
    public void NullArguments_ThrowWithTheParameterName()
    {
        var portfolio = MiniCounty.Portfolio();
        Assert.Equal("portfolio", Assert.Throws<ArgumentNullException>(() => SummaryBuilder.Projects(null!)).ParamName);
        Assert.Equal("portfolio", Assert.Throws<ArgumentNullException>(() => SummaryBuilder.Evaluations(null!, [])).ParamName);
        Assert.Equal("results", Assert.Throws<ArgumentNullException>(() => SummaryBuilder.Evaluations(portfolio, null!)).ParamName);
        Assert.Equal("notices", Assert.Throws<ArgumentNullException>(() => SummaryBuilder.Rectifications(null!)).ParamName);
        Assert.Equal("notices", Assert.Throws<ArgumentNullException>(() => SummaryBuilder.Rectifications([null!])).ParamName);
    }

    [Fact]
    public void Evaluations_AResultOfAnotherPortfolio_IsNamedInTheError()
    {
        var other = new EvaluationScorer(Repository.Linqu).Score(Build.Evaluation("ELSEWHERE", EvaluationType.FinanceEvaluation, Build.Project("P01"), 2020, 80m));
        var e = Assert.Throws<ArgumentException>(() => SummaryBuilder.Evaluations(MiniCounty.Portfolio(), [other]));
        Assert.Equal("results", e.ParamName);
        Assert.StartsWith("The result of ELSEWHERE is not for an evaluation of the portfolio.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rectifications_AreInTheGivenOrderWithTheirSequence()
    {
        var summaries = SummaryBuilder.Rectifications(MiniCounty.Notices());
        Assert.Equal([("N2", 0), ("N1", 1), ("N3", 2)], summaries.Select(s => (s.Id, s.Sequence)));
    }
}
