using System.Linq;
using BudgetPerformance.Grades;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring.Proposals;
using BudgetPerformance.Subjects;
using BudgetPerformance.Testing;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetPerformance.Scoring.Tests;

public class ResultApplicationTests
{
    private static readonly SourceCitation Seed = new("临朐县财政局《2020年预算绩效工作开展情况说明》", SourceKind.Seed);
    private static readonly SourceCitation Korea = new("Korea MOEF SABP", SourceKind.Local);
    private static readonly Rounding Fen = new(2, RoundingMode.HalfAwayFromZero);

    internal static ResultApplicationRules Linqu(decimal? reward = null) => new(
    [
        new ResultRule("keep", [Grade.Excellent, Grade.Good], [], 1, BudgetAction.Keep, null, null, false, Seed),
        new ResultRule("cut-10", [Grade.Fair, Grade.Poor], [], 1, BudgetAction.Cut, 0.10m, null, false, Seed),
    ], Fen, reward);

    internal static ResultApplicationRules National() => new(
    [
        new ResultRule("support", [Grade.Excellent, Grade.Good], [], 1, BudgetAction.Keep, null, null, false, Rules.Ten),
        new ResultRule("may-reduce", [Grade.Fair, Grade.Poor], [], 1, BudgetAction.Decide, null, null, false, Rules.Ten),
    ], Fen, null);

    internal static ResultApplicationRules KoreaSabp() => new(
    [
        new ResultRule("abolish-3", [Grade.Poor], [], 3, BudgetAction.Abolish, null, null, false, Korea),
        new ResultRule("redesign-2", [Grade.Poor], [], 2, BudgetAction.Redesign, null, null, false, Korea),
        new ResultRule("increase", [Grade.Excellent], [], 1, BudgetAction.Prioritise, null, null, false, Korea),
        new ResultRule("keep", [Grade.Good, Grade.Fair], [], 1, BudgetAction.Keep, null, null, false, Korea),
        new ResultRule("cut-10", [Grade.Poor], [], 1, BudgetAction.Cut, 0.10m, null, false, Korea),
    ], Fen, null);

    internal static ResultApplicationRules Sichuan() => new(
    [
        new ResultRule("prioritise", [Grade.Excellent], [], 1, BudgetAction.Prioritise, null, null, false, Korea),
        new ResultRule("keep", [Grade.Good], [], 1, BudgetAction.Keep, null, null, false, Korea),
        new ResultRule("squeeze", [Grade.Fair], [], 1, BudgetAction.Decide, null, null, false, Korea),
        new ResultRule("one-off-poor", [Grade.Poor], [ProjectKind.OneOff], 1, BudgetAction.Cancel, null, null, true, Korea),
        new ResultRule("cancel", [Grade.Poor], [], 1, BudgetAction.Cancel, null, null, false, Korea),
    ], Fen, null);

    private static ProposalRequest Request(Grade grade, decimal request = 3_900_000m, ProjectKind kind = ProjectKind.Recurring, params Grade[] earlier) =>
        GradedResults.Request(GradedResults.Project(kind: kind), grade, request, earlier: earlier);

