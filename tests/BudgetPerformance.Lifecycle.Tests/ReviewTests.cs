using System;
using System.Linq;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Json;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Review;
using BudgetPerformance.Values;

namespace BudgetPerformance.Lifecycle.Tests;

public class ReviewTests
{
    private static readonly Money Million = Money.FromYuan(1_000_000m);

    private static TargetReviewResult Review(IndicatorTree tree, TargetReviewRules? rules = null, decimal amount = 1_000_000m) =>
        new TargetReviewer(Fixtures.RuleSetWith(rules ?? TargetReviewPresets.National())).Review(Fixtures.Target(tree), Money.FromYuan(amount));

    [Fact]
    public void Review_CompleteTarget_PassesWithoutFindings()
    {
        var result = Review(Fixtures.ReviewTree());
        Assert.True(result.Passed);
        Assert.Empty(result.Findings);
        Assert.Null(result.Grade);
    }

    [Fact]
    public void Review_MissingTimeliness_IsAnErrorWithoutIndicator()
    {
        var finding = Assert.Single(Review(Fixtures.ReviewTree(withTimeliness: false)).Findings);
        Assert.Equal((FindingSeverity.Error, ReasonCodes.ClassMissing, (IndicatorCode?)null), (finding.Severity, finding.Code, finding.Indicator));
        Assert.Contains("时效指标", finding.Reason.MessageZh, StringComparison.Ordinal);
        Assert.Equal("财预〔2021〕101号", finding.Reason.Source.Reference);
    }

    [Fact]
    public void Review_MissingExplanation_IsAnErrorOnTheIndicator()
    {
        var finding = Assert.Single(Review(Fixtures.ReviewTree(quantityExplanation: " ")).Findings);
        Assert.Equal((FindingSeverity.Error, ReasonCodes.ExplanationMissing, "1.1.1"), (finding.Severity, finding.Code, finding.Indicator?.ToString()));
    }

    [Theory]
    [InlineData(89.99, true)]
    [InlineData(90, false)]   // exactly the conventional 90%: no warning (the minimum is inclusive)
    [InlineData(95, false)]
    public void Review_SatisfactionTarget_WarnsStrictlyBelowNinetyPercent(double target, bool warned)
    {
        var result = Review(Fixtures.ReviewTree(satisfactionTarget: (decimal)target));
        Assert.True(result.Passed);
        Assert.Equal(warned, result.Findings.Any(f => f.Code == ReasonCodes.SatisfactionBelowMinimum && f.Severity == FindingSeverity.Warning && f.Indicator?.ToString() == "3.1.1"));
    }

    [Fact]
    public void Review_SatisfactionNotInPercent_IsAdvice() =>
        Assert.Equal(FindingSeverity.Advice, Assert.Single(Review(Fixtures.ReviewTree(satisfactionUnit: "分")).Findings, f => f.Code == ReasonCodes.SatisfactionNotPercent).Severity);

    [Fact]
    public void Review_DuplicateName_IsAnErrorOnTheSecondIndicator()
    {
        var finding = Assert.Single(Review(Fixtures.ReviewTree(qualityName: "建设数量")).Findings);
        Assert.Equal((ReasonCodes.DuplicateName, "1.2.1"), (finding.Code, finding.Indicator?.ToString()));
    }

    [Theory]
    [InlineData(3000, false)]   // exactly the standard: allowed (inclusive)
    [InlineData(3000.01, true)]
    public void Review_CostAboveExpenditureStandard_IsAnError(double cost, bool error)
    {
        var standard = new ExpenditureStandard("亩均建设成本", "元/亩", 3000m, new SourceCitation("某省高标准农田建设支出标准", SourceKind.Local));
        var national = TargetReviewPresets.National();
        var rules = new TargetReviewRules(national.RequiredClasses, 0.9m, false, null, [standard], null, national.Source);
        var result = Review(Fixtures.ReviewTree(costTarget: (decimal)cost), rules);
        Assert.Equal(!error, result.Passed);
        if (error)
        {
            var finding = Assert.Single(result.Findings);
            Assert.Equal((ReasonCodes.CostAboveStandard, "1.4.1"), (finding.Code, finding.Indicator?.ToString()));
            Assert.Equal("某省高标准农田建设支出标准", finding.Reason.Source.Reference);
        }
    }

