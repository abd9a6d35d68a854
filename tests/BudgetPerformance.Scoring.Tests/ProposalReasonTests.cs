using System;
using System.Collections.Generic;
using BudgetPerformance.Grades;
using BudgetPerformance.Json;
using BudgetPerformance.Problems;
using BudgetPerformance.Rectification;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring.Proposals;
using BudgetPerformance.Subjects;
using BudgetPerformance.Testing;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Scoring.Tests;

/// <summary>
/// The reasons of a budget proposal, in the wording of docs/rules/result-application.md ("Reasons") and
/// docs/rules/rectification.md: every expected text is built here from the inputs' numbers.
/// </summary>
public class ProposalReasonTests
{
    private const string SeedReference = "临朐县财政局《2020年预算绩效工作开展情况说明》";
    private const string KoreaReference = "Korea MOEF SABP";
    private const string TenReference = "财预〔2020〕10号";
    private static readonly SourceCitation Bureau = new("县财政局绩效管理办法", SourceKind.Local);
    private static readonly Rounding Fen = new(2, RoundingMode.HalfAwayFromZero);
    private static readonly SubjectRef Project = new(SubjectType.Project, "P-WY-01");

    /// <summary>A request from a real result of this year's grade (<paramref name="grades"/>[0]), with the earlier grades after it.</summary>
    private static ProposalRequest Request(decimal request, params Grade[] grades) =>
        GradedResults.Request(GradedResults.Project(), grades[0], request, earlier: grades[1..]);

    /// <summary>A bureau's family that uses the four actions the presets do not: improvement plan, fund after rectification, suspend, prioritise.</summary>
    private static ResultApplicationRules Conditional() => new(
    [
        new ResultRule("prioritise", [Grade.Excellent], [], 1, BudgetAction.Prioritise, null, null, false, Bureau),
        new ResultRule("improve", [Grade.Good], [], 1, BudgetAction.RequireImprovementPlan, null, null, false, Bureau),
        new ResultRule("rectify", [Grade.Fair], [], 1, BudgetAction.FundAfterRectification, null, null, false, Bureau),
        new ResultRule("suspend", [Grade.Poor], [], 1, BudgetAction.Suspend, null, null, false, Bureau),
    ], Fen, null);

    private static RectificationNotice Notice(string id, SubjectRef? subject = null) =>
        new(id, subject ?? Project, "E-2020-01", "物业服务合同未按绩效付费", "县政务服务中心", new LocalDate(2021, 3, 1), new LocalDate(2021, 6, 30));

    private static readonly LocalDate Overdue = new(2021, 9, 1);

    [Fact]
    public void Cut_SeedCase_ReasonShowsTheRateTheRequestAndTheCutInBothLanguages()
    {
        // 3,900,000 × 10% = 390,000 yuan = 39 万元 (the seed's case).
        var proposal = new BudgetProposer(MinimalRuleSet.Of(ResultApplicationTests.Linqu())).Propose(Request(3_900_000m, Grade.Fair));
        Assert.Equal($"评价等级为“中”，压减：压减不低于 10%：390 万元 × 10% = 39 万元（规则 cut-10，依据 {SeedReference}）", proposal.ReasonZh);
        Assert.Equal($"graded Fair: Cut; cut by at least 10%: 3,900,000 yuan × 10% = 390,000 yuan (rule cut-10, {SeedReference})", proposal.ReasonEn);
        Assert.False(proposal.IsConditional);
        Assert.Empty(proposal.OverdueNotices);
    }

    [Fact]
    public void Presets_TheDocumentedReasonsOfResultApplicationMd_AreWhatTheShippedPresetsWrite()
    {
        const string Sabp = "Korea MOEF, Self-Assessment of Budgetary Programs (SABP)";
        var linqu = new BudgetProposer(RuleSetPresets.Get("linqu-county-2021")).Propose(Request(3_900_000m, Grade.Fair));
        Assert.Equal($"评价等级为“中”，压减：压减不低于 10%：390 万元 × 10% = 39 万元（规则 cut-10，依据 {SeedReference}）", linqu.ReasonZh);
        Assert.Equal($"graded Fair: Cut; cut by at least 10%: 3,900,000 yuan × 10% = 390,000 yuan (rule cut-10, {SeedReference})", linqu.ReasonEn);
        var korea = new BudgetProposer(RuleSetPresets.Get("korea-sabp")).Propose(Request(1_000_000m, Grade.Poor, Grade.Poor));
        Assert.Equal($"评价等级连续 2 年为“差”，重新设计：金额由财政部门决定，规则未给出比例（规则 redesign-2，依据 {Sabp}）", korea.ReasonZh);
        Assert.Equal($"graded Poor for 2 years in a row: Redesign; the amount is for the bureau to decide; the rule gives no rate (rule redesign-2, {Sabp})", korea.ReasonEn);
    }