    [Fact]
    public void Linqu_SeedCase_FairWithRequest3Point9Million_IsCutBy390000()
    {
        var proposal = new BudgetProposer(MinimalRuleSet.Of(Linqu())).Propose(Request(Grade.Fair));
        Assert.Equal(BudgetAction.Cut, proposal.Action);
        Assert.Equal(Money.FromYuan(3_510_000m), proposal.Proposed);
        Assert.Equal(Money.FromWanYuan(-39m), proposal.Difference);
        Assert.Contains("390000 yuan", proposal.ReasonEn.Replace(",", string.Empty, System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        Assert.Contains("39 万元", proposal.ReasonZh, System.StringComparison.Ordinal);
        Assert.Contains("临朐县", proposal.ReasonZh, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Linqu_GoodWithTheSameRequest_KeepsIt()
    {
        var proposal = new BudgetProposer(MinimalRuleSet.Of(Linqu())).Propose(Request(Grade.Good));
        Assert.Equal(Money.FromYuan(3_900_000m), proposal.Proposed);
        Assert.Equal(Money.Zero, proposal.Difference);
    }

    [Fact]
    public void Linqu_RewardShare_IsTheBureausParameterWithNoDefault()
    {
        Assert.Null(new BudgetProposer(MinimalRuleSet.Of(Linqu())).Propose(Request(Grade.Excellent)).Reward);
        Assert.Equal(Money.FromYuan(195_000m), new BudgetProposer(MinimalRuleSet.Of(Linqu(0.05m))).Propose(Request(Grade.Excellent)).Reward);
    }

    [Fact]
    public void National_FairResult_IsFlaggedForADecisionWithoutANumber()
    {
        var proposal = new BudgetProposer(MinimalRuleSet.Of(National())).Propose(Request(Grade.Fair));
        Assert.True(proposal.NeedsDecision);
        Assert.Null(proposal.Proposed);
        Assert.Null(proposal.Difference);
        Assert.Equal(BudgetAction.Decide, proposal.Action);
    }

    [Theory]
    [InlineData(new[] { Grade.Poor }, BudgetAction.Cut)]
    [InlineData(new[] { Grade.Poor, Grade.Poor }, BudgetAction.Redesign)]
    [InlineData(new[] { Grade.Poor, Grade.Poor, Grade.Poor }, BudgetAction.Abolish)]
    [InlineData(new[] { Grade.Poor, Grade.Fair, Grade.Poor }, BudgetAction.Cut)]
    [InlineData(new[] { Grade.Fair, Grade.Poor, Grade.Poor }, BudgetAction.Keep)]
    public void Korea_ConsecutiveYearsOfInsufficientResults(Grade[] history, BudgetAction expected) =>
        Assert.Equal(expected, new BudgetProposer(MinimalRuleSet.Of(KoreaSabp())).Propose(Request(history[0], earlier: history[1..])).Action);

    [Fact]
    public void Sichuan_OneOffPoor_IsCancelledAndBlocksASimilarProject()
    {
        var oneOff = new BudgetProposer(MinimalRuleSet.Of(Sichuan())).Propose(Request(Grade.Poor, kind: ProjectKind.OneOff));
        Assert.Equal(Money.Zero, oneOff.Proposed);
        Assert.True(oneOff.BlocksSimilarProject);
        Assert.False(new BudgetProposer(MinimalRuleSet.Of(Sichuan())).Propose(Request(Grade.Poor)).BlocksSimilarProject);
    }

    [Fact]
    public void Cut_RoundsTheCutToTheFen()
    {
        var proposal = new BudgetProposer(MinimalRuleSet.Of(Linqu())).Propose(Request(Grade.Poor, 1234.567m));
        Assert.Equal(Money.FromYuan(1234.567m - 123.46m), proposal.Proposed);
    }

    [Fact]
    public void Family_AGradeWithoutASingleYearRule_IsRejected() =>
        Assert.Equal("rules", Assert.Throws<System.ArgumentException>(() => new ResultApplicationRules(
            [new ResultRule("keep", [Grade.Excellent, Grade.Good, Grade.Fair], [], 1, BudgetAction.Keep, null, null, false, Seed)], Fen, null)).ParamName);

    [Fact]
    public void Rule_CutRateOnAKeep_IsRejected() =>
        Assert.Equal("cutRate", Assert.Throws<System.ArgumentException>(() => new ResultRule("x", [Grade.Good], [], 1, BudgetAction.Keep, 0.1m, null, false, Seed)).ParamName);

    private static readonly Gen<(decimal Request, Grade A, Grade B, int Family)> Cases =
        from request in Gen.Choose(0, 100_000_000).Select(i => i * 1.37m)
        from a in Gen.Elements(Grade.Poor, Grade.Fair, Grade.Good, Grade.Excellent)
        from b in Gen.Elements(Grade.Poor, Grade.Fair, Grade.Good, Grade.Excellent)
        from family in Gen.Choose(0, 3)
        select (request, a, b, family);

    private static ResultApplicationRules Family(int i) => i switch { 0 => Linqu(), 1 => National(), 2 => KoreaSabp(), _ => Sichuan() };

    [Property(MaxTest = 500)]
    public Property Proposal_IsNeverBelowZero() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
            new BudgetProposer(MinimalRuleSet.Of(Family(c.Family))).Propose(Request(c.A, c.Request)).Proposed is not { } p || !p.IsNegative);

    [Property(MaxTest = 500)]
    public Property BetterGrade_NeverGetsASmallerProposal() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var proposer = new BudgetProposer(MinimalRuleSet.Of(Family(c.Family)));
            var (worse, better) = c.A <= c.B ? (c.A, c.B) : (c.B, c.A);
            var low = proposer.Propose(Request(worse, c.Request)).Proposed;
            var high = proposer.Propose(Request(better, c.Request)).Proposed;
            return low is null || high is null || high.Value >= low.Value;
        });
}
