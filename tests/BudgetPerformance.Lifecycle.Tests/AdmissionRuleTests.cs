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

/// <summary>
/// The admission gate, check by check, against docs/rules/admission.md ("Calculation" and "Messages"): every reason with
/// its check, effect, exact texts and source, and the decision as the most severe effect.
/// </summary>
public class AdmissionRuleTests
{
    private static readonly LocalDate Assessed = new(2024, 9, 1);
    private static readonly SourceCitation Exemption = new("某县小额项目管理办法", SourceKind.Local);

    private static AdmissionRequest Request(bool newMajor = false, TargetStatus? status = TargetStatus.Approved, ExAnteOutcome? exAnte = null, decimal amount = 1_000_000m) =>
        new(Fixtures.Item(newMajor), Fixtures.Year2025, Money.FromYuan(amount), status is { } s ? Fixtures.Target(Fixtures.ReviewTree(), s) : null, exAnte);

    private static ExAnteOutcome Outcome(ExAnteConclusion conclusion, params string[] adjustments) => new(Fixtures.Project, Assessed, conclusion, null, adjustments);

    private static AdmissionReason Reason(AdmissionResult result, AdmissionCheck check) => Assert.Single(result.Reasons, r => r.Check == check);

    private static void AssertReason(AdmissionReason reason, AdmissionCheck check, AdmissionDecision effect, string code, string zh, string en, string reference)
    {
        Assert.Equal((check, effect, code), (reason.Check, reason.Effect, reason.Reason.Code));
        Assert.Equal(zh, reason.Reason.MessageZh);
        Assert.Equal(en, reason.Reason.MessageEn);
        Assert.Null(reason.Reason.Subject);
        Assert.Equal($"{code}: {en}", reason.Reason.ToString());
        Assert.Equal(reference, reason.Reason.Source.Reference);
    }

    private const string Targets = "财预〔2021〕101号";
    private const string Opinions = "中发〔2018〕34号";

    // The target check -----------------------------------------------------------------------------------------------

    [Fact]
    public void Decide_WithTarget_SaysATargetIsSet() =>
        AssertReason(Reason(new AdmissionGate(Fixtures.National).Decide(Request()), AdmissionCheck.TargetRequired),
            AdmissionCheck.TargetRequired, AdmissionDecision.Admitted, ReasonCodes.TargetPresent, "已设置绩效目标", "a performance target is set", Targets);

    [Fact]
    public void Decide_WithoutTarget_SaysNoFundsMayBeArranged() =>
        AssertReason(Reason(new AdmissionGate(Fixtures.National).Decide(Request(status: null)), AdmissionCheck.TargetRequired),
            AdmissionCheck.TargetRequired, AdmissionDecision.Refused, ReasonCodes.NoTarget, "未设置绩效目标，一律不得安排资金", "no performance target: no funds may be arranged", Targets);

    // The ex-ante check ------------------------------------------------------------------------------------------------

    [Fact]
    public void Decide_NotNewMajor_NeedsNoAssessment() =>
        AssertReason(Reason(new AdmissionGate(Fixtures.National).Decide(Request()), AdmissionCheck.ExAnteAssessmentRequired),
            AdmissionCheck.ExAnteAssessmentRequired, AdmissionDecision.Admitted, ReasonCodes.ExAnteNotRequired,
            "非新增重大政策或项目，无需事前绩效评估", "not a new major policy or project: no ex-ante assessment is required", Opinions);

    [Fact]
    public void Decide_NotNewMajorWithAnAssessment_StillNeedsNone()
    {
        var result = new AdmissionGate(Fixtures.National).Decide(Request(exAnte: Outcome(ExAnteConclusion.DoNotSupport)));
        Assert.Equal(ReasonCodes.ExAnteNotRequired, Reason(result, AdmissionCheck.ExAnteAssessmentRequired).Reason.Code);
        Assert.Equal(AdmissionDecision.Admitted, result.Decision);
    }

    [Fact]
    public void Decide_NewMajorWithoutAssessment_SaysAssessFirstThenAdmit() =>
        AssertReason(Reason(new AdmissionGate(Fixtures.National).Decide(Request(newMajor: true)), AdmissionCheck.ExAnteAssessmentRequired),
            AdmissionCheck.ExAnteAssessmentRequired, AdmissionDecision.Refused, ReasonCodes.ExAnteMissing,
            "新增重大政策或项目未开展事前绩效评估：先评估，后入库", "a new major policy or project without an ex-ante assessment: assess first, then admit", Opinions);

