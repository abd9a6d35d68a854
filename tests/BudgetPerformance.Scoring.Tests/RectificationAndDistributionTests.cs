using System;
using System.Linq;
using BudgetPerformance.Grades;
using BudgetPerformance.Rectification;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring.Distribution;
using BudgetPerformance.Scoring.Proposals;
using BudgetPerformance.Subjects;
using BudgetPerformance.Testing;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Scoring.Tests;

public class RectificationTests
{
    private static readonly SubjectRef Project = new(SubjectType.Project, "P-WY-01");

    private static RectificationNotice Notice(string id = "N1") =>
        new(id, Project, "E-2020-01", "物业服务合同未按绩效付费", "县政务服务中心", new LocalDate(2021, 3, 1), new LocalDate(2021, 6, 30));

    [Fact]
    public void StatusOn_DeadlineIsInclusive()
    {
        var notice = Notice();
        Assert.Equal(RectificationState.Issued, notice.StatusOn(new LocalDate(2021, 6, 30)));
        Assert.Equal(RectificationState.Overdue, notice.StatusOn(new LocalDate(2021, 7, 1)));
    }

    [Fact]
    public void StatusOn_ReportedThenVerified()
    {
        var verified = Notice().Report(new LocalDate(2021, 6, 1)).Verify(new LocalDate(2021, 7, 15));
        Assert.Equal(RectificationState.Issued, verified.StatusOn(new LocalDate(2021, 5, 31)));
        Assert.Equal(RectificationState.Reported, verified.StatusOn(new LocalDate(2021, 6, 30)));
        Assert.Equal(RectificationState.Overdue, verified.StatusOn(new LocalDate(2021, 7, 14)));
        Assert.Equal(RectificationState.Verified, verified.StatusOn(new LocalDate(2021, 7, 15)));
    }

    [Fact]
    public void Verify_WithoutReport_Throws() => Assert.Throws<InvalidOperationException>(() => Notice().Verify(new LocalDate(2021, 4, 1)));

    [Fact]
    public void Constructor_DeadlineBeforeIssue_ThrowsWithParameterName() =>
        Assert.Equal("deadline", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new RectificationNotice("N", Project, "E", "f", "o", new LocalDate(2021, 3, 1), new LocalDate(2021, 2, 28))).ParamName);

    private static ProposalRequest Request(Grade grade) => GradedResults.Request(GradedResults.Project(), grade, 3_900_000m);

    [Fact]
    public void Propose_OverdueRectification_FurtherCut()
    {
        var rules = new RectificationRules(RectificationConsequence.FurtherCut, 0.05m, Rules.Ten);
        var proposal = new BudgetProposer(MinimalRuleSet.Of(ResultApplicationTests.Linqu(), rules)).Propose(Request(Grade.Fair), [Notice()], new LocalDate(2021, 9, 1));
        Assert.Equal(Money.FromYuan(3_510_000m - 175_500m), proposal.Proposed);
        Assert.Equal(["N1"], proposal.OverdueNotices);
        Assert.Contains("整改逾期（N1）", proposal.ReasonZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Propose_OverdueRectification_FundAfterRectification_MakesTheProposalConditional()
    {
        var rules = new RectificationRules(RectificationConsequence.FundAfterRectification, null, Rules.Ten);
        var proposal = new BudgetProposer(MinimalRuleSet.Of(ResultApplicationTests.Linqu(), rules)).Propose(Request(Grade.Good), [Notice()], new LocalDate(2021, 9, 1));
        Assert.True(proposal.IsConditional);
        Assert.Equal(Money.FromYuan(3_900_000m), proposal.Proposed);
    }

    [Fact]
    public void Propose_NoticeNotYetOverdueOrOfAnotherSubject_ChangesNothing()
    {
        var rules = new RectificationRules(RectificationConsequence.FurtherCut, 0.05m, Rules.Ten);
        var other = new RectificationNotice("N2", new SubjectRef(SubjectType.Project, "X"), "E", "f", "o", new LocalDate(2021, 1, 1), new LocalDate(2021, 1, 31));
        var proposal = new BudgetProposer(MinimalRuleSet.Of(ResultApplicationTests.Linqu(), rules)).Propose(Request(Grade.Fair), [Notice(), other], new LocalDate(2021, 6, 30));
        Assert.Equal(Money.FromYuan(3_510_000m), proposal.Proposed);
        Assert.Empty(proposal.OverdueNotices);
    }
}

public class DistributionTests
{
    private static readonly DistributionRules TwentyFifteen = new([Grade.Excellent], 0.20m, [Grade.Fair, Grade.Poor], 0.15m, Rules.Deployed);

    [Fact]
    public void Check_TooManyExcellent_MovesTheLowestExcellentDownWithDeterministicTies()
    {
        // 10 results: 4 优 (limit 2), 1 中 (minimum ceil(1.5) = 2).
        var results = new[]
        {
            new GradedResult("a", 95m, Grade.Excellent), new GradedResult("b", 91m, Grade.Excellent), new GradedResult("d", 91m, Grade.Excellent),
            new GradedResult("c", 93m, Grade.Excellent), new GradedResult("e", 85m, Grade.Good), new GradedResult("f", 84m, Grade.Good),
            new GradedResult("g", 83m, Grade.Good), new GradedResult("h", 82m, Grade.Good), new GradedResult("i", 81m, Grade.Good), new GradedResult("j", 70m, Grade.Fair),
        };
        var report = new DistributionChecker(MinimalRuleSet.Of(TwentyFifteen)).Check(results);
        Assert.Equal(2, report.TopLimit);
        Assert.Equal(2, report.BottomMinimum);
        Assert.Equal(new[] { ("b", Grade.Good), ("d", Grade.Good), ("i", Grade.Fair) }, report.Moves.Select(m => (m.Result.Id, m.To)));
        Assert.Contains("至多 2 个", report.Moves[0].ReasonZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WithinLimits_IsSatisfied() =>
        Assert.True(new DistributionChecker(MinimalRuleSet.Of(TwentyFifteen)).Check([new GradedResult("a", 95m, Grade.Excellent), new GradedResult("b", 50m, Grade.Poor), new GradedResult("c", 85m, Grade.Good), new GradedResult("d", 85m, Grade.Good), new GradedResult("e", 85m, Grade.Good)]).Satisfied);

    [Fact]
    public void Rules_OverlappingTopAndBottom_Throw() =>
        Assert.Throws<ArgumentException>(() => new DistributionRules([Grade.Good], 0.2m, [Grade.Good], 0.1m, Rules.Deployed));

    [Fact]
    public void Inflation_SignalsLargeGapsAndBetterSelfGrades_LargestFirst()
    {
        var signals = GradeInflation.Signals([("P1", 95m, 78m), ("P2", 88m, 86m), ("P3", 91m, 89m), ("P4", 80m, 82m)], GradeScale.National2020, 5m);
        Assert.Equal(new[] { "P1", "P3" }, signals.Select(s => s.Subject));
        Assert.Equal(17m, signals[0].Gap);
    }
}