    [Fact]
    public void Cut_FractionalRateAndFen_AreWrittenWithoutTrailingZeros()
    {
        // 12.5% of 1,234,567.89 = 154,320.98625 → 154,320.99 (half away from zero); proposed 1,080,246.90.
        var rules = new ResultApplicationRules(
        [
            new ResultRule("keep", [Grade.Excellent, Grade.Good], [], 1, BudgetAction.Keep, null, null, false, Bureau),
            new ResultRule("cut-12.5", [Grade.Fair, Grade.Poor], [], 1, BudgetAction.Cut, 0.125m, null, false, Bureau),
        ], Fen, null);
        var proposal = new BudgetProposer(MinimalRuleSet.Of(rules)).Propose(Request(1_234_567.89m, Grade.Poor));
        Assert.Equal(Money.FromYuan(1_080_246.90m), proposal.Proposed);
        Assert.Equal(Money.FromYuan(-154_320.99m), proposal.Difference);
        Assert.Equal("评价等级为“差”，压减：压减不低于 12.5%：123.456789 万元 × 12.5% = 15.432099 万元（规则 cut-12.5，依据 县财政局绩效管理办法）", proposal.ReasonZh);
        Assert.Equal("graded Poor: Cut; cut by at least 12.5%: 1,234,567.89 yuan × 12.5% = 154,320.99 yuan (rule cut-12.5, 县财政局绩效管理办法)", proposal.ReasonEn);
    }

    [Fact]
    public void Keep_ReasonSaysTheRequestIsProposed_AndIsNotConditional()
    {
        var proposal = new BudgetProposer(MinimalRuleSet.Of(ResultApplicationTests.Linqu())).Propose(Request(3_900_000m, Grade.Good));
        Assert.Equal($"评价等级为“良”，维持：按申请数安排（规则 keep，依据 {SeedReference}）", proposal.ReasonZh);
        Assert.Equal($"graded Good: Keep; the request is proposed (rule keep, {SeedReference})", proposal.ReasonEn);
        Assert.False(proposal.IsConditional);
        Assert.False(proposal.NeedsDecision);
    }

    [Fact]
    public void Prioritise_ProposesTheRequest_AndIsNotConditional()
    {
        var proposal = new BudgetProposer(MinimalRuleSet.Of(Conditional())).Propose(Request(500_000m, Grade.Excellent));
        Assert.Equal(BudgetAction.Prioritise, proposal.Action);
        Assert.Equal(Money.FromYuan(500_000m), proposal.Proposed);
        Assert.False(proposal.IsConditional);
        Assert.Equal("评价等级为“优”，优先保障：按申请数安排（规则 prioritise，依据 县财政局绩效管理办法）", proposal.ReasonZh);
        Assert.Equal("graded Excellent: Prioritise; the request is proposed (rule prioritise, 县财政局绩效管理办法)", proposal.ReasonEn);
    }

    [Theory]
    [InlineData(Grade.Good, BudgetAction.RequireImprovementPlan, "improve", "提交改进方案", "Require an improvement plan")]
    [InlineData(Grade.Fair, BudgetAction.FundAfterRectification, "rectify", "整改到位后安排", "Fund after rectification")]
    public void ImprovementPlanAndFundAfterRectification_ProposeTheRequestOnCondition(Grade grade, BudgetAction action, string rule, string actionZh, string actionEn)
    {
        var proposal = new BudgetProposer(MinimalRuleSet.Of(Conditional())).Propose(Request(500_000m, grade));
        Assert.Equal(action, proposal.Action);
        Assert.Equal(Money.FromYuan(500_000m), proposal.Proposed);
        Assert.Equal(Money.Zero, proposal.Difference);
        Assert.True(proposal.IsConditional);
        Assert.False(proposal.NeedsDecision);
        var gradeName = grade.GetDisplayName();
        Assert.Equal($"评价等级为“{gradeName.Chinese}”，{actionZh}：按申请数安排，以整改或改进方案为前提（规则 {rule}，依据 县财政局绩效管理办法）", proposal.ReasonZh);
        Assert.Equal($"graded {gradeName.English}: {actionEn}; the request is proposed on condition (rule {rule}, 县财政局绩效管理办法)", proposal.ReasonEn);
    }

