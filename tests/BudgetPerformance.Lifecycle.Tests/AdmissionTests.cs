using System;
using System.Linq;
using BudgetPerformance.Admission;
using BudgetPerformance.Json;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Admission;
using BudgetPerformance.Scoring.Review;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Lifecycle.Tests;

public class AdmissionTests
{
    private static readonly LocalDate Assessed = new(2024, 9, 1);

    private static AdmissionRequest Request(bool newMajor = false, PerformanceTarget? target = null, ExAnteOutcome? exAnte = null, decimal amount = 1_000_000m, bool noTarget = false) =>
        new(Fixtures.Item(newMajor), Fixtures.Year2025, Money.FromYuan(amount), noTarget ? null : target ?? Fixtures.Target(Fixtures.ReviewTree(), TargetStatus.Approved), exAnte);

    private static ExAnteOutcome Outcome(ExAnteConclusion conclusion, params string[] adjustments) => new(Fixtures.Project, Assessed, conclusion, null, adjustments);

    private static string[] Codes(AdmissionResult result) => result.Reasons.Select(r => r.Reason.Code).ToArray();

    [Fact]
    public void Decide_ApprovedTargetOrdinaryProject_IsAdmittedWithEveryCheckListed()
    {
        var result = new AdmissionGate(Fixtures.National).Decide(Request());
        Assert.Equal(AdmissionDecision.Admitted, result.Decision);
        Assert.Equal([ReasonCodes.TargetPresent, ReasonCodes.ExAnteNotRequired, ReasonCodes.TargetReviewPassed], Codes(result));
        Assert.Empty(result.Conditions);
    }

    [Fact]
    public void Decide_NoTarget_IsRefusedCitingTheTargetsDocument()
    {
        var result = new AdmissionGate(Fixtures.National).Decide(Request(noTarget: true));
        Assert.Equal(AdmissionDecision.Refused, result.Decision);
        var reason = Assert.Single(result.Reasons, r => r.Effect == AdmissionDecision.Refused).Reason;
        Assert.Equal(ReasonCodes.NoTarget, reason.Code);
        Assert.Equal("未设置绩效目标，一律不得安排资金", reason.MessageZh);
        Assert.Equal("财预〔2021〕101号", reason.Source.Reference);
    }

    [Fact]
    public void Decide_NewMajorWithoutAssessment_IsRefusedAssessFirst()
    {
        var result = new AdmissionGate(Fixtures.National).Decide(Request(newMajor: true));
        Assert.Equal(AdmissionDecision.Refused, result.Decision);
        var reason = result.Reasons.Single(r => r.Check == AdmissionCheck.ExAnteAssessmentRequired).Reason;
        Assert.Equal(ReasonCodes.ExAnteMissing, reason.Code);
        Assert.Contains("先评估，后入库", reason.MessageZh, StringComparison.Ordinal);
        Assert.Equal("中发〔2018〕34号", reason.Source.Reference);
    }

    [Fact]
    public void Decide_NewMajorDoNotSupport_IsRefused()
    {
        var result = new AdmissionGate(Fixtures.National).Decide(Request(newMajor: true, exAnte: Outcome(ExAnteConclusion.DoNotSupport)));
        Assert.Equal(AdmissionDecision.Refused, result.Decision);
        Assert.Contains(ReasonCodes.ExAnteDoNotSupport, Codes(result));
    }

    [Fact]
    public void Decide_NewMajorSupportAfterAdjustment_IsAdmittedWithEachAdjustmentAsACondition()
    {
        var result = new AdmissionGate(Fixtures.National).Decide(Request(newMajor: true, exAnte: Outcome(ExAnteConclusion.SupportAfterAdjustment, "压减设备购置预算", "补充可持续影响指标")));
        Assert.Equal(AdmissionDecision.AdmittedWithConditions, result.Decision);
        Assert.Equal(["调整完善：压减设备购置预算", "调整完善：补充可持续影响指标"], result.Conditions.Select(c => c.MessageZh));
        Assert.All(result.Conditions, c => Assert.Equal(ReasonCodes.ExAnteAdjustment, c.Code));
    }

