using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BudgetPerformance.Admission;
using BudgetPerformance.Grades;
using BudgetPerformance.Json;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Admission;
using BudgetPerformance.Scoring.Review;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace BudgetPerformance.Lifecycle.Tests;

/// <summary>
/// Invariants of target review and the admission gate over generated inputs; every expectation is computed here from
/// docs/rules/target-review.md and docs/rules/admission.md, with whole numbers (cents, tenths) so that no decimal
/// arithmetic of the code under test is repeated.
/// </summary>
public class ReviewAdmissionPropertyTests
{
    /// <summary><paramref name="units"/> × 10^−<paramref name="decimals"/> with its significant digits only ("85", "92.5", "0.01").</summary>
    private static string Plain(long units, int decimals)
    {
        var digits = units.ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        var whole = digits[..^decimals];
        var fraction = digits[^decimals..].TrimEnd('0');
        return fraction.Length == 0 ? whole : whole + "." + fraction;
    }

    [Fact]
    public void Plain_WritesSignificantDigitsOnly() =>
        Assert.Equal(["85", "85.5", "85.25", "0.01", "0", "92.5", "1000000"], new[] { Plain(8500, 2), Plain(8550, 2), Plain(8525, 2), Plain(1, 2), Plain(0, 2), Plain(925, 1), Plain(100_000_000, 2) });

    [Property(MaxTest = 300)]
    public Property Review_SatisfactionTarget_IsWarnedExactlyWhenBelowTheMinimum() =>
        Prop.ForAll(
            (from hundredths in Gen.Choose(0, 10_000)     // target 0.00% … 100.00%
             from thousandths in Gen.Choose(0, 1000)      // minimum 0.000 … 1.000
             select (hundredths, thousandths)).ToArbitrary(),
            x =>
            {
                var national = TargetReviewPresets.National();
                var rules = new TargetReviewRules(national.RequiredClasses, x.thousandths / 1000m, false, null, [], null, national.Source);
                var result = new TargetReviewer(Fixtures.RuleSetWith(rules)).Review(Fixtures.Target(Fixtures.ReviewTree(satisfactionTarget: x.hundredths / 100m)), Money.FromYuan(1_000_000m));

                // target ÷ 100 < minimum ⇔ hundredths ÷ 10000 < thousandths ÷ 1000 ⇔ hundredths < 10 × thousandths.
                if (x.hundredths >= 10 * x.thousandths)
                {
                    return result.Findings.Count == 0;
                }

                var finding = Assert.Single(result.Findings);
                var target = Plain(x.hundredths, 2);
                var minimum = Plain(x.thousandths, 1);   // the minimum in percent: thousandths ÷ 10
                return finding.Code == ReasonCodes.SatisfactionBelowMinimum && finding.Severity == FindingSeverity.Warning &&
                       finding.Reason.MessageZh == $"满意度指标“受益农户满意度”目标值 {target}% 低于惯例 {minimum}%" &&
                       finding.Reason.MessageEn == $"satisfaction target '受益农户满意度' of {target}% is below the conventional {minimum}%";
            });

    [Property(MaxTest = 300)]
    public Property Review_CostTarget_IsAnErrorExactlyWhenAboveTheStandard() =>
        Prop.ForAll(
            (from target in Gen.Choose(0, 1_000_000)    // cents
             from maximum in Gen.Choose(0, 1_000_000)
             select (target, maximum)).ToArbitrary(),
            x =>
            {
                var national = TargetReviewPresets.National();
                var standard = new ExpenditureStandard("亩均建设成本", "元/亩", x.maximum / 100m, Fixtures.Local);
                var rules = new TargetReviewRules(national.RequiredClasses, 0.9m, false, null, [standard], null, national.Source);
                var result = new TargetReviewer(Fixtures.RuleSetWith(rules)).Review(Fixtures.Target(Fixtures.ReviewTree(costTarget: x.target / 100m)), Money.FromYuan(1_000_000m));
                if (x.target <= x.maximum)
                {
                    return result.Passed && result.Findings.Count == 0;
                }

                var finding = Assert.Single(result.Findings);
                return !result.Passed && finding.Code == ReasonCodes.CostAboveStandard && finding.Reason.Source == Fixtures.Local &&
                       finding.Reason.MessageZh == $"成本指标“亩均建设成本”目标值 {Plain(x.target, 2)} 元/亩 高于支出标准 {Plain(x.maximum, 2)} 元/亩";
            });