    [Fact]
    public void Decide_NewMajorDoNotSupport_IsRefusedWithTheConclusion()
    {
        var result = new AdmissionGate(Fixtures.National).Decide(Request(newMajor: true, exAnte: Outcome(ExAnteConclusion.DoNotSupport)));
        AssertReason(Reason(result, AdmissionCheck.ExAnteAssessmentRequired), AdmissionCheck.ExAnteAssessmentRequired, AdmissionDecision.Refused, ReasonCodes.ExAnteDoNotSupport,
            "事前绩效评估结论为“不予支持”，不得入库", "the ex-ante assessment concluded 'do not support': not admitted", Opinions);
        Assert.Equal(AdmissionDecision.Refused, result.Decision);
    }

    [Fact]
    public void Decide_NewMajorSupport_ListsTheSupportingConclusion()
    {
        var result = new AdmissionGate(Fixtures.National).Decide(Request(newMajor: true, exAnte: Outcome(ExAnteConclusion.Support)));
        Assert.Equal([ReasonCodes.TargetPresent, ReasonCodes.ExAnteSupport, ReasonCodes.TargetReviewPassed], result.Reasons.Select(r => r.Reason.Code));
        AssertReason(result.Reasons[1], AdmissionCheck.ExAnteAssessmentRequired, AdmissionDecision.Admitted, ReasonCodes.ExAnteSupport,
            "事前绩效评估结论为“予以支持”", "the ex-ante assessment concluded 'support'", Opinions);
        Assert.Equal(AdmissionDecision.Admitted, result.Decision);
        Assert.Empty(result.Conditions);
    }

    [Fact]
    public void Decide_NewMajorSupportAfterAdjustment_MakesEachAdjustmentAConditionInBothLanguages()
    {
        var result = new AdmissionGate(Fixtures.National).Decide(Request(newMajor: true, exAnte: Outcome(ExAnteConclusion.SupportAfterAdjustment, "压减设备购置预算", "补充可持续影响指标")));
        var adjustments = result.Reasons.Where(r => r.Check == AdmissionCheck.ExAnteAssessmentRequired).ToArray();
        Assert.Equal(2, adjustments.Length);
        AssertReason(adjustments[0], AdmissionCheck.ExAnteAssessmentRequired, AdmissionDecision.AdmittedWithConditions, ReasonCodes.ExAnteAdjustment,
            "调整完善：压减设备购置预算", "adjustment required by the ex-ante assessment: 压减设备购置预算", Opinions);
        AssertReason(adjustments[1], AdmissionCheck.ExAnteAssessmentRequired, AdmissionDecision.AdmittedWithConditions, ReasonCodes.ExAnteAdjustment,
            "调整完善：补充可持续影响指标", "adjustment required by the ex-ante assessment: 补充可持续影响指标", Opinions);
        Assert.Equal(adjustments.Select(a => a.Reason), result.Conditions);
    }

    // The review check -------------------------------------------------------------------------------------------------

    [Fact]
    public void Decide_ApprovedTarget_PassesReview() =>
        AssertReason(Reason(new AdmissionGate(Fixtures.National).Decide(Request()), AdmissionCheck.TargetReviewPassed),
            AdmissionCheck.TargetReviewPassed, AdmissionDecision.Admitted, ReasonCodes.TargetReviewPassed, "绩效目标审核通过", "the target passed review", Targets);

    [Theory]
    [InlineData(TargetStatus.Draft)]
    [InlineData(TargetStatus.Submitted)]
    public void Decide_TargetNotYetReviewed_IsAdmittedOnConditionOfReview(TargetStatus status)
    {
        var result = new AdmissionGate(Fixtures.National).Decide(Request(status: status));
        AssertReason(Reason(result, AdmissionCheck.TargetReviewPassed), AdmissionCheck.TargetReviewPassed, AdmissionDecision.AdmittedWithConditions, ReasonCodes.TargetReviewPending,
            "绩效目标尚未审核：须经审核通过后方可安排资金", "the target has not been reviewed yet: funds only after it passes review", Targets);
        Assert.Equal(AdmissionDecision.AdmittedWithConditions, result.Decision);
    }