    [Fact]
    public void Review_QuantityTargetsWithNoMoney_IsAWarning() =>
        Assert.Equal(ReasonCodes.QuantityWithoutMoney, Assert.Single(Review(Fixtures.ReviewTree(), amount: 0m).Findings).Code);

    [Fact]
    public void Review_MoneyWithoutAnyQuantityTarget_IsAWarning()
    {
        var tree = new IndicatorTree(IndicatorWeighting.Weighted,
        [
            new LevelOneIndicator(Fixtures.C("1"), "效益指标", IndicatorClass.Benefit, 10m,
                [new LevelTwoIndicator(Fixtures.C("1.1"), "社会效益", IndicatorClass.Social, 10m, [LevelThreeIndicator.Qualitative(Fixtures.C("1.1.1"), "群众认可", 10m, ValueBasis.Plan, "走访")])]),
        ]);
        var rules = new TargetReviewRules([], 0.9m, false, null, [], null, TargetReviewPresets.Targets2021);
        var finding = Assert.Single(new TargetReviewer(Fixtures.RuleSetWith(rules)).Review(Fixtures.Target(tree), Million).Findings);
        Assert.Equal((FindingSeverity.Warning, ReasonCodes.MoneyWithoutOutput), (finding.Severity, finding.Code));
    }

    [Fact]
    public void Review_TemplateWhenWeightsRequired_IsAnError()
    {
        var national = TargetReviewPresets.National();
        var rules = new TargetReviewRules(national.RequiredClasses, 0.9m, true, 90m, [], null, national.Source);
        Assert.Equal(ReasonCodes.WeightsUnset, Assert.Single(Review(Fixtures.ReviewTree(weighting: IndicatorWeighting.Template), rules).Findings).Code);
    }

    [Fact]
    public void Review_PointsNotAddingUpToTheRequiredTotal_IsAnError()
    {
        var national = TargetReviewPresets.National();
        var rules = new TargetReviewRules(national.RequiredClasses, 0.9m, true, 100m, [], null, national.Source);
        var finding = Assert.Single(Review(Fixtures.ReviewTree(), rules).Findings);
        Assert.Equal(ReasonCodes.WeightsTotal, finding.Code);
        Assert.Contains("90", finding.Reason.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_GradeFromFindings_DeductsPerSeverity()
    {
        // One error (no timeliness) and one warning (satisfaction 85%): 100 − 10 − 3 = 87 → 良.
        var result = Review(Fixtures.ReviewTree(withTimeliness: false, satisfactionTarget: 85m), TargetReviewPresets.NationalWithGrade());
        Assert.Equal((1, 1, 0), (result.Errors, result.Warnings, result.Advice));
        Assert.Equal(87m, result.Score);
        Assert.Equal(Grade.Good, result.Grade);
    }

    [Fact]
    public void Review_GradeWithoutFindings_IsExcellent()
    {
        var result = Review(Fixtures.ReviewTree(), TargetReviewPresets.NationalWithGrade());
        Assert.Equal((100m, Grade.Excellent), (result.Score!.Value, result.Grade!.Value));
    }

    [Fact]
    public void Review_ManyErrors_ScoreNeverBelowZero()
    {
        var rules = new TargetReviewRules(TargetReviewPresets.National().RequiredClasses, 0.9m, false, null, [], new ReviewGradingRules(100m, 0m, 0m, GradeScale.National2020, Fixtures.Local), TargetReviewPresets.Targets2021);
        var result = Review(Fixtures.ReviewTree(withTimeliness: false, quantityExplanation: null), rules);
        Assert.Equal(2, result.Errors);
        Assert.Equal((0m, Grade.Poor), (result.Score!.Value, result.Grade!.Value));
    }

    [Fact]
    public void TargetReviewRules_SatisfactionMinimumAsPercent_Throws() =>
        Assert.Equal("satisfactionMinimum", Assert.Throws<ArgumentOutOfRangeException>(() => new TargetReviewRules([], 90m, false, null, [], null, Fixtures.Local)).ParamName);

    [Fact]
    public void Review_NegativeAmount_Throws() =>
        Assert.Equal("requestedAmount", Assert.Throws<ArgumentOutOfRangeException>(() => new TargetReviewer(Fixtures.National).Review(Fixtures.Target(Fixtures.ReviewTree()), Money.FromYuan(-1m))).ParamName);
}