    [Property(MaxTest = 300)]
    public Property Review_CountsPassAndIllustrativeGrade_FollowTheFindings() =>
        Prop.ForAll(
            (from withTimeliness in Gen.Elements(true, false)
             from explained in Gen.Elements(true, false)
             from duplicate in Gen.Elements(true, false)
             from satisfaction in Gen.Choose(0, 100)
             from inPercent in Gen.Elements(true, false)
             from noMoney in Gen.Elements(true, false)
             select (withTimeliness, explained, duplicate, satisfaction, inPercent, noMoney)).ToArbitrary(),
            x =>
            {
                var tree = Fixtures.ReviewTree(
                    satisfactionTarget: x.satisfaction, satisfactionUnit: x.inPercent ? "%" : "分", withTimeliness: x.withTimeliness,
                    quantityExplanation: x.explained ? "实际建成数量" : null, qualityName: x.duplicate ? "建设数量" : "验收合格率");
                var result = new TargetReviewer(Fixtures.RuleSetWith(TargetReviewPresets.NationalWithGrade())).Review(Fixtures.Target(tree), Money.FromYuan(x.noMoney ? 0m : 1_000_000m));

                var errors = (x.withTimeliness ? 0 : 1) + (x.explained ? 0 : 1) + (x.duplicate ? 1 : 0);
                var warnings = (x.inPercent && x.satisfaction < 90 ? 1 : 0) + (x.noMoney ? 1 : 0);
                var advice = x.inPercent ? 0 : 1;
                var score = Math.Max(0, 100 - (10 * errors) - (3 * warnings));
                var grade = score >= 90 ? Grade.Excellent : score >= 80 ? Grade.Good : score >= 60 ? Grade.Fair : Grade.Poor;
                return (result.Errors, result.Warnings, result.Advice, result.Findings.Count, result.Passed) == (errors, warnings, advice, errors + warnings + advice, errors == 0) &&
                       result.Score == score && result.Grade == grade;
            });

    private static readonly TargetStatus?[] Statuses = [null, TargetStatus.Draft, TargetStatus.Submitted, TargetStatus.Approved, TargetStatus.Returned];
    private static readonly ExAnteConclusion?[] Conclusions = [null, ExAnteConclusion.Support, ExAnteConclusion.SupportAfterAdjustment, ExAnteConclusion.DoNotSupport];
    private static readonly AdmissionCheck[] AllChecks = [AdmissionCheck.TargetRequired, AdmissionCheck.ExAnteAssessmentRequired, AdmissionCheck.TargetReviewPassed];

