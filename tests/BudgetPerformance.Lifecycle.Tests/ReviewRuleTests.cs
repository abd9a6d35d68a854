using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Json;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Review;
using BudgetPerformance.Values;

namespace BudgetPerformance.Lifecycle.Tests;

/// <summary>
/// Target review, check by check, against docs/rules/target-review.md ("Calculation" and "Messages"): each check on both
/// sides of its condition, and the exact texts built from the documented forms and the inputs' numbers.
/// </summary>
public class ReviewRuleTests
{
    private static readonly SourceCitation FamilySource = new("某县绩效目标审核办法", SourceKind.Local);
    private static readonly SourceCitation RequirementSource = new("某县二级指标要求", SourceKind.Local);
    private static readonly SourceCitation StandardSource = new("某省高标准农田建设支出标准", SourceKind.Local);

    private static IndicatorCode C(string code) => new(code);

    private static TargetReviewRules Rules(
        IEnumerable<ClassRequirement>? required = null,
        decimal minimum = 0.9m,
        bool weightsRequired = false,
        decimal? total = null,
        IEnumerable<ExpenditureStandard>? standards = null,
        ReviewGradingRules? grading = null) =>
        new(required ?? [], minimum, weightsRequired, total, standards ?? [], grading, FamilySource);

    private static ClassRequirement Requires(params IndicatorClass[] anyOf) => new(anyOf, RequirementSource);

    private static LevelThreeIndicator Q(string code, string name, decimal target, string unit, string? explanation = "统计口径") =>
        LevelThreeIndicator.Quantitative(C(code), name, Direction.AtLeast, target, unit, 10m, ValueBasis.Plan, explanation);

    private static LevelThreeIndicator Qual(string code, string name, string? explanation = "评判方式") =>
        LevelThreeIndicator.Qualitative(C(code), name, 10m, ValueBasis.Plan, explanation);

    private static LevelTwoIndicator Two(string code, IndicatorClass cls, params LevelThreeIndicator[] children) =>
        new(C(code), cls.Name.Chinese, cls, children.Sum(c => c.Points), children);

    private static LevelOneIndicator One(string code, IndicatorClass cls, params LevelTwoIndicator[] children) =>
        new(C(code), cls.Name.Chinese, cls, children.Sum(c => c.Points), children);

    private static IndicatorTree Weighted(params LevelOneIndicator[] ones) => new(IndicatorWeighting.Weighted, ones);

    /// <summary>A quantity node 9.1 (建设数量 ≥ 1200 个) under output, so that a request with money is consistent.</summary>
    private static LevelOneIndicator QuantityGroup() => One("9", IndicatorClass.Output, Two("9.1", IndicatorClass.Quantity, Q("9.1.1", "建设数量", 1200m, "个")));

    private static TargetReviewResult Review(IndicatorTree tree, TargetReviewRules rules, decimal amount = 1_000_000m) =>
        new TargetReviewer(Fixtures.RuleSetWith(rules)).Review(Fixtures.Target(tree), Money.FromYuan(amount));

    private static ReviewFinding Only(TargetReviewResult result, string code) => Assert.Single(result.Findings, f => f.Code == code);

    // Arguments ------------------------------------------------------------------------------------------------------

