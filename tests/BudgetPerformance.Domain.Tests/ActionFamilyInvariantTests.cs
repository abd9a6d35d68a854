using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Admission;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Monitoring;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Tests;

/// <summary>
/// The families that act on results (result application, rectification, distribution, admission, target review,
/// monitoring): their invariants on both sides of every edge (docs/rules/*.md), the parameter each check names, and
/// the lookups they offer (Matches, Match, ColourOf, Exempts, RuleFor).
/// </summary>
public class ActionFamilyInvariantTests
{
    private static readonly SourceCitation Src = new("财预〔2019〕136号", SourceKind.National);
    private static readonly Grade[] AllGrades = Enum.GetValues<Grade>();

    // Result application -----------------------------------------------------------------------------------------

    [Fact]
    public void ResultRule_KeepsEveryValueAndDropsRepeats()
    {
        var r = new ResultRule("poor-cut", [Grade.Poor, Grade.Fair, Grade.Poor], [ProjectKind.OneOff, ProjectKind.OneOff, ProjectKind.Recurring], 2,
            BudgetAction.Cut, 0.1m, 0.3m, true, Src);

        Assert.Equal("poor-cut", r.Id);
        Assert.Equal([Grade.Poor, Grade.Fair], r.Grades);
        Assert.Equal([ProjectKind.OneOff, ProjectKind.Recurring], r.Kinds);
        Assert.Equal(2, r.ConsecutiveYears);
        Assert.Equal(BudgetAction.Cut, r.Action);
        Assert.Equal(0.1m, r.CutRate);
        Assert.Equal(0.3m, r.MaximumCutRate);
        Assert.True(r.BlocksSimilarProject);
        Assert.Same(Src, r.Source);
        Assert.False(Rule([Grade.Good], BudgetAction.Keep).BlocksSimilarProject);
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(0.0001, null)]
    [InlineData(0.1, 0.1)]
    [InlineData(0.1, 1.0)]
    [InlineData(1, 1.0)]
    public void ResultRule_CutRatesOnTheEdges_AreKept(double rate, double? maximum)
    {
        var r = new ResultRule("c", [Grade.Poor], [], 1, BudgetAction.Cut, (decimal)rate, (decimal?)maximum, false, Src);

        Assert.Equal((decimal)rate, r.CutRate);
        Assert.Equal((decimal?)maximum, r.MaximumCutRate);
    }

    [Fact]
    public void ResultRule_CutWithoutRate_IsAllowed_TheRateIsLeftToADecision()
    {
        var r = new ResultRule("c", [Grade.Poor], [], 1, BudgetAction.Cut, null, null, false, Src);

        Assert.Null(r.CutRate);
        Assert.Null(r.MaximumCutRate);
    }