    [Property(MaxTest = 500)]
    public Property Decide_Decision_IsTheMostSevereEffectOfTheDocumentedChecks() =>
        Prop.ForAll(
            (from newMajor in Gen.Elements(true, false)
             from status in Gen.Choose(0, Statuses.Length - 1)
             from conclusion in Gen.Choose(0, Conclusions.Length - 1)
             from adjustments in Gen.Choose(0, 2)
             from listed in Gen.Choose(0, 7)        // bit mask of the checks the family lists
             from exempted in Gen.Choose(0, 7)      // bit mask of the checks exempted (0: no exemption)
             from cents in Gen.Choose(4_999_000, 5_001_000)   // 49,990.00 … 50,010.00 yuan around a 50,000-yuan threshold
             select (newMajor, status, conclusion, adjustments, listed, exempted, cents)).ToArbitrary(),
            x =>
            {
                var status = Statuses[x.status];
                var conclusion = Conclusions[x.conclusion];
                var adjustments = conclusion == ExAnteConclusion.SupportAfterAdjustment ? Enumerable.Range(1, x.adjustments).Select(i => "调整" + i).ToArray() : [];
                var exAnte = conclusion is { } c ? new ExAnteOutcome(Fixtures.Project, new LocalDate(2024, 9, 1), c, null, adjustments) : null;
                var target = status is { } s ? Fixtures.Target(Fixtures.ReviewTree(), s) : null;
                var amount = Money.FromYuan(x.cents / 100m);
                var request = new AdmissionRequest(Fixtures.Item(x.newMajor), Fixtures.Year2025, amount, target, exAnte);
                var checks = AllChecks.Where(k => (x.listed & (1 << (int)k)) != 0).ToArray();
                var exemptedChecks = AllChecks.Where(k => (x.exempted & (1 << (int)k)) != 0).ToArray();
                var exemption = exemptedChecks.Length == 0 ? null : new SmallAmountExemption(Money.FromYuan(50_000m), exemptedChecks, Fixtures.Local);
                var rules = new AdmissionRules(checks.Select(k => new AdmissionCheckRule(k, Fixtures.Local)), exemption);

                var result = new AdmissionGate(Fixtures.RuleSetWith(rules)).Decide(request);

                // The model of docs/rules/admission.md, "Calculation".
                var below = x.cents < 5_000_000;
                var expected = new List<(AdmissionCheck Check, AdmissionDecision Effect)>();
                foreach (var check in checks)
                {
                    if (below && exemptedChecks.Contains(check))
                    {
                        expected.Add((check, AdmissionDecision.Admitted));
                        continue;
                    }

                    switch (check)
                    {
                        case AdmissionCheck.TargetRequired:
                            expected.Add((check, target is null ? AdmissionDecision.Refused : AdmissionDecision.Admitted));
                            break;
                        case AdmissionCheck.ExAnteAssessmentRequired when !x.newMajor:
                            expected.Add((check, AdmissionDecision.Admitted));
                            break;
                        case AdmissionCheck.ExAnteAssessmentRequired:
                            var effect = conclusion switch
                            {
                                null or ExAnteConclusion.DoNotSupport => AdmissionDecision.Refused,
                                ExAnteConclusion.SupportAfterAdjustment => AdmissionDecision.AdmittedWithConditions,
                                _ => AdmissionDecision.Admitted,
                            };
                            expected.AddRange(Enumerable.Repeat((check, effect), conclusion == ExAnteConclusion.SupportAfterAdjustment ? Math.Max(1, adjustments.Length) : 1));
                            break;
                        default:
                            var targetCheckRefused = checks.Contains(AdmissionCheck.TargetRequired) && !(below && exemptedChecks.Contains(AdmissionCheck.TargetRequired));
                            if (target is null && targetCheckRefused)
                            {
                                break;   // the target check already gave the reason
                            }

                            expected.Add((check, status switch
                            {
                                null or TargetStatus.Returned => AdmissionDecision.Refused,
                                TargetStatus.Approved => AdmissionDecision.Admitted,
                                _ => AdmissionDecision.AdmittedWithConditions,
                            }));
                            break;
                    }
                }

                var decision = expected.Count == 0 ? AdmissionDecision.Admitted : expected.Max(e => e.Effect);
                return result.Decision == decision &&
                       result.Reasons.Select(r => (r.Check, r.Effect)).SequenceEqual(expected) &&
                       result.Conditions.SequenceEqual(result.Reasons.Where(r => r.Effect == AdmissionDecision.AdmittedWithConditions).Select(r => r.Reason)) &&
                       result.Reasons.All(r => (r.Reason.Code == ReasonCodes.SmallAmountExempt) == (below && exemptedChecks.Contains(r.Check)));
            });
}