    [Fact]
    public void Decide_ReturnedTarget_GivesTheReturnReason()
    {
        // Fixtures.Target returns a target with the reason 指标未量化.
        var result = new AdmissionGate(Fixtures.National).Decide(Request(status: TargetStatus.Returned));
        AssertReason(Reason(result, AdmissionCheck.TargetReviewPassed), AdmissionCheck.TargetReviewPassed, AdmissionDecision.Refused, ReasonCodes.TargetReturned,
            "绩效目标被退回（指标未量化），修改完善前不得安排资金", "the target was returned (指标未量化): no funds until it is corrected", Targets);
    }

    [Fact]
    public void Decide_ReturnedTargetWithAPassingReview_IsStillRefused()
    {
        var request = Request(status: TargetStatus.Returned);
        var review = new TargetReviewer(Fixtures.National).Review(request.Target!, request.Amount);
        Assert.True(review.Passed);
        var result = new AdmissionGate(Fixtures.National).Decide(request, review);
        Assert.Equal([ReasonCodes.TargetPresent, ReasonCodes.ExAnteNotRequired, ReasonCodes.TargetReturned], result.Reasons.Select(r => r.Reason.Code));
        Assert.Equal(AdmissionDecision.Refused, result.Decision);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Decide_ReviewWithErrors_GivesTheirNumberAndNothingElse(int errors)
    {
        // One error: no timeliness indicator; two: also no explanation of 建设数量.
        var target = Fixtures.Target(Fixtures.ReviewTree(withTimeliness: false, quantityExplanation: errors == 2 ? null : "实际建成数量"), TargetStatus.Approved);
        var request = new AdmissionRequest(Fixtures.Item(), Fixtures.Year2025, Money.FromYuan(1_000_000m), target, null);
        var review = new TargetReviewer(Fixtures.National).Review(target, request.Amount);
        Assert.Equal(errors, review.Errors);
        var result = new AdmissionGate(Fixtures.National).Decide(request, review);
        Assert.Equal([ReasonCodes.TargetPresent, ReasonCodes.ExAnteNotRequired, ReasonCodes.TargetReviewFailed], result.Reasons.Select(r => r.Reason.Code));
        AssertReason(result.Reasons[2], AdmissionCheck.TargetReviewPassed, AdmissionDecision.Refused, ReasonCodes.TargetReviewFailed,
            $"绩效目标审核发现 {errors} 个错误，修改完善前不得安排资金", $"target review found {errors} error(s): no funds until they are corrected", Targets);
        Assert.Equal(AdmissionDecision.Refused, result.Decision);
    }

    [Theory]
    [InlineData(TargetStatus.Draft)]
    [InlineData(TargetStatus.Submitted)]
    public void Decide_UnreviewedTargetWithAReviewWithoutErrors_PassesReview(TargetStatus status)
    {
        // Warnings do not block: a satisfaction target of 85% is a warning only.
        var target = Fixtures.Target(Fixtures.ReviewTree(satisfactionTarget: 85m), status);
        var request = new AdmissionRequest(Fixtures.Item(), Fixtures.Year2025, Money.FromYuan(1_000_000m), target, null);
        var review = new TargetReviewer(Fixtures.National).Review(target, request.Amount);
        Assert.Equal((0, 1), (review.Errors, review.Warnings));
        var result = new AdmissionGate(Fixtures.National).Decide(request, review);
        Assert.Equal(ReasonCodes.TargetReviewPassed, Reason(result, AdmissionCheck.TargetReviewPassed).Reason.Code);
        Assert.Equal(AdmissionDecision.Admitted, result.Decision);
    }

    [Fact]
    public void Decide_ReviewCheckAloneWithoutTarget_SaysThereIsNoTargetToReview()
    {
        var rules = new AdmissionRules([new AdmissionCheckRule(AdmissionCheck.TargetReviewPassed, AdmissionPresets.Targets2021)], null);
        AssertReason(Assert.Single(new AdmissionGate(Fixtures.RuleSetWith(rules)).Decide(Request(status: null)).Reasons), AdmissionCheck.TargetReviewPassed, AdmissionDecision.Refused,
            ReasonCodes.NoTargetToReview, "无绩效目标可供审核", "there is no target to review", Targets);
    }

    // The small-amount exemption ----------------------------------------------------------------------------------------

    private static AdmissionRules Exempting(decimal below, params AdmissionCheck[] checks) =>
        new(AdmissionPresets.National().Checks, new SmallAmountExemption(Money.FromYuan(below), checks, Exemption));

    [Fact]
    public void Decide_ExemptRequest_NamesAmountThresholdAndEachSkippedCheck()
    {
        var rules = Exempting(50_000m, AdmissionCheck.TargetRequired, AdmissionCheck.ExAnteAssessmentRequired, AdmissionCheck.TargetReviewPassed);
        var result = new AdmissionGate(Fixtures.RuleSetWith(rules)).Decide(Request(newMajor: true, status: null, amount: 49_999.99m));
        Assert.Equal(AdmissionDecision.Admitted, result.Decision);
        Assert.Equal([AdmissionCheck.TargetRequired, AdmissionCheck.ExAnteAssessmentRequired, AdmissionCheck.TargetReviewPassed], result.Reasons.Select(r => r.Check));
        Assert.All(result.Reasons, r => Assert.Equal((AdmissionDecision.Admitted, ReasonCodes.SmallAmountExempt, Exemption), (r.Effect, r.Reason.Code, r.Reason.Source)));
        Assert.Equal(
            ["申请金额 49999.99 元低于 50000 元，免于“未设置绩效目标不得安排资金”检查", "申请金额 49999.99 元低于 50000 元，免于“先评估，后入库”检查", "申请金额 49999.99 元低于 50000 元，免于“绩效目标审核通过”检查"],
            result.Reasons.Select(r => r.Reason.MessageZh));
        Assert.Equal(
            ["the request of 49999.99 yuan is below 50000 yuan: exempt from the check 'No target, no funds'",
             "the request of 49999.99 yuan is below 50000 yuan: exempt from the check 'Assess first, then admit'",
             "the request of 49999.99 yuan is below 50000 yuan: exempt from the check 'Target passed review'"],
            result.Reasons.Select(r => r.Reason.MessageEn));
    }

    [Theory]
    [InlineData("20000.50", "50000.00", "20000.5", "50000")]   // no trailing zeros
    [InlineData("0", "0.01", "0", "0.01")]
    [InlineData("12345", "12345.6", "12345", "12345.6")]
    public void Decide_ExemptRequest_ShowsAmountsWithoutTrailingZeros(string amount, string below, string shownAmount, string shownBelow)
    {
        var rules = Exempting(decimal.Parse(below, System.Globalization.CultureInfo.InvariantCulture), AdmissionCheck.TargetRequired);
        var result = new AdmissionGate(Fixtures.RuleSetWith(rules)).Decide(Request(amount: decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
        var reason = Reason(result, AdmissionCheck.TargetRequired).Reason;
        Assert.Equal($"申请金额 {shownAmount} 元低于 {shownBelow} 元，免于“未设置绩效目标不得安排资金”检查", reason.MessageZh);
        Assert.Equal($"the request of {shownAmount} yuan is below {shownBelow} yuan: exempt from the check 'No target, no funds'", reason.MessageEn);
    }

    [Theory]
    [InlineData("49999.99", true)]
    [InlineData("50000", false)]   // exactly the threshold is not exempt
    [InlineData("50000.01", false)]
    public void Decide_ExemptionOfTheExAnteCheck_AppliesStrictlyBelowTheThreshold(string amount, bool exempt)
    {
        var rules = Exempting(50_000m, AdmissionCheck.ExAnteAssessmentRequired);
        var result = new AdmissionGate(Fixtures.RuleSetWith(rules)).Decide(Request(newMajor: true, amount: decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(exempt ? ReasonCodes.SmallAmountExempt : ReasonCodes.ExAnteMissing, Reason(result, AdmissionCheck.ExAnteAssessmentRequired).Reason.Code);
        Assert.Equal(exempt ? AdmissionDecision.Admitted : AdmissionDecision.Refused, result.Decision);
    }

    [Fact]
    public void Decide_TargetCheckExemptButReviewCheckNot_RefusesForLackOfATargetToReview()
    {
        var result = new AdmissionGate(Fixtures.RuleSetWith(Exempting(50_000m, AdmissionCheck.TargetRequired))).Decide(Request(status: null, amount: 10_000m));
        Assert.Equal([ReasonCodes.SmallAmountExempt, ReasonCodes.ExAnteNotRequired, ReasonCodes.NoTargetToReview], result.Reasons.Select(r => r.Reason.Code));
        Assert.Equal(AdmissionDecision.Refused, result.Decision);
    }

    // The decision -----------------------------------------------------------------------------------------------------

    [Fact]
    public void Decide_FamilyWithoutChecks_AdmitsWithoutReasons()
    {
        var result = new AdmissionGate(Fixtures.RuleSetWith(new AdmissionRules([], null))).Decide(Request(newMajor: true, status: null));
        Assert.Equal(AdmissionDecision.Admitted, result.Decision);
        Assert.Empty(result.Reasons);
        Assert.Empty(result.Conditions);
    }

    [Fact]
    public void Decide_ConditionsAndARefusal_IsRefusedAndStillListsTheConditions()
    {
        // Support after adjustment (a condition) and a returned target (a refusal).
        var result = new AdmissionGate(Fixtures.National).Decide(Request(newMajor: true, status: TargetStatus.Returned, exAnte: Outcome(ExAnteConclusion.SupportAfterAdjustment, "压减设备购置预算")));
        Assert.Equal(AdmissionDecision.Refused, result.Decision);
        Assert.Equal(["调整完善：压减设备购置预算"], result.Conditions.Select(c => c.MessageZh));
    }

    [Fact]
    public void Decide_TwoKindsOfConditions_ListsBothInCheckOrder()
    {
        var result = new AdmissionGate(Fixtures.National).Decide(Request(newMajor: true, status: TargetStatus.Submitted, exAnte: Outcome(ExAnteConclusion.SupportAfterAdjustment, "压减设备购置预算")));
        Assert.Equal(AdmissionDecision.AdmittedWithConditions, result.Decision);
        Assert.Equal([ReasonCodes.ExAnteAdjustment, ReasonCodes.TargetReviewPending], result.Conditions.Select(c => c.Code));
    }

    // Presets and messages ----------------------------------------------------------------------------------------------

    [Fact]
    public void NationalPreset_CitesTheNamedDocumentsForEachCheck()
    {
        var national = AdmissionPresets.National();
        Assert.Equal([AdmissionCheck.TargetRequired, AdmissionCheck.ExAnteAssessmentRequired, AdmissionCheck.TargetReviewPassed], national.Checks.Select(c => c.Check));
        Assert.Null(national.SmallAmountExemption);
        Assert.Equal(AdmissionPresets.Targets2021, national.RuleFor(AdmissionCheck.TargetRequired)!.Source);
        Assert.Equal(AdmissionPresets.Opinions2018, national.RuleFor(AdmissionCheck.ExAnteAssessmentRequired)!.Source);
        Assert.Equal(AdmissionPresets.Targets2021, national.RuleFor(AdmissionCheck.TargetReviewPassed)!.Source);
        Assert.Equal((Opinions, SourceKind.National), (AdmissionPresets.Opinions2018.Reference, AdmissionPresets.Opinions2018.Kind));
        Assert.Equal((Targets, SourceKind.National), (AdmissionPresets.Targets2021.Reference, AdmissionPresets.Targets2021.Kind));
        Assert.Contains("先评估，后入库", AdmissionPresets.Opinions2018.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DisplayLanguage.Chinese, "已设置绩效目标")]
    [InlineData(DisplayLanguage.English, "a performance target is set")]
    public void Message_OfALanguage_IsThatLanguagesText(DisplayLanguage language, string expected) =>
        Assert.Equal(expected, Reason(new AdmissionGate(Fixtures.National).Decide(Request()), AdmissionCheck.TargetRequired).Reason.Message(language));

    [Theory]
    [InlineData(2)]
    [InlineData(-1)]
    public void Message_OfAnUndefinedLanguage_ThrowsNamingTheType(int language)
    {
        var reason = Reason(new AdmissionGate(Fixtures.National).Decide(Request()), AdmissionCheck.TargetRequired).Reason;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => reason.Message((DisplayLanguage)language));
        Assert.Equal(("language", (object)(DisplayLanguage)language), (e.ParamName, e.ActualValue!));
        Assert.Contains("The value is not a defined DisplayLanguage.", e.Message, StringComparison.Ordinal);
    }
}
