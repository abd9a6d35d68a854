using System;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring.Reconciliation;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Tests;

public class AggregationTests
{
    private static Evaluation Judged(decimal score)
    {
        var indicator = Example.Q("x", "综合", Direction.AtLeast, 1m, "项", 100m);
        return Example.Single(indicator, IndicatorRecord.Judged(new IndicatorCode("x"), score));
    }

    // EXAMPLES.md §2 and the band edges, scored end to end.
    [Theory]
    [InlineData("89.995", 2, RoundingMode.HalfAwayFromZero, "90.00", Grade.Excellent)]
    [InlineData("89.994", 2, RoundingMode.HalfAwayFromZero, "89.99", Grade.Good)]
    [InlineData("89.95", 1, RoundingMode.HalfAwayFromZero, "90.0", Grade.Excellent)]
    [InlineData("89.5", 0, RoundingMode.HalfAwayFromZero, "90", Grade.Excellent)]
    [InlineData("89.5", 0, RoundingMode.HalfToEven, "90", Grade.Excellent)]
    [InlineData("88.5", 0, RoundingMode.HalfToEven, "88", Grade.Good)]
    [InlineData("79.999", 2, RoundingMode.HalfAwayFromZero, "80.00", Grade.Good)]
    [InlineData("79.994", 2, RoundingMode.HalfAwayFromZero, "79.99", Grade.Fair)]
    [InlineData("59.995", 2, RoundingMode.HalfAwayFromZero, "60.00", Grade.Fair)]
    [InlineData("59.99", 2, RoundingMode.HalfAwayFromZero, "59.99", Grade.Poor)]
    [InlineData("90", 2, RoundingMode.HalfAwayFromZero, "90.00", Grade.Excellent)]
    [InlineData("89.991", 2, RoundingMode.Up, "90.00", Grade.Excellent)]
    [InlineData("89.999", 2, RoundingMode.Down, "89.99", Grade.Good)]
    public void Score_TotalIsRoundedBeforeItIsGraded(string raw, int decimals, RoundingMode mode, string total, Grade grade)
    {
        var rules = Rules.National(indicatorRounding: new Rounding(4, RoundingMode.HalfAwayFromZero), totalRounding: new Rounding(decimals, mode));
        var result = new EvaluationScorer(rules).Score(Judged(StrategyTests.P(raw)));
        Assert.Equal(total, result.Total!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(grade, result.Grade);
    }

    [Fact]
    public void TotalMode_SumOfRoundedAndRoundedSum_CanDiffer()
    {
        // Three indicators of 1/3 each: 0.3333... rounds to 0.33 three times (0.99) but sums to 1.00 raw.
        var tree = new IndicatorTree(IndicatorWeighting.Weighted,
        [
            new LevelOneIndicator(new IndicatorCode("1"), "产出", IndicatorClass.Output, 100m,
            [
                new LevelTwoIndicator(new IndicatorCode("1.1"), "数量", IndicatorClass.Quantity, 100m,
                [
                    Example.Q("a", "甲", Direction.AtLeast, 3m, "个", 1m), Example.Q("b", "乙", Direction.AtLeast, 3m, "个", 1m), Example.Q("c", "丙", Direction.AtLeast, 3m, "个", 1m),
                    Example.Q("d", "丁", Direction.AtLeast, 1m, "个", 97m),
                ]),
            ]),
        ]);
        var records = new[] { "a", "b", "c" }.Select(c => IndicatorRecord.Measured(new IndicatorCode(c), 1m)).Append(IndicatorRecord.Measured(new IndicatorCode("d"), 0.5m)).ToArray();
        var evaluation = new Evaluation("T", EvaluationType.FinanceEvaluation, Example.Project, new Performer(PerformerRole.FinanceBureau, "县财政局"), new FiscalYear(2019), new FiscalYear(2020), tree, records,
            onSiteVisit: new OnSiteVisit(new NodaTime.LocalDate(2020, 5, 1)));
        Assert.Equal(49.49m, new EvaluationScorer(Rules.National()).Score(evaluation).Total);
        Assert.Equal(49.50m, new EvaluationScorer(Rules.National(totalMode: TotalMode.RoundedSum)).Score(evaluation).Total);
    }

    [Fact]
    public void NotApplicable_Rescale_DropsTheIndicatorAndKeepsTheTotal()
    {
        var records = Example.Records();
        records[0] = IndicatorRecord.NotApplicable(new IndicatorCode("1.1.1"), "项目调整");
        var result = new EvaluationScorer(Rules.National()).Score(Example.Evaluation(records));
        Assert.Equal(ScoringOutcome.Complete, result.Outcome);
        Assert.Equal(100m / 85m, result.RescaleFactor);
        Assert.Null(result.Indicators[0].Score);
        Assert.True((result.Indicators[1].Flags & ScoreFlags.Rescaled) != 0);
        // Every other item earns its share of 100 ÷ 85 more points.
        Assert.Equal(100m / 85m * 10m, result.Indicators[1].Points);
        Assert.Equal(100m, result.LevelOne.Sum(s => s.Points) + result.Budget!.Value.Points);
    }

    [Fact]
    public void NotApplicable_ScoreZero_CountsZero()
    {
        var records = Example.Records();
        records[0] = IndicatorRecord.NotApplicable(new IndicatorCode("1.1.1"), "项目调整");
        var result = new EvaluationScorer(Rules.National(notApplicable: NotApplicablePolicy.ScoreZero)).Score(Example.Evaluation(records));
        Assert.Equal(0.00m, result.Indicators[0].Score);
        Assert.Equal(90.37m - 13.80m, result.Total);
    }

    [Fact]
    public void MissingData_Incomplete_HasNoTotalAndNoGrade()
    {
        var records = Example.Records();
        records[2] = IndicatorRecord.NoData(new IndicatorCode("1.2.1"));
        var result = new EvaluationScorer(Rules.National()).Score(Example.Evaluation(records));
        Assert.Equal(ScoringOutcome.Incomplete, result.Outcome);
        Assert.Null(result.Total);
        Assert.Null(result.Grade);
        Assert.Null(result.LevelOne[0].Score);
        Assert.Equal(24.60m, result.LevelOne[1].Score);
        Assert.True((result.Indicators[2].Flags & ScoreFlags.NoData) != 0);
    }

    [Fact]
    public void MissingData_ScoreZero_IsFlaggedAndComplete()
    {
        var records = Example.Records();
        records[2] = IndicatorRecord.NotYetDue(new IndicatorCode("1.2.1"));
        var result = new EvaluationScorer(Rules.National(missing: MissingDataPolicy.ScoreZero)).Score(Example.Evaluation(records));
        Assert.Equal(85.37m, result.Total);
        Assert.Equal(ScoreFlags.NotYetDue | ScoreFlags.ZeroByPolicy, result.Indicators[2].Flags);
    }

    [Fact]
    public void Budget_ZeroAdjustedBudget_RejectedByDefault_NeverDividedBy()
    {
        var result = new EvaluationScorer(Rules.National()).Score(Example.Evaluation(budget: Example.Budget(0m, 0m)));
        Assert.Equal(ScoringOutcome.Invalid, result.Outcome);
        Assert.Equal(ProblemCodes.ZeroAdjustedBudget, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Budget_ZeroAdjustedBudget_NotApplicable_RescalesTheIndicatorsToAHundred()
    {
        var result = new EvaluationScorer(Rules.National(zeroBudget: ZeroBudgetPolicy.NotApplicable)).Score(Example.Evaluation(budget: Example.Budget(0m, 0m)));
        Assert.Equal(ScoringOutcome.Complete, result.Outcome);
        Assert.Equal(100m / 90m, result.RescaleFactor);
        Assert.True((result.Budget!.Value.Flags & ScoreFlags.NotApplicable) != 0);
        Assert.Equal(100m, decimal.Round(result.LevelOne.Sum(s => s.Points), 20));
    }

    [Fact]
    public void Budget_SpentAgainstZeroBudget_IsAlwaysAnInputError() =>
        Assert.Equal(ProblemCodes.ZeroAdjustedBudget,
            Assert.Single(new EvaluationScorer(Rules.National(zeroBudget: ZeroBudgetPolicy.NotApplicable)).Score(Example.Evaluation(budget: Example.Budget(0m, 5m))).Problems).Code);

    [Fact]
    public void Budget_Overspent_IsCappedAtTheBlockPoints()
    {
        var budget = new EvaluationScorer(Rules.National()).Score(Example.Evaluation(budget: Example.Budget(100m, 120m))).Budget!.Value;
        Assert.Equal(10.00m, budget.Score);
        Assert.Equal(ScoreFlags.Capped, budget.Flags);
    }

    [Fact]
    public void Budget_RatePercentRounding_IsAppliedBeforeMultiplying()
    {
        // 2/3 = 66.666...%: rounded to 66.67% gives 6.667 → 6.67; rounded to a whole percent gives 67% → 6.70.
        var rules = Rules.National(ratePercentRounding: new Rounding(0, RoundingMode.HalfAwayFromZero));
        Assert.Equal(6.70m, new EvaluationScorer(rules).Score(Example.Evaluation(budget: Example.Budget(3m, 2m))).Budget!.Value.Score);
        Assert.Equal(6.67m, new EvaluationScorer(Rules.National()).Score(Example.Evaluation(budget: Example.Budget(3m, 2m))).Budget!.Value.Score);
    }

    [Fact]
    public void Budget_TwentyPointBlock_RequiresEightyIndicatorPoints()
    {
        var result = new EvaluationScorer(Rules.National(budgetPoints: 20m)).Score(Example.Evaluation());
        Assert.Equal(ProblemCodes.TotalPoints, Assert.Single(result.Problems).Code);
        Assert.Equal(17.00m, result.Budget!.Value.Score);
    }

    [Fact]
    public void WeightCheck_FinanceEvaluationWithLittleOutputAndBenefit_IsAnIssue()
    {
        var tree = new IndicatorTree(IndicatorWeighting.Weighted,
        [
            new LevelOneIndicator(new IndicatorCode("d"), "决策", IndicatorClass.Decision, 41m, [new LevelTwoIndicator(new IndicatorCode("d1"), "项目立项", IndicatorClass.ProjectApproval, 41m, [Example.Q("d11", "甲", Direction.AtLeast, 1m, "项", 41m)])]),
            new LevelOneIndicator(new IndicatorCode("o"), "产出", IndicatorClass.Output, 59m, [new LevelTwoIndicator(new IndicatorCode("o1"), "产出数量", IndicatorClass.Quantity, 59m, [Example.Q("o11", "乙", Direction.AtLeast, 1m, "项", 59m)])]),
        ]);
        Evaluation Make(IndicatorTree t) => new("F", EvaluationType.FinanceEvaluation, Example.Project, new Performer(PerformerRole.ThirdParty, "第三方"), new FiscalYear(2019), new FiscalYear(2020), t,
            t.Indicators.Select(i => IndicatorRecord.Measured(i.Code, 1m)), onSiteVisit: new OnSiteVisit(new NodaTime.LocalDate(2020, 4, 1)));
        Assert.Equal(ProblemCodes.OutputBenefitShare, Assert.Single(new EvaluationScorer(Rules.National()).Score(Make(tree)).Problems).Code);
    }

    [Fact]
    public void Uncapped_TotalAbove100_IsGradedAs100AndSaysSo()
    {
        var records = Example.Records().Select(r => r.Code.Value == "1.1.1" ? IndicatorRecord.Measured(r.Code, 50000m) : r);
        var result = new EvaluationScorer(Rules.National(cap: false)).Score(Example.Evaluation(records));
        Assert.True(result.Total > 100m);
        Assert.True(result.TotalAboveMaximum);
        Assert.Equal(Grade.Excellent, result.Grade);
    }

    [Fact]
    public void Groups_AssessedGroupScoresItsMembersTogether()
    {
        var records = Example.Records();
        records[0] = IndicatorRecord.Grouped(new IndicatorCode("1.1.1"));
        records[1] = IndicatorRecord.Grouped(new IndicatorCode("1.1.2"));
        var group = new IndicatorScoreGroup("G1", [new IndicatorCode("1.1.1"), new IndicatorCode("1.1.2")], 22m, 22m);
        var result = new EvaluationScorer(Rules.National()).Score(Example.Evaluation(records, groups: [group]));
        Assert.Equal(ScoringOutcome.Complete, result.Outcome);
        Assert.Equal(22.00m, result.Groups[0].Score);
        Assert.Equal(25m, result.Groups[0].Points);
        Assert.Equal(22.00m, result.LevelTwo[0].Score);
        Assert.Equal(90.37m - 23.80m + 22m, result.Total);
    }

    [Fact]
    public void Groups_AssessedScoreAboveTheirPoints_IsAnIssue()
    {
        var records = Example.Records();
        records[0] = IndicatorRecord.Grouped(new IndicatorCode("1.1.1"));
        records[1] = IndicatorRecord.Grouped(new IndicatorCode("1.1.2"));
        var group = new IndicatorScoreGroup("G1", [new IndicatorCode("1.1.1"), new IndicatorCode("1.1.2")], 25.5m, null);
        Assert.Equal(ProblemCodes.JudgementOutOfRange, Assert.Single(new EvaluationScorer(Rules.National()).Score(Example.Evaluation(records, groups: [group])).Problems).Code);
    }

    [Fact]
    public void ExAnte_Conclusions_AtTheDeployedEdges()
    {
        var scorer = new EvaluationScorer(Rules.National());
        ExAnteConclusion? Conclude(decimal score)
        {
            var tree = new IndicatorTree(IndicatorWeighting.Weighted,
            [
                new LevelOneIndicator(new IndicatorCode("n"), "立项必要性", IndicatorClass.Custom(1, "necessity", new LocalizedName("立项必要性", "Necessity")), 100m,
                    [new LevelTwoIndicator(new IndicatorCode("n1"), "必要性", IndicatorClass.Unspecified, 100m, [LevelThreeIndicator.Qualitative(new IndicatorCode("n11"), "需求迫切性", 100m)])]),
            ]);
            var evaluation = new Evaluation("X", EvaluationType.ExAnteAssessment, Example.Project, new Performer(PerformerRole.ExpertPanel, "专家组"), new FiscalYear(2021), new FiscalYear(2020), tree,
                [IndicatorRecord.Judged(new IndicatorCode("n11"), score)]);
            var result = scorer.Score(evaluation);
            Assert.Null(result.Grade);
            return result.Conclusion;
        }

        Assert.Equal(ExAnteConclusion.Support, Conclude(90m));
        Assert.Equal(ExAnteConclusion.SupportAfterAdjustment, Conclude(89.5m));
        Assert.Equal(ExAnteConclusion.SupportAfterAdjustment, Conclude(89.994m));
        Assert.Equal(ExAnteConclusion.Support, Conclude(89.995m));
        Assert.Equal(ExAnteConclusion.SupportAfterAdjustment, Conclude(70m));
        Assert.Equal(ExAnteConclusion.DoNotSupport, Conclude(69.99m));
    }

    [Fact]
    public void ReCheck_FortyPercentSelfSixtyPercentReCheck()
    {
        var rules = Rules.National();
        var self = new EvaluationScorer(rules).Score(Example.Evaluation());
        var reCheckRecords = Example.Records();
        reCheckRecords[0] = IndicatorRecord.Measured(new IndicatorCode("1.1.1"), 3000m);
        var reCheck = new EvaluationScorer(rules).Score(Example.Evaluation(reCheckRecords));
        Assert.Equal(85.57m, reCheck.Total);
        var combined = new ReCheckCombiner(rules).Combine(self, reCheck);
        Assert.Equal(0.4m * 90.37m + 0.6m * 85.57m, combined.RawFinal);
        Assert.Equal(87.49m, combined.Final);
        Assert.Equal(Grade.Good, combined.Grade);
        Assert.Equal(4.80m, combined.Gap);
    }

    [Fact]
    public void ReCheck_IncompleteResult_ThrowsWithParameterName()
    {
        var records = Example.Records();
        records[0] = IndicatorRecord.NoData(new IndicatorCode("1.1.1"));
        var incomplete = new EvaluationScorer(Rules.National()).Score(Example.Evaluation(records));
        var complete = new EvaluationScorer(Rules.National()).Score(Example.Evaluation());
        Assert.Equal("self", Assert.Throws<ArgumentException>(() => new ReCheckCombiner(Rules.National()).Combine(incomplete, complete)).ParamName);
    }

    [Fact]
    public void Scorer_RuleSetWithoutScoringFamily_ThrowsWithParameterName()
    {
        var bare = new RuleSet("bare", 1, new NodaTime.DateInterval(new NodaTime.LocalDate(2020, 1, 1), new NodaTime.LocalDate(2020, 12, 31)), new LocalizedName("甲", "A"), [Rules.Ten],
            new GradingRules(GradeScale.National2020, Rules.Two, Rules.Ten));
        Assert.Equal("ruleSet", Assert.Throws<DomainInvariantException>(() => new EvaluationScorer(bare)).ParamName);
    }
}
