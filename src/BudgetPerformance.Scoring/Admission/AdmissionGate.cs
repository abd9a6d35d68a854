using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Admission;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring.Review;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Admission;

/// <summary>
/// The admission gate (入库 and budget arrangement): decides whether a project or policy request is admitted, admitted
/// with conditions, or refused, under a rule set's admission family (<see cref="AdmissionRules"/>). The same input always
/// gives the same result.
/// </summary>
/// <remarks>
/// <para>Checks, each applied only when the family lists it and the small-amount exemption does not skip it:</para>
/// <list type="bullet">
/// <item><see cref="AdmissionCheck.TargetRequired"/>: no target → refused (未设置绩效目标，一律不得安排资金).</item>
/// <item><see cref="AdmissionCheck.ExAnteAssessmentRequired"/>: for a new major item (新增重大), no assessment or "do not
/// support" → refused (先评估，后入库); "support after adjustment" → admitted with each adjustment as a condition.</item>
/// <item><see cref="AdmissionCheck.TargetReviewPassed"/>: a returned target, or a review with errors → refused until
/// corrected; an approved target or a review without errors → passes; otherwise (draft or submitted, not yet reviewed)
/// → admitted on condition that it passes review.</item>
/// </list>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class AdmissionGate : IStageEngine<AdmissionGate>
{
    private readonly AdmissionRules rules;

    /// <summary>Creates a gate.</summary>
    /// <param name="ruleSet">The rule set; it must carry the <see cref="RequiredFamilies"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    /// <exception cref="DomainInvariantException">The rule set has no admission family (<c>rule-family-missing</c>, the problem
    /// <see cref="FindProblems"/> gives; parameter <c>ruleSet</c>).</exception>
    public AdmissionGate(RuleSet ruleSet)
    {
        RuleSet = StageEngine.Require<AdmissionGate>(ruleSet);
        rules = ruleSet.Admission!;
    }

    /// <summary>The stage: <see cref="LifecycleStage.Admission"/>.</summary>
    public static LifecycleStage Stage => LifecycleStage.Admission;

    /// <summary>The families a gate reads besides grading: the admission family.</summary>
    public static IReadOnlyList<RuleFamily> RequiredFamilies { get; } = ImmutableArray.Create(RuleFamily.Admission);

    /// <summary>The rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The problem of deciding admissions under <paramref name="ruleSet"/>: one <c>rule-family-missing</c>, or none.
    /// The constructor refuses the same rule sets.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(RuleSet ruleSet) => StageEngine.FindProblems<AdmissionGate>(ruleSet);

    /// <summary>Decides on a request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="review">The result of reviewing the request's target (see <see cref="TargetReviewer"/>), or null when none is available (the target's status decides).</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public AdmissionResult Decide(AdmissionRequest request, TargetReviewResult? review = null)
    {
        Guard.Against.Null(request);
        var reasons = new List<AdmissionReason>();
        var amount = request.Amount.Yuan.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var rule in rules.Checks)
        {
            void Add(AdmissionDecision effect, string code, string zh, string en, SourceCitation? source = null) =>
                reasons.Add(new AdmissionReason(rule.Check, effect, new DecisionReason(code, null, zh, en, source ?? rule.Source)));

            if (rules.SmallAmountExemption is { } exemption && exemption.Exempts(request.Amount, rule.Check))
            {
                var below = exemption.Below.Yuan.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
                var name = DisplayNames.Of(rule.Check);
                Add(AdmissionDecision.Admitted, ReasonCodes.SmallAmountExempt,
                    $"申请金额 {amount} 元低于 {below} 元，免于“{name.Chinese}”检查",
                    $"the request of {amount} yuan is below {below} yuan: exempt from the check '{name.English}'", exemption.Source);
                continue;
            }

            switch (rule.Check)
            {
                case AdmissionCheck.TargetRequired:
                    if (request.Target is null)
                    {
                        Add(AdmissionDecision.Refused, ReasonCodes.NoTarget, "未设置绩效目标，一律不得安排资金", "no performance target: no funds may be arranged");
                    }
                    else
                    {
                        Add(AdmissionDecision.Admitted, ReasonCodes.TargetPresent, "已设置绩效目标", "a performance target is set");
                    }

                    break;

                case AdmissionCheck.ExAnteAssessmentRequired:
                    ExAnte(request, Add);
                    break;

                default:
                    TargetReview(request, review, rules, Add);
                    break;
            }
        }

        var decision = reasons.Count == 0 ? AdmissionDecision.Admitted : reasons.Max(r => r.Effect);
        return new AdmissionResult(decision, reasons.AsReadOnly());
    }

    private delegate void AddReason(AdmissionDecision effect, string code, string zh, string en, SourceCitation? source = null);

    private static void ExAnte(AdmissionRequest request, AddReason add)
    {
        if (!request.Item.IsNewMajor)
        {
            add(AdmissionDecision.Admitted, ReasonCodes.ExAnteNotRequired, "非新增重大政策或项目，无需事前绩效评估", "not a new major policy or project: no ex-ante assessment is required");
            return;
        }

        switch (request.ExAnte?.Conclusion)
        {
            case null:
                add(AdmissionDecision.Refused, ReasonCodes.ExAnteMissing, "新增重大政策或项目未开展事前绩效评估：先评估，后入库", "a new major policy or project without an ex-ante assessment: assess first, then admit");
                break;
            case ExAnteConclusion.DoNotSupport:
                add(AdmissionDecision.Refused, ReasonCodes.ExAnteDoNotSupport, "事前绩效评估结论为“不予支持”，不得入库", "the ex-ante assessment concluded 'do not support': not admitted");
                break;
            case ExAnteConclusion.SupportAfterAdjustment:
                var adjustments = request.ExAnte.Adjustments;
                if (adjustments.Count == 0)
                {
                    add(AdmissionDecision.AdmittedWithConditions, ReasonCodes.ExAnteAdjustment, "事前绩效评估结论为“调整完善后予以支持”：须按评估意见调整完善", "the ex-ante assessment concluded 'support after adjustment': adjust as the assessment asks");
                }

                foreach (var adjustment in adjustments)
                {
                    add(AdmissionDecision.AdmittedWithConditions, ReasonCodes.ExAnteAdjustment, "调整完善：" + adjustment, "adjustment required by the ex-ante assessment: " + adjustment);
                }

                break;
            default:
                add(AdmissionDecision.Admitted, ReasonCodes.ExAnteSupport, "事前绩效评估结论为“予以支持”", "the ex-ante assessment concluded 'support'");
                break;
        }
    }

    private static void TargetReview(AdmissionRequest request, TargetReviewResult? review, AdmissionRules rules, AddReason add)
    {
        var target = request.Target;
        if (target is null)
        {
            // The missing target is the target check's reason when that check applies to this request.
            var targetCheckApplies = rules.RuleFor(AdmissionCheck.TargetRequired) is not null &&
                rules.SmallAmountExemption?.Exempts(request.Amount, AdmissionCheck.TargetRequired) != true;
            if (!targetCheckApplies)
            {
                add(AdmissionDecision.Refused, ReasonCodes.NoTargetToReview, "无绩效目标可供审核", "there is no target to review");
            }

            return;
        }

        if (target.Status == TargetStatus.Returned)
        {
            add(AdmissionDecision.Refused, ReasonCodes.TargetReturned, $"绩效目标被退回（{target.ReturnReason}），修改完善前不得安排资金", $"the target was returned ({target.ReturnReason}): no funds until it is corrected");
            return;
        }

        if (review is not null && !review.Passed)
        {
            var n = review.Errors.ToString(System.Globalization.CultureInfo.InvariantCulture);
            add(AdmissionDecision.Refused, ReasonCodes.TargetReviewFailed, $"绩效目标审核发现 {n} 个错误，修改完善前不得安排资金", $"target review found {n} error(s): no funds until they are corrected");
            return;
        }

        if (target.Status == TargetStatus.Approved || review is not null)
        {
            add(AdmissionDecision.Admitted, ReasonCodes.TargetReviewPassed, "绩效目标审核通过", "the target passed review");
            return;
        }

        add(AdmissionDecision.AdmittedWithConditions, ReasonCodes.TargetReviewPending, "绩效目标尚未审核：须经审核通过后方可安排资金", "the target has not been reviewed yet: funds only after it passes review");
    }
}