    [Fact]
    public void Suspend_ProposesNothing_AndIsNotConditional()
    {
        var proposal = new BudgetProposer(MinimalRuleSet.Of(Conditional())).Propose(Request(500_000m, Grade.Poor));
        Assert.Equal(Money.Zero, proposal.Proposed);
        Assert.Equal(Money.FromYuan(-500_000m), proposal.Difference);
        Assert.False(proposal.IsConditional);
        Assert.Equal("评价等级为“差”，暂缓：不安排资金（规则 suspend，依据 县财政局绩效管理办法）", proposal.ReasonZh);
        Assert.Equal("graded Poor: Suspend; no funds are proposed (rule suspend, 县财政局绩效管理办法)", proposal.ReasonEn);
    }

    [Fact]
    public void Decide_ReasonSaysTheBureauDecides_AndIsNotConditional()
    {
        var proposal = new BudgetProposer(MinimalRuleSet.Of(ResultApplicationTests.National())).Propose(Request(3_900_000m, Grade.Fair));
        Assert.False(proposal.IsConditional);
        Assert.Equal($"评价等级为“中”，可压减，待决策：金额由财政部门决定，规则未给出比例（规则 may-reduce，依据 {TenReference}）", proposal.ReasonZh);
        Assert.Equal($"graded Fair: May be reduced: to decide; the amount is for the bureau to decide; the rule gives no rate (rule may-reduce, {TenReference})", proposal.ReasonEn);
    }

    [Fact]
    public void Korea_TwoYearsInARow_ReasonNamesTheYears()
    {
        var proposal = new BudgetProposer(MinimalRuleSet.Of(ResultApplicationTests.KoreaSabp())).Propose(Request(1_000_000m, Grade.Poor, Grade.Poor));
        Assert.Equal(BudgetAction.Redesign, proposal.Action);
        Assert.False(proposal.IsConditional);
        Assert.Equal($"评价等级连续 2 年为“差”，重新设计：金额由财政部门决定，规则未给出比例（规则 redesign-2，依据 {KoreaReference}）", proposal.ReasonZh);
        Assert.Equal($"graded Poor for 2 years in a row: Redesign; the amount is for the bureau to decide; the rule gives no rate (rule redesign-2, {KoreaReference})", proposal.ReasonEn);
    }

    [Fact]
    public void Korea_ThreeYearsInARow_IsAbolishedWithTheYearsInTheReason()
    {
        var proposal = new BudgetProposer(MinimalRuleSet.Of(ResultApplicationTests.KoreaSabp())).Propose(Request(1_000_000m, Grade.Poor, Grade.Poor, Grade.Poor));
        Assert.Equal(Money.Zero, proposal.Proposed);
        Assert.Equal($"评价等级连续 3 年为“差”，撤销：不安排资金（规则 abolish-3，依据 {KoreaReference}）", proposal.ReasonZh);
        Assert.Equal($"graded Poor for 3 years in a row: Abolish; no funds are proposed (rule abolish-3, {KoreaReference})", proposal.ReasonEn);
    }

    [Fact]
    public void Korea_OneYear_ReasonHasNoYears()
    {
        // Only this year's 差 (the previous year was 中): the single-year cut applies, and the reason names no run of years.
        var proposal = new BudgetProposer(MinimalRuleSet.Of(ResultApplicationTests.KoreaSabp())).Propose(Request(1_000_000m, Grade.Poor, Grade.Fair));
        Assert.Equal($"评价等级为“差”，压减：压减不低于 10%：100 万元 × 10% = 10 万元（规则 cut-10，依据 {KoreaReference}）", proposal.ReasonZh);
        Assert.Equal($"graded Poor: Cut; cut by at least 10%: 1,000,000 yuan × 10% = 100,000 yuan (rule cut-10, {KoreaReference})", proposal.ReasonEn);
    }