    [Fact]
    public void ResultRule_BadArguments_NameTheParameter()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new ResultRule(" ", [Grade.Poor], [], 1, BudgetAction.Keep, null, null, false, Src)).ParamName);
        Assert.Equal("grades", Assert.Throws<ArgumentNullException>(() => new ResultRule("r", null!, [], 1, BudgetAction.Keep, null, null, false, Src)).ParamName);
        Assert.Equal("kinds", Assert.Throws<ArgumentNullException>(() => new ResultRule("r", [Grade.Poor], null!, 1, BudgetAction.Keep, null, null, false, Src)).ParamName);
        var years = Assert.Throws<ArgumentOutOfRangeException>(() => new ResultRule("r", [Grade.Poor], [], 0, BudgetAction.Keep, null, null, false, Src));
        Assert.Equal("consecutiveYears", years.ParamName);
        Assert.Equal(0, years.ActualValue);
        Assert.Equal("action", Assert.Throws<ArgumentOutOfRangeException>(() => new ResultRule("r", [Grade.Poor], [], 1, (BudgetAction)10, null, null, false, Src)).ParamName);
        var notACut = Assert.Throws<ArgumentException>(() => new ResultRule("r", [Grade.Poor], [], 1, BudgetAction.Cancel, 0.1m, null, false, Src));
        Assert.Equal("cutRate", notACut.ParamName);
        Assert.StartsWith("Only a cut has a rate.", notACut.Message, StringComparison.Ordinal);
        Assert.Equal("cutRate", Assert.Throws<ArgumentOutOfRangeException>(() => new ResultRule("r", [Grade.Poor], [], 1, BudgetAction.Cut, -0.1m, null, false, Src)).ParamName);
        Assert.Equal("cutRate", Assert.Throws<ArgumentOutOfRangeException>(() => new ResultRule("r", [Grade.Poor], [], 1, BudgetAction.Cut, 1.0001m, null, false, Src)).ParamName);
        Assert.Equal("maximumCutRate", Assert.Throws<ArgumentOutOfRangeException>(() => new ResultRule("r", [Grade.Poor], [], 1, BudgetAction.Cut, 0.1m, 1.01m, false, Src)).ParamName);
        Assert.Equal("maximumCutRate", Assert.Throws<ArgumentOutOfRangeException>(() => new ResultRule("r", [Grade.Poor], [], 1, BudgetAction.Cut, 0.1m, 0.0999m, false, Src)).ParamName);
        Assert.Equal("maximumCutRate", Assert.Throws<ArgumentOutOfRangeException>(() => new ResultRule("r", [Grade.Poor], [], 1, BudgetAction.Cut, null, 0.5m, false, Src)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new ResultRule("r", [Grade.Poor], [], 1, BudgetAction.Keep, null, null, false, null!)).ParamName);
    }

    [Fact]
    public void ResultRule_Matches_KindFilter()
    {
        var oneOff = new ResultRule("r", [Grade.Poor], [ProjectKind.OneOff], 1, BudgetAction.Cancel, null, null, true, Src);
        var any = Rule([Grade.Poor], BudgetAction.Cancel);

        Assert.True(oneOff.Matches([Grade.Poor], ProjectKind.OneOff));
        Assert.False(oneOff.Matches([Grade.Poor], ProjectKind.Recurring));
        Assert.All(Enum.GetValues<ProjectKind>(), k => Assert.True(any.Matches([Grade.Poor], k)));
        Assert.False(any.Matches([Grade.Fair], ProjectKind.OneOff));
    }

    // Korea SABP (RULES.md §8): 2 consecutive years of 差 → redesign. This year first, then earlier years.
    [Fact]
    public void ResultRule_Matches_ConsecutiveYearsCountFromThisYear()
    {
        var twoYears = new ResultRule("r", [Grade.Poor], [], 2, BudgetAction.Redesign, null, null, false, Src);

        Assert.False(twoYears.Matches([Grade.Poor], ProjectKind.Recurring));
        Assert.True(twoYears.Matches([Grade.Poor, Grade.Poor], ProjectKind.Recurring));
        Assert.True(twoYears.Matches([Grade.Poor, Grade.Poor, Grade.Excellent], ProjectKind.Recurring));
        Assert.False(twoYears.Matches([Grade.Poor, Grade.Fair], ProjectKind.Recurring));
        Assert.False(twoYears.Matches([Grade.Fair, Grade.Poor], ProjectKind.Recurring));
        Assert.False(twoYears.Matches([Grade.Fair, Grade.Poor, Grade.Poor], ProjectKind.Recurring));
        Assert.Equal("grades", Assert.Throws<ArgumentNullException>(() => twoYears.Matches(null!, ProjectKind.Recurring)).ParamName);
    }

    [Fact]
    public void ResultApplication_FirstMatchingRuleInOrderApplies()
    {
        var redesign = new ResultRule("redesign", [Grade.Poor], [], 2, BudgetAction.Redesign, null, null, false, Src);
        var cut = new ResultRule("cut", [Grade.Poor, Grade.Fair], [], 1, BudgetAction.Cut, 0.1m, null, false, Src);
        var keep = Rule([Grade.Excellent, Grade.Good], BudgetAction.Keep, "keep");
        var rules = new ResultApplicationRules([redesign, cut, keep], new Rounding(0, RoundingMode.Down), 0.05m);

        Assert.Same(redesign, rules.Match([Grade.Poor, Grade.Poor], ProjectKind.Recurring));
        Assert.Same(cut, rules.Match([Grade.Poor], ProjectKind.Recurring));
        Assert.Same(cut, rules.Match([Grade.Fair, Grade.Poor], ProjectKind.Recurring));
        Assert.Same(keep, rules.Match([Grade.Good], ProjectKind.MultiYear));
        Assert.Equal([redesign, cut, keep], rules.Rules);
        Assert.Equal(new Rounding(0, RoundingMode.Down), rules.MoneyRounding);
        Assert.Equal(0.05m, rules.RewardShare);
        Assert.Equal("grades", Assert.Throws<ArgumentNullException>(() => rules.Match(null!, ProjectKind.Recurring)).ParamName);
        Assert.StartsWith("At least this year's grade is needed.", Assert.Throws<ArgumentException>(() => rules.Match([], ProjectKind.Recurring)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResultApplication_AGradeWithoutASingleYearRule_Throws()
    {
        // Good is covered only by a two-year rule: a first 良 would be left without a proposal.
        var e = Assert.Throws<ArgumentException>(() => new ResultApplicationRules(
            [Rule([Grade.Excellent, Grade.Fair, Grade.Poor], BudgetAction.Keep), new ResultRule("two", [Grade.Good], [], 2, BudgetAction.Keep, null, null, false, Src)],
            Rounding.TwoDecimalsHalfAwayFromZero, null));

        Assert.Equal("rules", e.ParamName);
        Assert.StartsWith("No single-year rule covers the grade Good for Recurring projects.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResultApplication_AKindWithoutARule_Throws_AndRulesForEveryKindTogetherCover()
    {
        var oneOff = new ResultRule("one-off", AllGrades, [ProjectKind.OneOff], 1, BudgetAction.Keep, null, null, false, Src);
        var others = new ResultRule("others", AllGrades, [ProjectKind.Recurring, ProjectKind.MultiYear], 1, BudgetAction.Keep, null, null, false, Src);

        var e = Assert.Throws<ArgumentException>(() => new ResultApplicationRules([oneOff, others], Rounding.TwoDecimalsHalfAwayFromZero, null));
        Assert.Equal("rules", e.ParamName);
        Assert.Contains("for WholeDepartment projects", e.Message, StringComparison.Ordinal);

        var whole = new ResultRule("whole", AllGrades, [ProjectKind.WholeDepartment], 1, BudgetAction.Keep, null, null, false, Src);
        Assert.Equal(3, new ResultApplicationRules([oneOff, others, whole], Rounding.TwoDecimalsHalfAwayFromZero, null).Rules.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0.0001)]
    public void ResultApplication_RewardShareOnTheEdges_IsKept(double share) =>
        Assert.Equal((decimal)share, new ResultApplicationRules([Rule(AllGrades, BudgetAction.Keep)], Rounding.TwoDecimalsHalfAwayFromZero, (decimal)share).RewardShare);

    [Fact]
    public void ResultApplication_BadArguments_Throw()
    {
        var keep = Rule(AllGrades, BudgetAction.Keep);

        Assert.Equal("rewardShare", Assert.Throws<ArgumentOutOfRangeException>(() => new ResultApplicationRules([keep], Rounding.TwoDecimalsHalfAwayFromZero, 1.01m)).ParamName);
        Assert.Equal("rewardShare", Assert.Throws<ArgumentOutOfRangeException>(() => new ResultApplicationRules([keep], Rounding.TwoDecimalsHalfAwayFromZero, -0.1m)).ParamName);
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => new ResultApplicationRules(null!, Rounding.TwoDecimalsHalfAwayFromZero, null)).ParamName);
        Assert.Equal("rules", Assert.Throws<ArgumentException>(() => new ResultApplicationRules([keep, null!], Rounding.TwoDecimalsHalfAwayFromZero, null)).ParamName);
        Assert.Null(new ResultApplicationRules([keep], Rounding.TwoDecimalsHalfAwayFromZero, null).RewardShare);
    }

    // Rectification and distribution ----------------------------------------------------------------------------

    [Theory]
    [InlineData(1)]
    [InlineData(0.0001)]
    public void Rectification_FurtherCutRateOnTheEdges_IsKept(double rate)
    {
        var r = new RectificationRules(RectificationConsequence.FurtherCut, (decimal)rate, Src);

        Assert.Equal(RectificationConsequence.FurtherCut, r.Consequence);
        Assert.Equal((decimal)rate, r.FurtherCutRate);
        Assert.Same(Src, r.Source);
    }

    [Fact]
    public void Rectification_FundAfterRectification_HasNoRate()
    {
        var r = new RectificationRules(RectificationConsequence.FundAfterRectification, null, Src);

        Assert.Equal(RectificationConsequence.FundAfterRectification, r.Consequence);
        Assert.Null(r.FurtherCutRate);
        Assert.Equal("consequence", Assert.Throws<ArgumentOutOfRangeException>(() => new RectificationRules((RectificationConsequence)2, null, Src)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new RectificationRules(RectificationConsequence.FundAfterRectification, null, null!)).ParamName);
        Assert.Equal("furtherCutRate", Assert.Throws<ArgumentOutOfRangeException>(() => new RectificationRules(RectificationConsequence.FurtherCut, -0.1m, Src)).ParamName);
    }

    [Fact]
    public void Distribution_KeepsGradesBestFirstWithoutRepeats()
    {
        var d = new DistributionRules([Grade.Good, Grade.Excellent, Grade.Good], 0.3m, [Grade.Poor, Grade.Fair, Grade.Poor], 0.05m, Src);

        Assert.Equal([Grade.Excellent, Grade.Good], d.TopGrades);
        Assert.Equal([Grade.Fair, Grade.Poor], d.BottomGrades);
        Assert.Equal(0.3m, d.MaximumTopShare);
        Assert.Equal(0.05m, d.MinimumBottomShare);
        Assert.Same(Src, d.Source);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    public void Distribution_SharesOnTheEdgesOfZeroToOne_AreKept(double top, double bottom)
    {
        var d = new DistributionRules([Grade.Excellent], (decimal)top, [Grade.Poor], (decimal)bottom, Src);

        Assert.Equal((decimal)top, d.MaximumTopShare);
        Assert.Equal((decimal)bottom, d.MinimumBottomShare);
    }

    [Fact]
    public void Distribution_EmptySidesAndNoLimits_AreAllowed()
    {
        var onlyTop = new DistributionRules([Grade.Excellent], 0.2m, [], null, Src);
        var onlyBottom = new DistributionRules([], null, [Grade.Poor], 0.1m, Src);

        Assert.Empty(onlyTop.BottomGrades);
        Assert.Null(onlyTop.MinimumBottomShare);
        Assert.Empty(onlyBottom.TopGrades);
        Assert.Null(onlyBottom.MaximumTopShare);
        // Adjacent grades on the two sides are fine: 良 is better than 中.
        Assert.Equal([Grade.Good], new DistributionRules([Grade.Good], null, [Grade.Fair], null, Src).TopGrades);
    }

    [Fact]
    public void Distribution_BadArguments_Throw()
    {
        Assert.Equal("maximumTopShare", Assert.Throws<ArgumentOutOfRangeException>(() => new DistributionRules([Grade.Excellent], 1.01m, [Grade.Poor], null, Src)).ParamName);
        Assert.Equal("maximumTopShare", Assert.Throws<ArgumentOutOfRangeException>(() => new DistributionRules([Grade.Excellent], -0.01m, [Grade.Poor], null, Src)).ParamName);
        Assert.Equal("minimumBottomShare", Assert.Throws<ArgumentOutOfRangeException>(() => new DistributionRules([Grade.Excellent], null, [Grade.Poor], 1.01m, Src)).ParamName);
        Assert.Equal("minimumBottomShare", Assert.Throws<ArgumentOutOfRangeException>(() => new DistributionRules([Grade.Excellent], null, [Grade.Poor], -0.01m, Src)).ParamName);
        Assert.Equal("topGrades", Assert.Throws<ArgumentNullException>(() => new DistributionRules(null!, null, [Grade.Poor], null, Src)).ParamName);
        Assert.Equal("bottomGrades", Assert.Throws<ArgumentNullException>(() => new DistributionRules([Grade.Excellent], null, null!, null, Src)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new DistributionRules([Grade.Excellent], null, [Grade.Poor], null, null!)).ParamName);
        var both = Assert.Throws<ArgumentException>(() => new DistributionRules([Grade.Excellent, Grade.Fair], null, [Grade.Fair], null, Src));
        Assert.StartsWith("A grade cannot be both top and bottom.", both.Message, StringComparison.Ordinal);
        // 良 on top and 优 at the bottom: the lowest top grade must be better than the highest bottom grade.
        var order = Assert.Throws<ArgumentException>(() => new DistributionRules([Grade.Excellent, Grade.Fair], null, [Grade.Good], null, Src));
        Assert.Equal("bottomGrades", order.ParamName);
        Assert.StartsWith("Every top grade must be better than every bottom grade.", order.Message, StringComparison.Ordinal);
    }

    // Admission --------------------------------------------------------------------------------------------------

    [Fact]
    public void AdmissionCheckRule_KeepsCheckAndSource()
    {
        var rule = new AdmissionCheckRule(AdmissionCheck.TargetReviewPassed, Src);

        Assert.Equal(AdmissionCheck.TargetReviewPassed, rule.Check);
        Assert.Same(Src, rule.Source);
        Assert.Equal("check", Assert.Throws<ArgumentOutOfRangeException>(() => new AdmissionCheckRule((AdmissionCheck)3, Src)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new AdmissionCheckRule(AdmissionCheck.TargetRequired, null!)).ParamName);
    }

    // Requests strictly below the threshold are exempt; exactly the threshold is not (docs/rules/admission.md).
    [Fact]
    public void SmallAmountExemption_ExemptsOnlyListedChecksStrictlyBelowTheThreshold()
    {
        var e = new SmallAmountExemption(Money.FromYuan(500_000m), [AdmissionCheck.ExAnteAssessmentRequired, AdmissionCheck.ExAnteAssessmentRequired], Src);

        Assert.Equal(Money.FromYuan(500_000m), e.Below);
        Assert.Equal([AdmissionCheck.ExAnteAssessmentRequired], e.Exempted);
        Assert.Same(Src, e.Source);
        Assert.True(e.Exempts(Money.FromYuan(499_999.99m), AdmissionCheck.ExAnteAssessmentRequired));
        Assert.False(e.Exempts(Money.FromYuan(500_000m), AdmissionCheck.ExAnteAssessmentRequired));
        Assert.False(e.Exempts(Money.FromYuan(500_000.01m), AdmissionCheck.ExAnteAssessmentRequired));
        Assert.False(e.Exempts(Money.FromYuan(1m), AdmissionCheck.TargetRequired));
    }

    [Fact]
    public void SmallAmountExemption_BadArguments_Throw()
    {
        Assert.Equal("below", Assert.Throws<ArgumentOutOfRangeException>(() => new SmallAmountExemption(Money.FromYuan(-1m), [AdmissionCheck.TargetRequired], Src)).ParamName);
        Assert.Equal(Money.FromYuan(0.01m), new SmallAmountExemption(Money.FromYuan(0.01m), [AdmissionCheck.TargetRequired], Src).Below);
        Assert.Equal("exempted", Assert.Throws<ArgumentNullException>(() => new SmallAmountExemption(Money.FromYuan(1m), null!, Src)).ParamName);
        Assert.Equal("exempted", Assert.Throws<ArgumentOutOfRangeException>(() => new SmallAmountExemption(Money.FromYuan(1m), [(AdmissionCheck)9], Src)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new SmallAmountExemption(Money.FromYuan(1m), [AdmissionCheck.TargetRequired], null!)).ParamName);
    }

    [Fact]
    public void AdmissionRules_ChecksInEnumOrderAndLookedUpByCheck()
    {
        var review = new AdmissionCheckRule(AdmissionCheck.TargetReviewPassed, Src);
        var target = new AdmissionCheckRule(AdmissionCheck.TargetRequired, Src);
        var exemption = new SmallAmountExemption(Money.FromYuan(1m), [AdmissionCheck.TargetRequired], Src);
        var rules = new AdmissionRules([review, target], exemption);

        Assert.Equal([target, review], rules.Checks);
        Assert.Same(exemption, rules.SmallAmountExemption);
        Assert.Same(review, rules.RuleFor(AdmissionCheck.TargetReviewPassed));
        Assert.Same(target, rules.RuleFor(AdmissionCheck.TargetRequired));
        Assert.Null(rules.RuleFor(AdmissionCheck.ExAnteAssessmentRequired));
        Assert.Equal("check", Assert.Throws<ArgumentOutOfRangeException>(() => rules.RuleFor((AdmissionCheck)5)).ParamName);
        Assert.Null(new AdmissionRules([], null).SmallAmountExemption);
    }

    [Fact]
    public void AdmissionRules_ACheckListedTwice_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new AdmissionRules(
            [new AdmissionCheckRule(AdmissionCheck.TargetRequired, Src), new AdmissionCheckRule(AdmissionCheck.TargetRequired, Src)], null));

        Assert.Equal("checks", e.ParamName);
        Assert.StartsWith("A check is listed more than once.", e.Message, StringComparison.Ordinal);
        Assert.Equal("checks", Assert.Throws<ArgumentNullException>(() => new AdmissionRules(null!, null)).ParamName);
    }

    // Target review ----------------------------------------------------------------------------------------------

    [Fact]
    public void ClassRequirement_KeepsDistinctLevelTwoClasses()
    {
        var r = new ClassRequirement([IndicatorClass.Economic, IndicatorClass.Social, IndicatorClass.Economic], Src);

        Assert.Equal([IndicatorClass.Economic, IndicatorClass.Social], r.AnyOf);
        Assert.Same(Src, r.Source);
        Assert.Equal("anyOf", Assert.Throws<ArgumentException>(() => new ClassRequirement([IndicatorClass.Quantity, IndicatorClass.Benefit], Src)).ParamName);
        Assert.Equal("anyOf", Assert.Throws<ArgumentNullException>(() => new ClassRequirement(null!, Src)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new ClassRequirement([IndicatorClass.Quantity], null!)).ParamName);
    }

    [Fact]
    public void ExpenditureStandard_TrimsTheNameAndKeepsTheRest()
    {
        var s = new ExpenditureStandard("  亩均建设成本 ", "元/亩", 3000m, Src);

        Assert.Equal("亩均建设成本", s.IndicatorName);
        Assert.Equal("元/亩", s.Unit);
        Assert.Equal(3000m, s.Maximum);
        Assert.Same(Src, s.Source);
        Assert.Equal(0m, new ExpenditureStandard("x", "元", 0m, Src).Maximum);
        Assert.Equal("indicatorName", Assert.Throws<ArgumentException>(() => new ExpenditureStandard(" ", "元", 1m, Src)).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentException>(() => new ExpenditureStandard("x", "", 1m, Src)).ParamName);
        Assert.Equal("maximum", Assert.Throws<ArgumentOutOfRangeException>(() => new ExpenditureStandard("x", "元", -0.01m, Src)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new ExpenditureStandard("x", "元", 1m, null!)).ParamName);
    }

    [Theory]
    [InlineData(0, 100, 0)]
    [InlineData(100, 0, 100)]
    [InlineData(20, 5, 1)]
    public void ReviewGrading_DeductionsOnTheEdgesOfZeroToHundred_AreKept(double error, double warning, double advice)
    {
        var g = new ReviewGradingRules((decimal)error, (decimal)warning, (decimal)advice, GradeScale.National2020, Src);

        Assert.Equal((decimal)error, g.ErrorDeduction);
        Assert.Equal((decimal)warning, g.WarningDeduction);
        Assert.Equal((decimal)advice, g.AdviceDeduction);
        Assert.Same(GradeScale.National2020, g.Scale);
        Assert.Same(Src, g.Source);
    }

    [Theory]
    [InlineData(-0.01, 0, 0, "errorDeduction")]
    [InlineData(100.01, 0, 0, "errorDeduction")]
    [InlineData(0, -0.01, 0, "warningDeduction")]
    [InlineData(0, 100.01, 0, "warningDeduction")]
    [InlineData(0, 0, -0.01, "adviceDeduction")]
    [InlineData(0, 0, 100.01, "adviceDeduction")]
    public void ReviewGrading_DeductionOutsideZeroToHundred_Throws(double error, double warning, double advice, string parameter)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ReviewGradingRules((decimal)error, (decimal)warning, (decimal)advice, GradeScale.National2020, Src));

        Assert.Equal(parameter, e.ParamName);
        Assert.Contains("[0, 100]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewGrading_NullScaleOrSource_Throws()
    {
        Assert.Equal("scale", Assert.Throws<ArgumentNullException>(() => new ReviewGradingRules(1m, 1m, 1m, null!, Src)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new ReviewGradingRules(1m, 1m, 1m, GradeScale.National2020, null!)).ParamName);
    }

    [Fact]
    public void TargetReview_KeepsEveryValue()
    {
        var requirement = new ClassRequirement([IndicatorClass.Quantity], Src);
        var standard = new ExpenditureStandard("亩均建设成本", "元/亩", 3000m, Src);
        var grading = new ReviewGradingRules(20m, 5m, 1m, GradeScale.National2020, Src);
        var t = new TargetReviewRules([requirement], 0.9m, true, 100m, [standard], grading, Src);

        Assert.Equal([requirement], t.RequiredClasses);
        Assert.Equal(0.9m, t.SatisfactionMinimum);
        Assert.True(t.WeightsRequired);
        Assert.Equal(100m, t.RequiredTotalPoints);
        Assert.Equal([standard], t.ExpenditureStandards);
        Assert.Same(grading, t.Grading);
        Assert.Same(Src, t.Source);

        var bare = new TargetReviewRules([], 0m, false, null, [], null, Src);
        Assert.False(bare.WeightsRequired);
        Assert.Null(bare.RequiredTotalPoints);
        Assert.Null(bare.Grading);
        Assert.Equal(1m, new TargetReviewRules([], 1m, false, 0m, [], null, Src).SatisfactionMinimum);
    }

    [Fact]
    public void TargetReview_BadArguments_Throw()
    {
        Assert.Equal("satisfactionMinimum", Assert.Throws<ArgumentOutOfRangeException>(() => new TargetReviewRules([], -0.01m, false, null, [], null, Src)).ParamName);
        Assert.Equal("satisfactionMinimum", Assert.Throws<ArgumentOutOfRangeException>(() => new TargetReviewRules([], 1.01m, false, null, [], null, Src)).ParamName);
        Assert.Equal("requiredTotalPoints", Assert.Throws<ArgumentOutOfRangeException>(() => new TargetReviewRules([], 0.9m, false, -1m, [], null, Src)).ParamName);
        Assert.Equal("requiredClasses", Assert.Throws<ArgumentNullException>(() => new TargetReviewRules(null!, 0.9m, false, null, [], null, Src)).ParamName);
        Assert.Equal("expenditureStandards", Assert.Throws<ArgumentException>(() => new TargetReviewRules([], 0.9m, false, null, [null!], null, Src)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new TargetReviewRules([], 0.9m, false, null, [], null, null!)).ParamName);
    }

    // Monitoring -------------------------------------------------------------------------------------------------

    // Vendor-style indicator bands [D]: red < 60, yellow [60, 80), green [80, 120), blue ≥ 120 (docs/rules/monitoring.md).
    [Theory]
    [InlineData(0, WarningColour.Red)]
    [InlineData(59.99, WarningColour.Red)]
    [InlineData(60, WarningColour.Yellow)]
    [InlineData(79.99, WarningColour.Yellow)]
    [InlineData(80, WarningColour.Green)]
    [InlineData(119.99, WarningColour.Green)]
    [InlineData(120, WarningColour.Blue)]
    [InlineData(500, WarningColour.Blue)]
    public void ColourBands_VendorIndicatorBands(double value, WarningColour expected) =>
        Assert.Equal(expected, new ColourBands(60m, 80m, 120m, Src).ColourOf((decimal)value));

    [Theory]
    [InlineData(59.99, WarningColour.Red)]
    [InlineData(60, WarningColour.Yellow)]
    [InlineData(80, WarningColour.Green)]
    [InlineData(1000, WarningColour.Green)]
    public void ColourBands_WithoutBlue_NeverBlue(double value, WarningColour expected) =>
        Assert.Equal(expected, new ColourBands(60m, 80m, null, Src).ColourOf((decimal)value));

    [Fact]
    public void ColourBands_GreenFromYellow_LeavesNoYellow_AndValuesAreKept()
    {
        var b = new ColourBands(60m, 60m, 60.01m, Src);

        Assert.Equal(WarningColour.Red, b.ColourOf(59.99m));
        Assert.Equal(WarningColour.Green, b.ColourOf(60m));
        Assert.Equal(WarningColour.Blue, b.ColourOf(60.01m));
        Assert.Equal(60m, b.YellowFrom);
        Assert.Equal(60m, b.GreenFrom);
        Assert.Equal(60.01m, b.BlueFrom);
        Assert.Same(Src, b.Source);
        Assert.Equal(WarningColour.Yellow, new ColourBands(0m, 80m, null, Src).ColourOf(0m));
    }

    [Fact]
    public void ColourBands_BadArguments_Throw()
    {
        Assert.Equal("yellowFrom", Assert.Throws<ArgumentOutOfRangeException>(() => new ColourBands(-0.01m, 80m, null, Src)).ParamName);
        Assert.Equal("greenFrom", Assert.Throws<ArgumentOutOfRangeException>(() => new ColourBands(60m, 59.99m, null, Src)).ParamName);
        var blue = Assert.Throws<ArgumentOutOfRangeException>(() => new ColourBands(60m, 80m, 80m, Src));
        Assert.Equal("blueFrom", blue.ParamName);
        Assert.Contains("above green", blue.Message, StringComparison.Ordinal);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new ColourBands(60m, 80m, null, null!)).ParamName);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(12, 1)]
    [InlineData(6, 0.4)]
    public void ExecutionCheckpoint_EdgesOfMonthAndMinimum_AreKept(int month, double minimum)
    {
        var c = new ExecutionCheckpoint(month, (decimal)minimum);

        Assert.Equal(month, c.Month);
        Assert.Equal((decimal)minimum, c.MinimumExecution);
    }

    [Theory]
    [InlineData(0, 0.5, "month")]
    [InlineData(13, 0.5, "month")]
    [InlineData(6, -0.01, "minimumExecution")]
    public void ExecutionCheckpoint_OutOfRange_Throws(int month, double minimum, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new ExecutionCheckpoint(month, (decimal)minimum)).ParamName);

    [Fact]
    public void ExecutionCheckpoint_EqualsObject()
    {
        var june = new ExecutionCheckpoint(6, 0.4m);

        Assert.True(june.Equals((object)new ExecutionCheckpoint(6, 0.4m)));
        Assert.False(june.Equals((object)new ExecutionCheckpoint(6, 0.5m)));
        Assert.False(june.Equals((object)6));
        Assert.False(june == new ExecutionCheckpoint(8, 0.4m));
    }

    [Fact]
    public void CheckpointRules_ByMonth()
    {
        var rules = new CheckpointRules([new ExecutionCheckpoint(10, 0.8m), new ExecutionCheckpoint(4, 0.25m), new ExecutionCheckpoint(6, 0.4m)], Src);

        Assert.Equal([4, 6, 10], rules.Checkpoints.Select(c => c.Month));
        Assert.Equal([0.25m, 0.4m, 0.8m], rules.Checkpoints.Select(c => c.MinimumExecution));
        Assert.Same(Src, rules.Source);
        Assert.Equal("checkpoints", Assert.Throws<ArgumentNullException>(() => new CheckpointRules(null!, Src)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new CheckpointRules([new ExecutionCheckpoint(4, 0.25m)], null!)).ParamName);
        Assert.StartsWith("A month has more than one checkpoint.", Assert.Throws<ArgumentException>(() =>
            new CheckpointRules([new ExecutionCheckpoint(4, 0.2m), new ExecutionCheckpoint(6, 0.4m), new ExecutionCheckpoint(4, 0.25m)], Src)).Message, StringComparison.Ordinal);
        Assert.StartsWith("Give at least one created checkpoint.", Assert.Throws<ArgumentException>(() =>
            new CheckpointRules([new ExecutionCheckpoint(4, 0.2m), default], Src)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GapResponseAndCrossCheck_KeepTheirValuesOnTheEdges()
    {
        var gap = new GapRule(0m, Src);
        Assert.Equal(0m, gap.MaximumPoints);
        Assert.Same(Src, gap.Source);
        Assert.Equal(10m, new GapRule(10m, Src).MaximumPoints);

        var response = new ResponseRule(1, true, Src);
        Assert.Equal(1, response.WorkingDays);
        Assert.True(response.AutomaticSuspension);
        Assert.Same(Src, response.Source);
        Assert.False(new ResponseRule(10, false, Src).AutomaticSuspension);

        var cross = new SelfEvaluationCrossCheckRules(0m, 0m, Src);
        Assert.Equal(0m, cross.MaximumClaimExcess);
        Assert.Equal(0m, cross.MaximumUnspentShare);
        Assert.Same(Src, cross.Source);
        var vendor = new SelfEvaluationCrossCheckRules(0.05m, 1m, Src);
        Assert.Equal(0.05m, vendor.MaximumClaimExcess);
        Assert.Equal(1m, vendor.MaximumUnspentShare);
    }

    [Fact]
    public void GapResponseAndCrossCheck_BadArguments_Throw()
    {
        Assert.Equal("maximumPoints", Assert.Throws<ArgumentOutOfRangeException>(() => new GapRule(-0.01m, Src)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new GapRule(10m, null!)).ParamName);
        Assert.Equal("workingDays", Assert.Throws<ArgumentOutOfRangeException>(() => new ResponseRule(-1, true, Src)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new ResponseRule(10, true, null!)).ParamName);
        Assert.Equal("maximumClaimExcess", Assert.Throws<ArgumentOutOfRangeException>(() => new SelfEvaluationCrossCheckRules(-0.01m, 0.2m, Src)).ParamName);
        Assert.Equal("maximumUnspentShare", Assert.Throws<ArgumentOutOfRangeException>(() => new SelfEvaluationCrossCheckRules(0.05m, 1.01m, Src)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new SelfEvaluationCrossCheckRules(0.05m, 0.2m, null!)).ParamName);
    }

    [Fact]
    public void Monitoring_KeepsEveryPart()
    {
        var execution = new ColourBands(60m, 80m, null, Src);
        var indicator = new ColourBands(60m, 80m, 120m, Src);
        var checkpoints = new CheckpointRules([new ExecutionCheckpoint(6, 0.4m)], Src);
        var gap = new GapRule(10m, Src);
        var response = new ResponseRule(10, true, Src);
        var cross = new SelfEvaluationCrossCheckRules(0.05m, 0.2m, Src);
        var actionsSource = new SourceCitation("财预〔2019〕136号", SourceKind.National, "actions");
        var source = new SourceCitation("vendor", SourceKind.Deployed);
        var rounding = new Rounding(1, RoundingMode.Up);

        var m = new MonitoringRules(TimeProgressBasis.Days, rounding, execution, indicator, checkpoints, gap, response, Actions(), actionsSource, cross, source);

        Assert.Equal(TimeProgressBasis.Days, m.TimeProgress);
        Assert.Equal(rounding, m.ProgressRounding);
        Assert.Same(execution, m.ExecutionBands);
        Assert.Same(indicator, m.IndicatorBands);
        Assert.Same(checkpoints, m.Checkpoints);
        Assert.Same(gap, m.Gap);
        Assert.Same(response, m.Response);
        Assert.Same(cross, m.CrossCheck);
        Assert.Same(actionsSource, m.ActionsSource);
        Assert.Same(source, m.Source);
        Assert.Equal(MonitoringAction.Continue, m.Actions[MonitoringSituation.OnTrack]);
        Assert.Equal(MonitoringAction.Correct, m.Actions[MonitoringSituation.Deviation]);
        Assert.Equal(MonitoringAction.PauseDisbursement, m.Actions[MonitoringSituation.SeriousDeviation]);
        Assert.Equal(MonitoringAction.Reallocate, m.Actions[MonitoringSituation.SomeIndicatorsImpossible]);
        Assert.Equal(MonitoringAction.Stop, m.Actions[MonitoringSituation.AllIndicatorsImpossible]);
        Assert.Equal(5, m.Actions.Count);

        var bare = new MonitoringRules(TimeProgressBasis.WholeMonths, rounding, null, null, null, null, null, Actions(), actionsSource, null, source);
        Assert.Equal(TimeProgressBasis.WholeMonths, bare.TimeProgress);
        Assert.Null(bare.ExecutionBands);
        Assert.Null(bare.IndicatorBands);
        Assert.Null(bare.Checkpoints);
        Assert.Null(bare.Gap);
        Assert.Null(bare.Response);
        Assert.Null(bare.CrossCheck);
    }

    [Fact]
    public void Monitoring_ActionsAreACopy()
    {
        var actions = Actions();
        var m = new MonitoringRules(TimeProgressBasis.WholeMonths, Rounding.TwoDecimalsHalfAwayFromZero, null, null, null, null, null, actions, Src, null, Src);
        actions[MonitoringSituation.OnTrack] = MonitoringAction.Stop;

        Assert.Equal(MonitoringAction.Continue, m.Actions[MonitoringSituation.OnTrack]);
    }

    [Fact]
    public void Monitoring_BadArguments_Throw()
    {
        var r = Rounding.TwoDecimalsHalfAwayFromZero;
        var missing = Actions();
        missing.Remove(MonitoringSituation.SeriousDeviation);
        var undefined = Actions();
        undefined[MonitoringSituation.Deviation] = (MonitoringAction)5;

        Assert.Equal("timeProgress", Assert.Throws<ArgumentOutOfRangeException>(() => new MonitoringRules((TimeProgressBasis)2, r, null, null, null, null, null, Actions(), Src, null, Src)).ParamName);
        Assert.Equal("actions", Assert.Throws<ArgumentNullException>(() => new MonitoringRules(TimeProgressBasis.Days, r, null, null, null, null, null, null!, Src, null, Src)).ParamName);
        var e = Assert.Throws<ArgumentException>(() => new MonitoringRules(TimeProgressBasis.Days, r, null, null, null, null, null, missing, Src, null, Src));
        Assert.Equal("actions", e.ParamName);
        Assert.StartsWith("No action is named for the situation SeriousDeviation.", e.Message, StringComparison.Ordinal);
        Assert.Equal("actions", Assert.Throws<ArgumentOutOfRangeException>(() => new MonitoringRules(TimeProgressBasis.Days, r, null, null, null, null, null, undefined, Src, null, Src)).ParamName);
        Assert.Equal("actionsSource", Assert.Throws<ArgumentNullException>(() => new MonitoringRules(TimeProgressBasis.Days, r, null, null, null, null, null, Actions(), null!, null, Src)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new MonitoringRules(TimeProgressBasis.Days, r, null, null, null, null, null, Actions(), Src, null, null!)).ParamName);
    }

    private static Dictionary<MonitoringSituation, MonitoringAction> Actions() => new()
    {
        [MonitoringSituation.OnTrack] = MonitoringAction.Continue,
        [MonitoringSituation.Deviation] = MonitoringAction.Correct,
        [MonitoringSituation.SeriousDeviation] = MonitoringAction.PauseDisbursement,
        [MonitoringSituation.SomeIndicatorsImpossible] = MonitoringAction.Reallocate,
        [MonitoringSituation.AllIndicatorsImpossible] = MonitoringAction.Stop,
    };

    private static ResultRule Rule(Grade[] grades, BudgetAction action, string id = "r") => new(id, grades, [], 1, action, null, null, false, Src);
}