    [Fact]
    public void Review_NullTarget_ThrowsNamingTheTarget() =>
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => new TargetReviewer(Fixtures.National).Review(null!, Money.Zero)).ParamName);

    [Fact]
    public void Reviewer_NullRuleSet_ThrowsNamingTheRuleSet() =>
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => new TargetReviewer(null!)).ParamName);

    [Theory]
    [InlineData("-0.01")]
    [InlineData("-1000000")]
    public void Review_NegativeAmount_ThrowsSayingItMustNotBeNegative(string yuan)
    {
        var amount = Money.FromYuan(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new TargetReviewer(Fixtures.National).Review(Fixtures.Target(Fixtures.ReviewTree()), amount));
        Assert.Equal(("requestedAmount", (object)amount), (e.ParamName, e.ActualValue!));
        Assert.Contains("must not be negative", e.Message, StringComparison.Ordinal);
    }

    // Required classes -------------------------------------------------------------------------------------------------

    [Fact]
    public void Review_MissingSingleClass_NamesTheClassInBothLanguages()
    {
        var finding = Assert.Single(Review(Fixtures.ReviewTree(withTimeliness: false), TargetReviewPresets.National()).Findings);
        Assert.Equal("缺少二级指标“时效指标”下的三级指标", finding.Reason.MessageZh);
        Assert.Equal("no level-3 indicator under the level-2 class 'Timeliness'", finding.Reason.MessageEn);
        Assert.Null(finding.Reason.Subject);
        Assert.Equal("class-missing: no level-3 indicator under the level-2 class 'Timeliness'", finding.Reason.ToString());
    }

    [Fact]
    public void Review_MissingClassGroup_ListsEveryClassOfTheGroupAndCitesTheRequirement()
    {
        var rules = Rules([Requires(IndicatorClass.Economic, IndicatorClass.Social)]);
        var finding = Assert.Single(Review(Weighted(QuantityGroup()), rules).Findings);
        Assert.Equal((FindingSeverity.Error, ReasonCodes.ClassMissing, (IndicatorCode?)null), (finding.Severity, finding.Code, finding.Indicator));
        Assert.Equal("缺少二级指标（经济效益指标、社会效益指标之一）下的三级指标", finding.Reason.MessageZh);
        Assert.Equal("no level-3 indicator under any of the level-2 classes Economic benefit, Social benefit", finding.Reason.MessageEn);
        Assert.Equal(RequirementSource, finding.Reason.Source);
    }

    [Fact]
    public void Review_NationalCostGroupMissing_ListsTheFourCostClasses()
    {
        // The national tree without its cost node: only the cost group is missing.
        var tree = Weighted(
            One("1", IndicatorClass.Output,
                Two("1.1", IndicatorClass.Quantity, Q("1.1.1", "建设数量", 1200m, "个")),
                Two("1.2", IndicatorClass.Quality, Q("1.2.1", "验收合格率", 100m, "%")),
                Two("1.3", IndicatorClass.Timeliness, Q("1.3.1", "按期完工率", 95m, "%"))),
            One("2", IndicatorClass.Benefit, Two("2.1", IndicatorClass.Social, Q("2.1.1", "受益农户", 2000m, "户"))),
            One("3", IndicatorClass.Satisfaction, Two("3.1", IndicatorClass.BeneficiarySatisfaction, Q("3.1.1", "受益农户满意度", 90m, "%"))));
        var finding = Assert.Single(Review(tree, TargetReviewPresets.National()).Findings);
        Assert.Equal("缺少二级指标（成本指标、经济成本指标、社会成本指标、生态环境成本指标之一）下的三级指标", finding.Reason.MessageZh);
        Assert.Equal("no level-3 indicator under any of the level-2 classes Cost, Economic cost, Social cost, Ecological and environmental cost", finding.Reason.MessageEn);
        Assert.Equal("财预〔2021〕101号", finding.Reason.Source.Reference);
    }

    [Theory]
    [InlineData("economic")]
    [InlineData("social")]
    [InlineData("ecological")]
    [InlineData("sustainable-impact")]
    public void Review_BenefitGroup_IsMetByAnyOfItsClasses(string code)
    {
        Assert.True(IndicatorClass.TryGetBuiltIn(2, code, out var benefit));
        var rules = Rules([Requires(IndicatorClass.Economic, IndicatorClass.Social, IndicatorClass.Ecological, IndicatorClass.SustainableImpact)]);
        var tree = Weighted(QuantityGroup(), One("2", IndicatorClass.Benefit, Two("2.1", benefit, Q("2.1.1", "受益农户", 2000m, "户"))));
        Assert.Empty(Review(tree, rules).Findings);
    }

    [Fact]
    public void Review_RequiredClassWithOnlyAnEmptyNode_IsStillMissing()
    {
        // A template may hold an empty level-2 placeholder: it has no level-3 indicator, so it meets no requirement.
        var tree = new IndicatorTree(IndicatorWeighting.Template,
            [One("1", IndicatorClass.Output, Two("1.1", IndicatorClass.Quantity, Q("1.1.1", "建设数量", 1200m, "个")), Two("1.3", IndicatorClass.Timeliness))]);
        var finding = Assert.Single(Review(tree, Rules([Requires(IndicatorClass.Timeliness)])).Findings);
        Assert.Equal(ReasonCodes.ClassMissing, finding.Code);
        Assert.Empty(Review(tree, Rules([Requires(IndicatorClass.Quantity)])).Findings);
    }

    // Weights ----------------------------------------------------------------------------------------------------------

    [Fact]
    public void Review_TemplateWhenWeightsRequired_SaysTheIndicatorsCarryNoWeightsAndChecksNoTotal()
    {
        var result = Review(Fixtures.ReviewTree(weighting: IndicatorWeighting.Template), Rules(weightsRequired: true, total: 100m));
        var finding = Assert.Single(result.Findings);
        Assert.Equal((FindingSeverity.Error, ReasonCodes.WeightsUnset, (string?)null), (finding.Severity, finding.Code, finding.Reason.Subject));
        Assert.Equal("指标未设置分值（权重）", finding.Reason.MessageZh);
        Assert.Equal("the indicators carry no binding weights", finding.Reason.MessageEn);
        Assert.Equal(FamilySource, finding.Reason.Source);
    }

    [Fact]
    public void Review_TemplateWithARequiredTotalButWeightsNotRequired_HasNoWeightFinding() =>
        Assert.Empty(Review(Fixtures.ReviewTree(weighting: IndicatorWeighting.Template), Rules(total: 100m)).Findings);

    [Theory]
    [InlineData("89.99", true, false)]
    [InlineData("90", false, false)]     // the fixture's level-1 points are 50 + 30 + 10 = 90
    [InlineData("90.00", false, true)]   // decimal equality: 90.00 is 90
    [InlineData("90.01", true, true)]
    [InlineData("100.00", true, false)]
    public void Review_LevelOnePoints_MustAddUpToTheRequiredTotal(string required, bool error, bool weightsRequired)
    {
        var total = decimal.Parse(required, System.Globalization.CultureInfo.InvariantCulture);
        var result = Review(Fixtures.ReviewTree(), Rules(weightsRequired: weightsRequired, total: total));
        Assert.Equal(!error, result.Passed);
        if (error)
        {
            var finding = Assert.Single(result.Findings);
            var shown = required == "100.00" ? "100" : required;   // significant digits only
            Assert.Equal((ReasonCodes.WeightsTotal, (string?)null), (finding.Code, finding.Reason.Subject));
            Assert.Equal($"一级指标分值合计 90，应为 {shown}", finding.Reason.MessageZh);
            Assert.Equal($"the level-1 points add up to 90, not {shown}", finding.Reason.MessageEn);
            Assert.Equal(FamilySource, finding.Reason.Source);
        }
    }

    // Duplicate names --------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("建设数量")]
    [InlineData(" 建设数量 ")]   // compared after trimming
    public void Review_DuplicateName_NamesTheFirstIndicatorWithTheName(string qualityName)
    {
        var finding = Assert.Single(Review(Fixtures.ReviewTree(qualityName: qualityName), Rules()).Findings);
        Assert.Equal((FindingSeverity.Error, ReasonCodes.DuplicateName, "1.2.1"), (finding.Severity, finding.Code, finding.Reason.Subject));
        Assert.Equal("指标名称“建设数量”与 1.1.1 重复", finding.Reason.MessageZh);
        Assert.Equal("the indicator name '建设数量' repeats that of 1.1.1", finding.Reason.MessageEn);
        Assert.Equal("duplicate-name at 1.2.1: the indicator name '建设数量' repeats that of 1.1.1", finding.Reason.ToString());
        Assert.Equal(FamilySource, finding.Reason.Source);
    }

    [Fact]
    public void Review_ThreeIndicatorsOfOneName_ReportTheSecondAndTheThirdAgainstTheFirst()
    {
        var tree = Weighted(One("1", IndicatorClass.Output, Two("1.1", IndicatorClass.Quantity,
            Q("1.1.1", "建设数量", 1m, "个"), Q("1.1.2", "建设面积", 1m, "亩"), Q("1.1.3", "建设数量", 2m, "个"), Q("1.1.4", "建设数量", 3m, "个"))));
        var findings = Review(tree, Rules()).Findings;
        Assert.Equal(["1.1.3", "1.1.4"], findings.Select(f => f.Reason.Subject));
        Assert.All(findings, f => Assert.EndsWith("与 1.1.1 重复", f.Reason.MessageZh, StringComparison.Ordinal));
    }

    // Explanations -----------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Review_QuantitativeWithoutExplanation_AsksForAFormulaOrStatisticalScope(string? explanation)
    {
        var finding = Assert.Single(Review(Fixtures.ReviewTree(quantityExplanation: explanation), Rules()).Findings);
        Assert.Equal((FindingSeverity.Error, ReasonCodes.ExplanationMissing, "1.1.1"), (finding.Severity, finding.Code, finding.Reason.Subject));
        Assert.Equal("指标“建设数量”缺少指标解释（计算公式或统计口径）", finding.Reason.MessageZh);
        Assert.Equal("indicator '建设数量' has no explanation (formula or statistical scope)", finding.Reason.MessageEn);
        Assert.Equal("explanation-missing at 1.1.1: indicator '建设数量' has no explanation (formula or statistical scope)", finding.Reason.ToString());
        Assert.Equal(FamilySource, finding.Reason.Source);
    }

    [Fact]
    public void Review_QualitativeWithoutExplanation_AsksWhatIsJudgedAndHow()
    {
        var tree = Weighted(QuantityGroup(), One("2", IndicatorClass.Benefit, Two("2.1", IndicatorClass.SustainableImpact, Qual("2.1.1", "长效管护", explanation: null))));
        var finding = Assert.Single(Review(tree, Rules()).Findings);
        Assert.Equal((FindingSeverity.Error, ReasonCodes.ExplanationMissing, "2.1.1"), (finding.Severity, finding.Code, finding.Reason.Subject));
        Assert.Equal("指标“长效管护”缺少指标解释（评判内容和评判方式）", finding.Reason.MessageZh);
        Assert.Equal("indicator '长效管护' has no explanation (what is judged and how)", finding.Reason.MessageEn);
    }

    // Satisfaction -----------------------------------------------------------------------------------------------------

    [Fact]
    public void Review_SatisfactionBelowTheMinimum_GivesTargetAndMinimumInPercent()
    {
        var finding = Assert.Single(Review(Fixtures.ReviewTree(satisfactionTarget: 85m), Rules()).Findings);
        Assert.Equal((FindingSeverity.Warning, ReasonCodes.SatisfactionBelowMinimum, "3.1.1"), (finding.Severity, finding.Code, finding.Reason.Subject));
        Assert.Equal("满意度指标“受益农户满意度”目标值 85% 低于惯例 90%", finding.Reason.MessageZh);
        Assert.Equal("satisfaction target '受益农户满意度' of 85% is below the conventional 90%", finding.Reason.MessageEn);
        Assert.Equal(FamilySource, finding.Reason.Source);
    }

    [Theory]
    [InlineData("92.49", true)]
    [InlineData("92.5", false)]    // exactly the minimum passes
    [InlineData("92.51", false)]
    public void Review_SatisfactionAgainstAnOwnMinimum_WarnsStrictlyBelowIt(string target, bool warned)
    {
        var result = Review(Fixtures.ReviewTree(satisfactionTarget: decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture)), Rules(minimum: 0.925m));
        Assert.Equal(warned, result.Findings.Count == 1);
        if (warned)
        {
            var finding = Only(result, ReasonCodes.SatisfactionBelowMinimum);
            Assert.Equal($"满意度指标“受益农户满意度”目标值 {target}% 低于惯例 92.5%", finding.Reason.MessageZh);
            Assert.Equal($"satisfaction target '受益农户满意度' of {target}% is below the conventional 92.5%", finding.Reason.MessageEn);
        }
        else
        {
            Assert.Empty(result.Findings);
        }
    }

    [Theory]
    [InlineData("％")]    // the full-width percent sign
    [InlineData(" % ")]   // surrounding spaces ignored
    [InlineData("％ ")]
    public void Review_SatisfactionInAnotherSpellingOfPercent_IsCheckedAgainstTheMinimum(string unit)
    {
        var below = Review(Fixtures.ReviewTree(satisfactionTarget: 85m, satisfactionUnit: unit), Rules());
        Assert.Equal(FindingSeverity.Warning, Assert.Single(below.Findings).Severity);
        Assert.Equal("满意度指标“受益农户满意度”目标值 85% 低于惯例 90%", Only(below, ReasonCodes.SatisfactionBelowMinimum).Reason.MessageZh);
        Assert.Empty(Review(Fixtures.ReviewTree(satisfactionTarget: 95m, satisfactionUnit: unit), Rules()).Findings);
    }

    [Theory]
    [InlineData("分", "0.9", "90")]
    [InlineData(" 分 ", "0.85", "85")]   // the unit is shown trimmed
    [InlineData("人次", "0.925", "92.5")]
    public void Review_SatisfactionNotInPercent_IsAdviceNamingUnitAndMinimum(string unit, string minimum, string shownMinimum)
    {
        var rules = Rules(minimum: decimal.Parse(minimum, System.Globalization.CultureInfo.InvariantCulture));
        var finding = Assert.Single(Review(Fixtures.ReviewTree(satisfactionTarget: 50m, satisfactionUnit: unit), rules).Findings);
        var shownUnit = unit.Trim();
        Assert.Equal((FindingSeverity.Advice, ReasonCodes.SatisfactionNotPercent, "3.1.1"), (finding.Severity, finding.Code, finding.Reason.Subject));
        Assert.Equal($"满意度指标“受益农户满意度”计量单位为“{shownUnit}”，无法核对是否达到 {shownMinimum}%", finding.Reason.MessageZh);
        Assert.Equal($"satisfaction target '受益农户满意度' is in '{shownUnit}', so the conventional {shownMinimum}% cannot be checked", finding.Reason.MessageEn);
        Assert.Equal(FamilySource, finding.Reason.Source);
    }

    public static TheoryData<string, string> SatisfactionPlaces => new()
    {
        { "satisfaction", "unspecified" },               // under the level-1 满意度指标, whatever its level-2 class
        { "benefit", "beneficiary-satisfaction" },       // a 服务对象满意度指标 node under benefit
        { "benefit", "satisfaction" },                   // the 10号 level-2 满意度 under benefit
        { "output", "beneficiary-satisfaction" },
    };

    [Theory]
    [MemberData(nameof(SatisfactionPlaces))]
    public void Review_SatisfactionIndicator_IsRecognisedByItsLevelOneOrLevelTwoClass(string levelOne, string levelTwo)
    {
        Assert.True(IndicatorClass.TryGetBuiltIn(1, levelOne, out var one));
        Assert.True(IndicatorClass.TryGetBuiltIn(2, levelTwo, out var two));
        var tree = Weighted(QuantityGroup(), One("3", one, Two("3.1", two, Q("3.1.1", "群众满意度", 80m, "%"))));
        var finding = Assert.Single(Review(tree, Rules()).Findings);
        Assert.Equal((ReasonCodes.SatisfactionBelowMinimum, "3.1.1"), (finding.Code, finding.Reason.Subject));
        Assert.Equal("满意度指标“群众满意度”目标值 80% 低于惯例 90%", finding.Reason.MessageZh);
    }

    [Fact]
    public void Review_PercentIndicatorOutsideSatisfaction_IsNotCheckedAgainstTheMinimum()
    {
        var tree = Weighted(QuantityGroup(), One("1", IndicatorClass.Output, Two("1.2", IndicatorClass.Quality, Q("1.2.1", "验收合格率", 80m, "%")), Two("1.3", IndicatorClass.Timeliness, Q("1.3.1", "完成时长", 3m, "月"))));
        Assert.Empty(Review(tree, Rules()).Findings);
    }

    [Fact]
    public void Review_QualitativeSatisfactionIndicator_IsNotCheckedAgainstTheMinimum()
    {
        var tree = Weighted(QuantityGroup(), One("3", IndicatorClass.Satisfaction, Two("3.1", IndicatorClass.BeneficiarySatisfaction, Qual("3.1.1", "群众评价"))));
        Assert.Empty(Review(tree, Rules()).Findings);
    }

    // Expenditure standards -------------------------------------------------------------------------------------------

    private static ExpenditureStandard Standard(decimal maximum, string name = "亩均建设成本", string unit = "元/亩", SourceCitation? source = null) =>
        new(name, unit, maximum, source ?? StandardSource);

    [Theory]
    [InlineData("2999.99", false)]
    [InlineData("3000", false)]      // exactly the standard: allowed
    [InlineData("3000.01", true)]
    [InlineData("3200", true)]
    public void Review_CostTarget_IsAnErrorStrictlyAboveTheStandard(string target, bool error)
    {
        var result = Review(Fixtures.ReviewTree(costTarget: decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture)), Rules(standards: [Standard(3000m)]));
        Assert.Equal(!error, result.Passed);
        if (error)
        {
            var finding = Assert.Single(result.Findings);
            Assert.Equal((FindingSeverity.Error, ReasonCodes.CostAboveStandard, "1.4.1"), (finding.Severity, finding.Code, finding.Reason.Subject));
            Assert.Equal($"成本指标“亩均建设成本”目标值 {target} 元/亩 高于支出标准 3000 元/亩", finding.Reason.MessageZh);
            Assert.Equal($"cost target '亩均建设成本' of {target} 元/亩 is above the expenditure standard 3000 元/亩", finding.Reason.MessageEn);
            Assert.Equal(StandardSource, finding.Reason.Source);
        }
        else
        {
            Assert.Empty(result.Findings);
        }
    }

    [Fact]
    public void Review_CostAboveAStandardWrittenWithTrailingZeros_ShowsSignificantDigitsOnly()
    {
        var finding = Assert.Single(Review(Fixtures.ReviewTree(costTarget: 3200.50m), Rules(standards: [Standard(3000.00m)])).Findings);
        Assert.Equal("成本指标“亩均建设成本”目标值 3200.5 元/亩 高于支出标准 3000 元/亩", finding.Reason.MessageZh);
    }

    [Fact]
    public void Review_TwoStandardsExceeded_GiveOneErrorEachCitingItsOwnSource()
    {
        var county = new SourceCitation("某县支出标准", SourceKind.Local);
        var result = Review(Fixtures.ReviewTree(costTarget: 3200m), Rules(standards: [Standard(3000m), Standard(3100m, source: county), Standard(3200m)]));
        Assert.Equal([StandardSource, county], result.Findings.Select(f => f.Reason.Source));
        Assert.Equal(
            ["cost target '亩均建设成本' of 3200 元/亩 is above the expenditure standard 3000 元/亩", "cost target '亩均建设成本' of 3200 元/亩 is above the expenditure standard 3100 元/亩"],
            result.Findings.Select(f => f.Reason.MessageEn));
    }

    public static TheoryData<string, string> CostPlaces => new()
    {
        { "output", "output-cost" },
        { "cost", "economic-cost" },
        { "cost", "social-cost" },
        { "cost", "ecological-cost" },
        { "cost", "unspecified" },       // under the level-1 成本指标, whatever its level-2 class
        { "benefit", "economic-cost" },  // a cost node wherever it sits
    };

    [Theory]
    [MemberData(nameof(CostPlaces))]
    public void Review_CostIndicator_IsRecognisedByItsLevelOneOrLevelTwoClass(string levelOne, string levelTwo)
    {
        Assert.True(IndicatorClass.TryGetBuiltIn(1, levelOne, out var one));
        Assert.True(IndicatorClass.TryGetBuiltIn(2, levelTwo, out var two));
        var tree = Weighted(QuantityGroup(), One("4", one, Two("4.1", two, Q("4.1.1", "亩均建设成本", 3200m, "元/亩"))));
        var finding = Assert.Single(Review(tree, Rules(standards: [Standard(3000m)])).Findings);
        Assert.Equal((ReasonCodes.CostAboveStandard, "4.1.1"), (finding.Code, finding.Reason.Subject));
    }

    [Fact]
    public void Review_IndicatorOutsideCostWithTheStandardsNameAndUnit_IsNotChecked()
    {
        var tree = Weighted(One("1", IndicatorClass.Output, Two("1.1", IndicatorClass.Quantity, Q("1.1.1", "亩均建设成本", 5000m, "元/亩"))));
        Assert.Empty(Review(tree, Rules(standards: [Standard(3000m)])).Findings);
    }

    [Fact]
    public void Review_QualitativeCostIndicatorWithTheStandardsName_IsNotChecked()
    {
        var tree = Weighted(QuantityGroup(), One("4", IndicatorClass.Cost, Two("4.1", IndicatorClass.EconomicCost, Qual("4.1.1", "亩均建设成本"))));
        Assert.Empty(Review(tree, Rules(standards: [Standard(3000m)])).Findings);
    }

    [Theory]
    [InlineData("亩均建设成本", "元/平方米")]   // the name matches, the unit does not
    [InlineData("亩均维护成本", "元/亩")]       // the unit matches, the name does not
    [InlineData("亩均建设成本", "元/亩 ")]      // units are compared as written
    public void Review_CostStandardOfAnotherNameOrUnit_DoesNotApply(string name, string unit) =>
        Assert.Empty(Review(Fixtures.ReviewTree(costTarget: 3200m), Rules(standards: [Standard(1000m, name, unit)])).Findings);

    [Fact]
    public void Review_CostIndicatorNameWithSurroundingSpaces_MatchesTheStandard()
    {
        var tree = Weighted(QuantityGroup(), One("4", IndicatorClass.Cost, Two("4.1", IndicatorClass.EconomicCost, Q("4.1.1", " 亩均建设成本 ", 3200m, "元/亩"))));
        Assert.Equal(ReasonCodes.CostAboveStandard, Assert.Single(Review(tree, Rules(standards: [Standard(3000m, " 亩均建设成本")])).Findings).Code);
    }

    // Consistency with the amount -------------------------------------------------------------------------------------

    private static IndicatorTree WithoutQuantity() =>
        Weighted(One("2", IndicatorClass.Benefit, Two("2.1", IndicatorClass.Social, Q("2.1.1", "受益农户", 2000m, "户"))));

    [Fact]
    public void Review_NoQuantityAndNoMoney_IsConsistent() =>
        Assert.Empty(Review(WithoutQuantity(), Rules(), amount: 0m).Findings);

    [Theory]
    [InlineData("0.01", "0.01")]
    [InlineData("1000000", "1000000")]
    [InlineData("1000000.00", "1000000")]   // significant digits only
    [InlineData("12345.60", "12345.6")]
    public void Review_MoneyWithoutQuantity_WarnsWithTheAmount(string yuan, string shown)
    {
        var finding = Assert.Single(Review(WithoutQuantity(), Rules(), amount: decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)).Findings);
        Assert.Equal((FindingSeverity.Warning, ReasonCodes.MoneyWithoutOutput, (string?)null), (finding.Severity, finding.Code, finding.Reason.Subject));
        Assert.Equal($"申请金额 {shown} 元但未设数量（产出）指标", finding.Reason.MessageZh);
        Assert.Equal($"{shown} yuan is requested but no quantity (output) target is set", finding.Reason.MessageEn);
        Assert.Equal(FamilySource, finding.Reason.Source);
    }

    [Fact]
    public void Review_QuantityWithoutMoney_WarnsThatNoMoneyIsRequested()
    {
        var finding = Assert.Single(Review(Weighted(QuantityGroup()), Rules(), amount: 0m).Findings);
        Assert.Equal((FindingSeverity.Warning, ReasonCodes.QuantityWithoutMoney, (string?)null), (finding.Severity, finding.Code, finding.Reason.Subject));
        Assert.Equal("设有数量指标但申请金额为 0", finding.Reason.MessageZh);
        Assert.Equal("quantity targets are set but no money is requested", finding.Reason.MessageEn);
        Assert.Equal("quantity-without-money: quantity targets are set but no money is requested", finding.Reason.ToString());
        Assert.Equal(FamilySource, finding.Reason.Source);
    }

    [Fact]
    public void Review_QuantityWithTheLeastMoney_IsConsistent() =>
        Assert.Empty(Review(Weighted(QuantityGroup()), Rules(), amount: 0.01m).Findings);

    [Fact]
    public void Review_EmptyQuantityPlaceholder_IsNoQuantityTarget()
    {
        var tree = new IndicatorTree(IndicatorWeighting.Template,
            [One("1", IndicatorClass.Output, Two("1.1", IndicatorClass.Quantity), Two("1.2", IndicatorClass.Quality, Q("1.2.1", "验收合格率", 100m, "%")))]);
        Assert.Empty(Review(tree, Rules(), amount: 0m).Findings);
        Assert.Equal(ReasonCodes.MoneyWithoutOutput, Assert.Single(Review(tree, Rules(), amount: 100m).Findings).Code);
    }

    // Order, counts and grade -----------------------------------------------------------------------------------------

    [Fact]
    public void Review_EveryKindOfFinding_ComesInTheDocumentedOrderWithItsCounts()
    {
        var tree = new IndicatorTree(IndicatorWeighting.Template,
        [
            One("1", IndicatorClass.Output,
                Two("1.1", IndicatorClass.Quantity),
                Two("1.4", IndicatorClass.OutputCost, Q("1.4.1", "亩均建设成本", 3200m, "元/亩", explanation: null))),
            One("3", IndicatorClass.Satisfaction,
                Two("3.1", IndicatorClass.BeneficiarySatisfaction, Q("3.1.1", "受益农户满意度", 85m, "%"), Q("3.1.2", "亩均建设成本", 4m, "分"))),
        ]);
        var grading = new ReviewGradingRules(10m, 3m, 1m, GradeScale.National2020, Fixtures.Local);
        var result = Review(tree, Rules([Requires(IndicatorClass.Timeliness)], weightsRequired: true, standards: [Standard(3000m)], grading: grading), amount: 500m);
        Assert.Equal(
            [ReasonCodes.ClassMissing, ReasonCodes.WeightsUnset, ReasonCodes.DuplicateName, ReasonCodes.ExplanationMissing, ReasonCodes.CostAboveStandard,
             ReasonCodes.SatisfactionBelowMinimum, ReasonCodes.SatisfactionNotPercent, ReasonCodes.MoneyWithoutOutput],
            result.Findings.Select(f => f.Code));
        Assert.Equal([null, null, "3.1.2", "1.4.1", "1.4.1", "3.1.1", "3.1.2", null], result.Findings.Select(f => f.Reason.Subject));
        Assert.Equal((5, 2, 1, false), (result.Errors, result.Warnings, result.Advice, result.Passed));
        Assert.Equal(100m - (5 * 10m) - (2 * 3m) - 1m, result.Score);   // 43
        Assert.Equal(Grade.Poor, result.Grade);
    }

    [Theory]
    [InlineData(0, 0, 100, Grade.Excellent)]
    [InlineData(1, 0, 90, Grade.Excellent)]   // 90 is 优 (the band is inclusive)
    [InlineData(1, 1, 87, Grade.Good)]
    [InlineData(2, 0, 80, Grade.Good)]
    [InlineData(2, 1, 77, Grade.Fair)]
    [InlineData(4, 0, 60, Grade.Fair)]
    [InlineData(4, 1, 57, Grade.Poor)]
    public void Review_IllustrativeGrade_Deducts10PerErrorAnd3PerWarning(int errors, int warnings, int score, Grade grade)
    {
        // Errors: missing explanations on up to four indicators; warning: a satisfaction target of 85%.
        var ones = new List<LevelOneIndicator>
        {
            One("1", IndicatorClass.Output, Two("1.1", IndicatorClass.Quantity,
                Enumerable.Range(1, 4).Select(i => Q("1.1." + i, "数量" + i, 1m, "个", explanation: i <= errors ? null : "口径")).ToArray())),
            One("3", IndicatorClass.Satisfaction, Two("3.1", IndicatorClass.BeneficiarySatisfaction, Q("3.1.1", "满意度", warnings == 1 ? 85m : 95m, "%"))),
        };
        var national = TargetReviewPresets.NationalWithGrade();
        var rules = new TargetReviewRules([], national.SatisfactionMinimum, false, null, [], national.Grading, national.Source);
        var result = Review(Weighted([.. ones]), rules);
        Assert.Equal((errors, warnings), (result.Errors, result.Warnings));
        Assert.Equal((score, grade), ((int)result.Score!.Value, result.Grade!.Value));
    }

    // Presets ----------------------------------------------------------------------------------------------------------

    [Fact]
    public void NationalPreset_IsTheDocumentedFamilyCitingTheTargetsDocument()
    {
        var national = TargetReviewPresets.National();
        Assert.Equal(
            ["quantity", "quality", "timeliness", "output-cost economic-cost social-cost ecological-cost", "economic social ecological sustainable-impact", "beneficiary-satisfaction"],
            national.RequiredClasses.Select(r => string.Join(' ', r.AnyOf.Select(c => c.Code))));
        Assert.Equal((0.9m, false, (decimal?)null, 0, (ReviewGradingRules?)null), (national.SatisfactionMinimum, national.WeightsRequired, national.RequiredTotalPoints, national.ExpenditureStandards.Count, national.Grading));
        Assert.Equal(TargetReviewPresets.Targets2021, national.Source);
        Assert.All(national.RequiredClasses, r => Assert.Equal(TargetReviewPresets.Targets2021, r.Source));
        Assert.Equal(("财预〔2021〕101号", SourceKind.National), (TargetReviewPresets.Targets2021.Reference, TargetReviewPresets.Targets2021.Kind));
    }

    [Fact]
    public void NationalWithGradePreset_AddsTheIllustrativeGradeCitedAsDeployed()
    {
        var graded = TargetReviewPresets.NationalWithGrade();
        var grading = Assert.IsType<ReviewGradingRules>(graded.Grading);
        Assert.Equal((10m, 3m, 0m), (grading.ErrorDeduction, grading.WarningDeduction, grading.AdviceDeduction));
        Assert.Equal(TargetReviewPresets.DeployedGrade, grading.Source);
        Assert.Equal(SourceKind.Deployed, grading.Source.Kind);
        Assert.Contains("illustrative", grading.Source.Note, StringComparison.Ordinal);
        Assert.Contains("no national scale", grading.Source.Note, StringComparison.Ordinal);
        Assert.Equal(TargetReviewPresets.Targets2021, graded.Source);
        Assert.Equal(TargetReviewPresets.National().RequiredClasses.Count, graded.RequiredClasses.Count);
    }
}