    [Fact]
    public void Cancel_Sichuan_ReasonSaysNoFunds()
    {
        var proposal = new BudgetProposer(MinimalRuleSet.Of(ResultApplicationTests.Sichuan())).Propose(Request(800_000m, Grade.Poor));
        Assert.Equal($"评价等级为“差”，取消：不安排资金（规则 cancel，依据 {KoreaReference}）", proposal.ReasonZh);
        Assert.Equal($"graded Poor: Cancel; no funds are proposed (rule cancel, {KoreaReference})", proposal.ReasonEn);
        Assert.False(proposal.IsConditional);
    }

    [Fact]
    public void Overdue_FurtherCut_TwoNoticesAreListedInTheGivenOrderAndTheCutIsAppended()
    {
        // 3,510,000 × 5% = 175,500 yuan = 17.55 万元; the notice of another subject is ignored.
        var rules = new RectificationRules(RectificationConsequence.FurtherCut, 0.05m, Rules.Ten);
        var proposer = new BudgetProposer(MinimalRuleSet.Of(ResultApplicationTests.Linqu(), rules));
        var plain = proposer.Propose(Request(3_900_000m, Grade.Fair));
        var proposal = proposer.Propose(Request(3_900_000m, Grade.Fair), [Notice("N2"), Notice("N9", new SubjectRef(SubjectType.Project, "OTHER")), Notice("N1")], Overdue);
        Assert.Equal(Money.FromYuan(3_334_500m), proposal.Proposed);
        Assert.Equal(Money.FromYuan(-565_500m), proposal.Difference);
        Assert.Equal(["N2", "N1"], proposal.OverdueNotices);
        Assert.False(proposal.IsConditional);
        Assert.Equal(plain.ReasonZh + $"；整改逾期（N2, N1），再压减 5%：17.55 万元（依据 {TenReference}）", proposal.ReasonZh);
        Assert.Equal(plain.ReasonEn + $"; rectification overdue (N2, N1): a further cut of 5%, 175,500 yuan ({TenReference})", proposal.ReasonEn);
    }