    [Fact]
    public void Decide_NewMajorSupportAfterAdjustment_WithoutListedAdjustments_StillCarriesTheCondition()
    {
        var result = new AdmissionGate(Fixtures.National).Decide(Request(newMajor: true, exAnte: Outcome(ExAnteConclusion.SupportAfterAdjustment)));
        Assert.Equal(AdmissionDecision.AdmittedWithConditions, result.Decision);
        var condition = Assert.Single(result.Conditions);
        Assert.Equal(ReasonCodes.ExAnteAdjustment, condition.Code);
        Assert.Equal("事前绩效评估结论为“调整完善后予以支持”：须按评估意见调整完善", condition.Message(DisplayLanguage.Chinese));
        Assert.Equal("the ex-ante assessment concluded 'support after adjustment': adjust as the assessment asks", condition.Message(DisplayLanguage.English));
        Assert.Equal("language", Assert.Throws<ArgumentOutOfRangeException>(() => condition.Message((DisplayLanguage)9)).ParamName);
        var expected = condition.Subject is null ? $"{condition.Code}: {condition.MessageEn}" : $"{condition.Code} at {condition.Subject}: {condition.MessageEn}";
        Assert.Equal(expected, condition.ToString());
        Assert.StartsWith("ex-ante-adjustment", condition.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NewMajorSupport_IsAdmitted() =>
        Assert.Equal(AdmissionDecision.Admitted, new AdmissionGate(Fixtures.National).Decide(Request(newMajor: true, exAnte: Outcome(ExAnteConclusion.Support))).Decision);

    [Fact]
    public void Decide_ReturnedTarget_IsRefusedUntilCorrected()
    {
        var result = new AdmissionGate(Fixtures.National).Decide(Request(target: Fixtures.Target(Fixtures.ReviewTree(), TargetStatus.Returned)));
        Assert.Equal(AdmissionDecision.Refused, result.Decision);
        Assert.Contains(ReasonCodes.TargetReturned, Codes(result));
    }

    [Fact]
    public void Decide_ReviewWithErrors_IsRefused()
    {
        var target = Fixtures.Target(Fixtures.ReviewTree(withTimeliness: false), TargetStatus.Submitted);
        var review = new TargetReviewer(Fixtures.National).Review(target, Money.FromYuan(1_000_000m));
        var result = new AdmissionGate(Fixtures.National).Decide(Request(target: target), review);
        Assert.Equal(AdmissionDecision.Refused, result.Decision);
        Assert.Contains(ReasonCodes.TargetReviewFailed, Codes(result));
    }

    [Fact]
    public void Decide_SubmittedTargetNotYetReviewed_IsAdmittedOnConditionOfReview()
    {
        var result = new AdmissionGate(Fixtures.National).Decide(Request(target: Fixtures.Target(Fixtures.ReviewTree(), TargetStatus.Submitted)));
        Assert.Equal(AdmissionDecision.AdmittedWithConditions, result.Decision);
        Assert.Equal(ReasonCodes.TargetReviewPending, Assert.Single(result.Conditions).Code);
    }

    [Fact]
    public void Decide_SeveralFailures_ListsEveryReason()
    {
        var result = new AdmissionGate(Fixtures.National).Decide(Request(newMajor: true, noTarget: true));
        Assert.Equal(AdmissionDecision.Refused, result.Decision);
        Assert.Equal([ReasonCodes.NoTarget, ReasonCodes.ExAnteMissing], Codes(result));
    }

    [Theory]
    [InlineData(49_999.99, AdmissionDecision.Admitted)]  // below the threshold: exempt
    [InlineData(50_000, AdmissionDecision.Refused)]      // exactly the threshold: not exempt (exclusive)
    public void Decide_SmallAmountExemption_AppliesStrictlyBelowTheThreshold(double amount, AdmissionDecision expected)
    {
        var national = AdmissionPresets.National();
        var rules = new AdmissionRules(national.Checks, new SmallAmountExemption(Money.FromYuan(50_000m), [AdmissionCheck.TargetRequired, AdmissionCheck.TargetReviewPassed], Fixtures.Local));
        var result = new AdmissionGate(Fixtures.RuleSetWith(rules)).Decide(Request(noTarget: true, amount: (decimal)amount));
        Assert.Equal(expected, result.Decision);
        if (expected == AdmissionDecision.Admitted)
        {
            Assert.Equal([ReasonCodes.SmallAmountExempt, ReasonCodes.ExAnteNotRequired, ReasonCodes.SmallAmountExempt], Codes(result));
            Assert.Equal(Fixtures.Local, result.Reasons[0].Reason.Source);
        }
    }

    [Fact]
    public void Decide_CheckNotListed_IsNotApplied()
    {
        var rules = new AdmissionRules([new AdmissionCheckRule(AdmissionCheck.TargetRequired, AdmissionPresets.Targets2021)], null);
        var result = new AdmissionGate(Fixtures.RuleSetWith(rules)).Decide(Request(newMajor: true));
        Assert.Equal(AdmissionDecision.Admitted, result.Decision);
        Assert.Equal([ReasonCodes.TargetPresent], Codes(result));
    }

    [Fact]
    public void Decide_ReviewCheckWithoutTargetCheck_RefusesForLackOfATargetToReview()
    {
        var rules = new AdmissionRules([new AdmissionCheckRule(AdmissionCheck.TargetReviewPassed, AdmissionPresets.Targets2021)], null);
        var result = new AdmissionGate(Fixtures.RuleSetWith(rules)).Decide(Request(noTarget: true));
        Assert.Equal(AdmissionDecision.Refused, result.Decision);
        Assert.Equal([ReasonCodes.NoTargetToReview], Codes(result));
    }

    [Fact]
    public void Decide_NullArguments_ThrowWithTheParameterName()
    {
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => new AdmissionGate(Fixtures.National).Decide(null!)).ParamName);
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => new AdmissionGate(null!)).ParamName);
    }

    [Fact]
    public void AdmissionRequest_TargetOfAnotherYear_Throws() =>
        Assert.Equal("target", Assert.Throws<ArgumentException>(() =>
            new AdmissionRequest(Fixtures.Item(), Fixtures.Year2025, Money.FromYuan(1m), Fixtures.Target(Fixtures.ReviewTree(), year: new FiscalYear(2024)), null)).ParamName);

    [Fact]
    public void ExAnteOutcome_AdjustmentsWithSupport_Throws() =>
        Assert.Equal("adjustments", Assert.Throws<ArgumentException>(() => new ExAnteOutcome(Fixtures.Project, Assessed, ExAnteConclusion.Support, 95m, ["x"])).ParamName);

    [Fact]
    public void AdmissionRules_RepeatedCheck_Throws() =>
        Assert.Equal("checks", Assert.Throws<ArgumentException>(() => new AdmissionRules(
            [new AdmissionCheckRule(AdmissionCheck.TargetRequired, Fixtures.Local), new AdmissionCheckRule(AdmissionCheck.TargetRequired, Fixtures.Local)], null)).ParamName);
}