    [Fact]
    public void Overdue_FurtherCut_IsRoundedToTheFenHalfAwayFromZero()
    {
        // 10% of 1,234,567.89 = 123,456.789 → 123,456.79; proposed 1,111,111.10; 5% of it = 55,555.555 → 55,555.56; 1,055,555.54.
        var rules = new RectificationRules(RectificationConsequence.FurtherCut, 0.05m, Rules.Ten);
        var proposal = new BudgetProposer(MinimalRuleSet.Of(ResultApplicationTests.Linqu(), rules)).Propose(Request(1_234_567.89m, Grade.Fair), [Notice("N1")], Overdue);
        Assert.Equal(Money.FromYuan(1_055_555.54m), proposal.Proposed);
        Assert.EndsWith($"; rectification overdue (N1): a further cut of 5%, 55,555.56 yuan ({TenReference})", proposal.ReasonEn, StringComparison.Ordinal);
        Assert.EndsWith($"；整改逾期（N1），再压减 5%：5.555556 万元（依据 {TenReference}）", proposal.ReasonZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Overdue_FurtherCut_OfAZeroProposal_AddsNothingButTheNotice()
    {
        // Cancelled: nothing is left to cut further, so the reason stays the result rule's.
        var rules = new RectificationRules(RectificationConsequence.FurtherCut, 0.05m, Rules.Ten);
        var proposer = new BudgetProposer(MinimalRuleSet.Of(ResultApplicationTests.Sichuan(), rules));
        var plain = proposer.Propose(Request(800_000m, Grade.Poor));
        var proposal = proposer.Propose(Request(800_000m, Grade.Poor), [Notice("N1")], Overdue);
        Assert.Equal(Money.Zero, proposal.Proposed);
        Assert.Equal(["N1"], proposal.OverdueNotices);
        Assert.Equal(plain.ReasonZh, proposal.ReasonZh);
        Assert.Equal(plain.ReasonEn, proposal.ReasonEn);
        Assert.False(proposal.IsConditional);
    }

    [Fact]
    public void Overdue_FurtherCut_OfADecision_LeavesTheDecisionOpen()
    {
        var rules = new RectificationRules(RectificationConsequence.FurtherCut, 0.05m, Rules.Ten);
        var proposer = new BudgetProposer(MinimalRuleSet.Of(ResultApplicationTests.National(), rules));
        var proposal = proposer.Propose(Request(3_900_000m, Grade.Fair), [Notice("N1")], Overdue);
        Assert.True(proposal.NeedsDecision);
        Assert.Equal(["N1"], proposal.OverdueNotices);
        Assert.Equal(proposer.Propose(Request(3_900_000m, Grade.Fair)).ReasonZh, proposal.ReasonZh);
    }

    [Fact]
    public void Overdue_FundAfterRectification_ReasonSaysFundsOnlyAfterRectification()
    {
        var rules = new RectificationRules(RectificationConsequence.FundAfterRectification, null, Bureau);
        var proposer = new BudgetProposer(MinimalRuleSet.Of(ResultApplicationTests.Linqu(), rules));
        var plain = proposer.Propose(Request(3_900_000m, Grade.Fair));
        var proposal = proposer.Propose(Request(3_900_000m, Grade.Fair), [Notice("N1"), Notice("N3")], Overdue);
        Assert.Equal(Money.FromYuan(3_510_000m), proposal.Proposed);
        Assert.True(proposal.IsConditional);
        Assert.Equal(["N1", "N3"], proposal.OverdueNotices);
        Assert.Equal(plain.ReasonZh + "；整改逾期（N1, N3），整改到位后方可安排（依据 县财政局绩效管理办法）", proposal.ReasonZh);
        Assert.Equal(plain.ReasonEn + "; rectification overdue (N1, N3): funds only after rectification (县财政局绩效管理办法)", proposal.ReasonEn);
    }

    [Fact]
    public void Overdue_WithoutARectificationFamily_IsListedButChangesNothingElse()
    {
        var proposer = new BudgetProposer(MinimalRuleSet.Of(ResultApplicationTests.Linqu()));
        var plain = proposer.Propose(Request(3_900_000m, Grade.Fair));
        var proposal = proposer.Propose(Request(3_900_000m, Grade.Fair), [Notice("N1")], Overdue);
        Assert.Equal(["N1"], proposal.OverdueNotices);
        Assert.Equal(plain.Proposed, proposal.Proposed);
        Assert.Equal(plain.ReasonZh, proposal.ReasonZh);
        Assert.Equal(plain.ReasonEn, proposal.ReasonEn);
        Assert.Equal(plain.IsConditional, proposal.IsConditional);
        Assert.Same(plain.Rule, proposal.Rule);
    }

    [Fact]
    public void Overdue_OnTheDeadlineItself_IsNotYetOverdue()
    {
        var rules = new RectificationRules(RectificationConsequence.FurtherCut, 0.05m, Rules.Ten);
        var proposer = new BudgetProposer(MinimalRuleSet.Of(ResultApplicationTests.Linqu(), rules));
        Assert.Empty(proposer.Propose(Request(3_900_000m, Grade.Fair), [Notice("N1")], new LocalDate(2021, 6, 30)).OverdueNotices);
        Assert.Equal(["N1"], proposer.Propose(Request(3_900_000m, Grade.Fair), [Notice("N1")], new LocalDate(2021, 7, 1)).OverdueNotices);
    }
}

public class ProposalArgumentTests
{
    private static readonly SpendingItem Project = GradedResults.Project();

    private static ProposalRequest Create(Subject? subject = null, ScoringResult? result = null, IEnumerable<Grade>? earlier = null, decimal request = 100m, decimal evaluated = 100m) =>
        new(subject ?? Project, result ?? GradedResults.Of(Project.Ref, Grade.Good), Money.FromYuan(request), Money.FromYuan(evaluated), earlier);

    [Fact]
    public void Request_TakesTheSubjectsNameAndKind_AndTheResultsGrade()
    {
        var result = GradedResults.Of(Project.Ref, Grade.Fair);
        var request = Create(result: result);
        Assert.Equal((Project.Ref, "创业大厦物业服务外包项目", ProjectKind.Recurring), (request.Subject, request.Name, request.Kind));
        Assert.Same(result, request.Result);
        Assert.Equal([Grade.Fair], request.Grades);
        var oneOff = GradedResults.Project("P-02", "一次性项目", ProjectKind.OneOff);
        Assert.Equal(ProjectKind.OneOff, Create(oneOff, GradedResults.Of(oneOff.Ref, Grade.Good)).Kind);
    }

    [Fact]
    public void Request_ForADepartment_IsMatchedAsAWholeDepartment()
    {
        var department = new Department("D01", "县水利局");
        var request = Create(department, GradedResults.Of(department.Ref, Grade.Excellent));
        Assert.Equal((department.Ref, "县水利局", ProjectKind.WholeDepartment), (request.Subject, request.Name, request.Kind));
        Assert.Equal([Grade.Excellent], request.Grades);
    }

    [Fact]
    public void Request_NullSubjectOrResult_IsRejected()
    {
        var result = GradedResults.Of(Project.Ref, Grade.Good);
        Assert.Equal("subject", Assert.Throws<ArgumentNullException>(() => new ProposalRequest(null!, result, Money.Zero, Money.Zero)).ParamName);
        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => new ProposalRequest(Project, null!, Money.Zero, Money.Zero)).ParamName);
    }

    [Fact]
    public void Request_ForAUnitOrSection_IsRejected()
    {
        var unit = new BudgetUnit("U01", "县水利工程站", "D01");
        var e = Assert.Throws<ArgumentException>(() => Create(unit, GradedResults.Of(Project.Ref, Grade.Good)));
        Assert.Equal("subject", e.ParamName);
        Assert.StartsWith("A proposal is for a project, policy or department, not for Unit:U01.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Request_AResultAboutAnotherSubject_IsRejected()
    {
        var other = GradedResults.Of(new SubjectRef(SubjectType.Project, "OTHER"), Grade.Excellent, "E-OTHER");
        var e = Assert.Throws<ArgumentException>(() => Create(result: other));
        Assert.Equal("result", e.ParamName);
        Assert.StartsWith("The result E-OTHER is about Project:OTHER, not Project:P-WY-01.", e.Message, StringComparison.Ordinal);

        // The same code under another subject type is another subject.
        var policy = GradedResults.Of(new SubjectRef(SubjectType.Policy, "P-WY-01"), Grade.Good);
        Assert.Equal("result", Assert.Throws<ArgumentException>(() => Create(result: policy)).ParamName);
    }

    [Fact]
    public void Request_AnUngradedResult_IsRejected()
    {
        var incomplete = GradedResults.Incomplete(Project.Ref, "E-INCOMPLETE");
        Assert.Equal(ScoringOutcome.Incomplete, incomplete.Outcome);
        var e = Assert.Throws<ArgumentException>(() => Create(result: incomplete));
        Assert.Equal("result", e.ParamName);
        Assert.StartsWith("The result E-INCOMPLETE has no grade (Incomplete): a proposal needs a complete, graded result.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Request_NegativeAmounts_AreRejected_ZeroIsAccepted()
    {
        var request = Assert.Throws<ArgumentOutOfRangeException>(() => Create(request: -0.01m));
        Assert.Equal("request", request.ParamName);
        Assert.StartsWith("The request must not be negative.", request.Message, StringComparison.Ordinal);
        var evaluated = Assert.Throws<ArgumentOutOfRangeException>(() => Create(evaluated: -0.01m));
        Assert.Equal("evaluatedAmount", evaluated.ParamName);
        Assert.StartsWith("The evaluated amount must not be negative.", evaluated.Message, StringComparison.Ordinal);
        var zero = Create(request: 0m, evaluated: 0m);
        Assert.Equal(Money.Zero, zero.Request);
        Assert.Equal(Money.Zero, zero.EvaluatedAmount);
    }

    [Fact]
    public void Request_UndefinedEarlierGrade_IsRejectedWithItsIndex()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Create(earlier: [Grade.Good, (Grade)7]));
        Assert.Equal("earlierGrades", e.ParamName);
        Assert.StartsWith("Earlier grade 1 is not a defined Grade.", e.Message, StringComparison.Ordinal);
        Assert.Equal((Grade)7, e.ActualValue);
        Assert.Equal([Grade.Good, Grade.Good, Grade.Poor], Create(earlier: [Grade.Good, Grade.Poor]).Grades);
        Assert.Equal([Grade.Good], Create(earlier: []).Grades);
    }

    [Fact]
    public void Request_KeepsItsOwnCopyOfTheEarlierGrades()
    {
        var earlier = new List<Grade> { Grade.Poor, Grade.Poor };
        var request = Create(earlier: earlier);
        earlier[0] = Grade.Excellent;
        Assert.Equal([Grade.Good, Grade.Poor, Grade.Poor], request.Grades);
    }

    [Fact]
    public void Request_EarlierGrades_FeedTheConsecutiveYearsRules()
    {
        // korea-sabp: 差 two years in a row → redesign, three → abolish. This year's 差 comes from the result, the rest from history.
        var proposer = new BudgetProposer(MinimalRuleSet.Of(ResultApplicationTests.KoreaSabp()));
        var poor = GradedResults.Of(Project.Ref, Grade.Poor);
        Assert.Equal(BudgetAction.Cut, proposer.Propose(Create(result: poor)).Action);
        Assert.Equal(BudgetAction.Redesign, proposer.Propose(Create(result: poor, earlier: [Grade.Poor])).Action);
        Assert.Equal(BudgetAction.Abolish, proposer.Propose(Create(result: poor, earlier: [Grade.Poor, Grade.Poor])).Action);
        Assert.Equal(BudgetAction.Cut, proposer.Propose(Create(result: poor, earlier: [Grade.Fair, Grade.Poor])).Action);

        // The history does not replace this year's grade: a 良 result after two 差 years is kept.
        Assert.Equal(BudgetAction.Keep, proposer.Propose(Create(earlier: [Grade.Poor, Grade.Poor])).Action);
    }

    [Fact]
    public void Proposal_CarriesTheResultItIsBasedOn()
    {
        var result = GradedResults.Of(Project.Ref, Grade.Fair, "FE-2020-WY");
        var proposal = new BudgetProposer(MinimalRuleSet.Of(ResultApplicationTests.Linqu())).Propose(Create(result: result, request: 3_900_000m));
        Assert.Same(result, proposal.Result);
        Assert.Equal("FE-2020-WY", proposal.EvaluationId);
        Assert.Equal(Grade.Fair, proposal.Grade);
        Assert.Equal(Money.FromYuan(3_510_000m), proposal.Proposed);
    }

    [Fact]
    public void Propose_NullArguments_ThrowWithTheParameterName()
    {
        var proposer = new BudgetProposer(MinimalRuleSet.Of(ResultApplicationTests.Linqu()));
        var day = new LocalDate(2021, 9, 1);
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => proposer.Propose(null!)).ParamName);
        Assert.Equal("notices", Assert.Throws<ArgumentNullException>(() => proposer.Propose(Create(), null!, day)).ParamName);
        Assert.Equal("notices", Assert.Throws<ArgumentNullException>(() => proposer.Propose(Create(), [null!], day)).ParamName);
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => new BudgetProposer(null!)).ParamName);
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => BudgetProposer.FindProblems(null!)).ParamName);
    }

    [Fact]
    public void Proposer_RuleSetWithoutTheFamily_IsRefusedWithOneProblem_BeforeAnyWork()
    {
        var rules = MinimalRuleSet.Of(ResultApplicationTests.Linqu());
        var noFamily = rules.WithResultApplication(null);
        var problem = Assert.Single(BudgetProposer.FindProblems(noFamily));
        Assert.Equal((ProblemCodes.RuleFamilyMissing, "ruleSet"), (problem.Code, problem.Location.Element));
        Assert.Equal("The rule set test v1 lacks rules that Budget proposals needs: Result application.", problem.MessageEn);
        Assert.Equal("规则集 test v1 缺少预算建议所需的规则：结果应用。", problem.MessageZh);
        var refused = Assert.Throws<DomainInvariantException>(() => new BudgetProposer(noFamily));
        Assert.Equal(("ruleSet", problem), (refused.ParamName, refused.Problem));
        Assert.Empty(BudgetProposer.FindProblems(rules));
        Assert.Equal([RuleFamily.ResultApplication], BudgetProposer.RequiredFamilies);
        Assert.Equal(LifecycleStage.Proposals, BudgetProposer.Stage);
        Assert.Same(rules, new BudgetProposer(rules).RuleSet);

        // Rectification is read when present, never required.
        Assert.Empty(BudgetProposer.FindProblems(rules.WithRectification(null)));
    }
}
