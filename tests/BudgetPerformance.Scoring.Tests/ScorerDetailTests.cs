using System;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Scoring.Tests;

/// <summary>
/// The parts of a result beyond the indicator scores and the total, each checked against what the rules say: subtotal
/// points and missing subtotals, every issue at once, the budget block's flags, groups under rescaling and either total
/// mode, strategies with their own edges or rounding, the order of the cited sources, and value equality field by
/// field. Written against the survivors of a Stryker run (docs/quality.md).
/// </summary>
public class ScorerDetailTests
{
    private static readonly EvaluationScorer National = new(Rules.National());

    private static IndicatorCode C(string code) => new(code);

    [Fact]
    public void EntryPoints_RejectBadArguments_WithTheParameterName()
    {
        Assert.Equal("evaluation", Assert.Throws<ArgumentNullException>(() => National.Explain(null!)).ParamName);
        Assert.Equal("evaluations", Assert.Throws<ArgumentNullException>(() => National.ScoreAll(null!)).ParamName);
        Assert.Equal("evaluations", Assert.Throws<ArgumentNullException>(() => National.ScoreAllParallel(null!, 1)).ParamName);
        Assert.Equal("maxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => National.ScoreAllParallel([], 0)).ParamName);
        Assert.Empty(National.ScoreAllParallel([], 1)); // an empty list threw from Partitioner.Create until 2026-12-01
    }

    [Fact]
    public void ScoreAllParallel_ANullEvaluation_ThrowsAtOnceNamingItsIndex()
    {
        // A programming error: thrown before any scoring starts, not wrapped in an AggregateException by the threads.
        var e = Assert.Throws<ArgumentException>(() => National.ScoreAllParallel([Example.Evaluation(), null!, Example.Evaluation()], 2));
        Assert.Equal("evaluations", e.ParamName);
        Assert.StartsWith("Evaluation 1 is null.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scorer_RuleSetWithoutAFamilyItNeeds_SaysWhichFamily()
    {
        var rules = Rules.National();
        var noScoring = new RuleSet("grades-only", 1, rules.Effective, rules.Title, rules.Sources, rules.Grading);
        var noAggregation = new RuleSet("no-aggregation", 1, rules.Effective, rules.Title, rules.Sources, rules.Grading)
            .WithIndicatorScoring(rules.IndicatorScoring);
        var a = Assert.Throws<DomainInvariantException>(() => new EvaluationScorer(noScoring));
        Assert.Equal(("ruleSet", "The rule set grades-only v1 lacks rules that Scoring needs: Indicator scoring, Aggregation."), (a.ParamName, a.Problem.MessageEn));
        Assert.Equal("规则集 grades-only v1 缺少评价计分所需的规则：指标计分、汇总。", a.Problem.MessageZh);
        Assert.Equal([a.Problem], EvaluationScorer.FindProblems(noScoring));
        var b = Assert.Throws<DomainInvariantException>(() => new EvaluationScorer(noAggregation));
        Assert.Equal(("ruleSet", "The rule set no-aggregation v1 lacks rules that Scoring needs: Aggregation."), (b.ParamName, b.Problem.MessageEn));
        Assert.Equal(ProblemCodes.RuleFamilyMissing, b.Problem.Code);
        Assert.Empty(EvaluationScorer.FindProblems(rules));
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => EvaluationScorer.FindProblems(null!)).ParamName);
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => new EvaluationScorer(null!)).ParamName);
        Assert.Equal(LifecycleStage.Scoring, EvaluationScorer.Stage);
    }

    [Fact]
    public void Result_SaysWhatItIsAbout_TheEvaluationsSubjectAndCoveredYear()
    {
        var evaluation = Example.Evaluation();
        var result = National.Score(evaluation);
        Assert.Equal((evaluation.Id, evaluation.Type, evaluation.Subject, evaluation.CoveredYear),
            (result.EvaluationId, result.EvaluationType, result.Subject, result.CoveredYear));
        Assert.Equal((SubjectType.Project, "P001", 2019), (result.Subject.Type, result.Subject.Code, result.CoveredYear.Year));
    }

    [Fact]
    public void ZeroAdjustedBudget_IssuesSayWhatWasSpent_OrThatTheRuleSetDoesNotScoreTheBlock()
    {
        var spent = National.Score(Example.Evaluation(budget: Example.Budget(adjusted: 0m, spent: 1200m))).Problems.Single();
        Assert.Equal((ProblemCodes.ZeroAdjustedBudget, "budgetExecution"), (spent.Code, spent.Location.Element!));
        Assert.Equal($"{Money.FromYuan(1200m)} was spent against an adjusted budget of 0.", spent.MessageEn);
        var nothing = National.Score(Example.Evaluation(budget: Example.Budget(adjusted: 0m, spent: 0m))).Problems.Single();
        Assert.Equal("The adjusted budget is 0; the rule set does not score the block then.", nothing.MessageEn);
    }

    [Fact]
    public void StrategyThatCannotScoreTheRecord_IsAnIssueNamingIt_AndTheRowIsOnlyInvalid()
    {
        // A measured ≥ indicator named to the judgement strategy, an achievement level under a measured strategy, and a
        // strategy the rule set does not have.
        var scorer = new EvaluationScorer(Rules.National(requiredTotal: null));
        var judged = scorer.Score(Example.Single(Example.Q("x", "指标", Direction.AtLeast, 100m, "个", 10m, "judgement"), IndicatorRecord.Measured(C("x"), 90m)));
        Assert.Equal(["The strategy 'judgement' (Judgement) cannot score a measured >= indicator."], judged.Problems.Select(i => i.MessageEn));
        Assert.Equal(ScoreFlags.Invalid, judged.Indicators[0].Flags);

        var level = scorer.Score(Example.Single(LevelThreeIndicator.Qualitative(C("x"), "指标", 10m, ValueBasis.NotStated, "说明", "proportional"), IndicatorRecord.Achieved(C("x"), AchievementLevel.Achieved, 9m)));
        Assert.Equal(["The strategy 'proportional' (Proportional) cannot score an achievement level."], level.Problems.Select(i => i.MessageEn));
        Assert.Equal(ScoreFlags.Judgement | ScoreFlags.Invalid, level.Indicators[0].Flags);

        var unknown = scorer.Score(Example.Single(Example.Q("x", "指标", Direction.AtLeast, 100m, "个", 10m, "nope"), IndicatorRecord.Measured(C("x"), 90m)));
        Assert.Equal([ProblemCodes.UnknownStrategy], unknown.Problems.Select(i => i.Code));
        Assert.Equal(ScoreFlags.Invalid, unknown.Indicators[0].Flags);
    }

    [Fact]
    public void Subtotals_OfAWeightedTree_CarryTheirNodesPoints()
    {
        var result = National.Score(Example.Evaluation());

        // EXAMPLES.md §1: the tree's own points, node by node.
        Assert.Equal(["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "3.1"], result.LevelTwo.Select(s => s.Code));
        Assert.Equal([25m, 5m, 10m, 10m, 15m, 5m, 10m, 10m], result.LevelTwo.Select(s => s.Points));
        Assert.Equal([50m, 30m, 10m], result.LevelOne.Select(s => s.Points));
        Assert.Equal(10m, result.Budget!.Value.Points);
        Assert.Equal(ScoreFlags.None, result.Budget!.Value.Flags);
        Assert.Equal(1m, result.RescaleFactor);
    }

    [Fact]
    public void Subtotals_WhenAnIndicatorIsDropped_AddUpTheRescaledPointsOfWhatIsLeft()
    {
        // 1.2.1 (5 points) does not apply: the other 95 points are scaled to 100 (aggregation.md).
        var records = Example.Records();
        records[2] = IndicatorRecord.NotApplicable(C("1.2.1"), "本年度未验收");
        var result = National.Score(Example.Evaluation(records));
        var factor = 100m / 95m;

        Assert.Equal(ScoringOutcome.Complete, result.Outcome);
        Assert.Equal(factor, result.RescaleFactor);
        var two = result.LevelTwo.ToDictionary(s => s.Code);
        Assert.Equal((15m * factor) + (10m * factor), two["1.1"].Points);
        Assert.Equal(0m, two["1.2"].Points);
        Assert.Equal(10m * factor, two["1.3"].Points);
        Assert.Equal(result.LevelTwo.Take(4).Sum(s => s.Points), result.LevelOne[0].Points);
        Assert.Equal(10m * factor, result.Budget!.Value.Points);
        Assert.Equal(ScoreFlags.Rescaled, result.Budget!.Value.Flags);
        Assert.Equal(0m, result.Indicators[2].Points);
        Assert.Equal(ScoreFlags.NotApplicable, result.Indicators[2].Flags); // dropped: its points are not rescaled
        Assert.Equal(ScoreFlags.Rescaled, result.Indicators[0].Flags);
    }

    [Fact]
    public void MissingData_LeavesEverySubtotalThatHoldsItEmpty_AndOnlyThose()
    {
        // 1.1.1 and 1.2.1 have no data: two level-2 nodes of the same level-1 node.
        var records = Example.Records();
        records[0] = IndicatorRecord.NoData(C("1.1.1"));
        records[2] = IndicatorRecord.NoData(C("1.2.1"));
        var result = National.Score(Example.Evaluation(records));
        var two = result.LevelTwo.ToDictionary(s => s.Code);

        Assert.Equal(ScoringOutcome.Incomplete, result.Outcome);
        Assert.Null(two["1.1"].Score);
        Assert.Null(two["1.2"].Score);
        Assert.Equal(9.47m, two["1.3"].Score); // 90 ÷ 95 × 10
        Assert.Equal(25m, two["1.1"].Points);
        Assert.Null(result.LevelOne[0].Score);
        Assert.NotNull(result.LevelOne[1].Score);
        Assert.Null(result.Total);
        Assert.Null(result.RawTotal);
        Assert.Null(result.Band);
        Assert.False(result.TotalAboveMaximum);
        Assert.Null(result.Indicators[0].Score);
        Assert.Equal(ScoreFlags.NoData, result.Indicators[0].Flags);
    }

    [Fact]
    public void InvalidInput_ReportsEveryIssue_AndMarksEachIndicator()
    {
        var records = Example.Records();
        records[0] = IndicatorRecord.Measured(C("1.1.1"), -5m);
        records[1] = IndicatorRecord.Measured(C("1.1.2"), -3m);
        var result = National.Score(Example.Evaluation(records));

        Assert.Equal(ScoringOutcome.Invalid, result.Outcome);
        Assert.Equal([("negative-actual", "1.1.1"), ("negative-actual", "1.1.2")], result.Problems.Select(i => (i.Code, i.Location.IndicatorCode!)));
        Assert.Equal(ScoreFlags.Invalid, result.Indicators[0].Flags);
        Assert.Equal(ScoreFlags.Invalid, result.Indicators[1].Flags);
        Assert.Null(result.Total);
        Assert.False(result.TotalAboveMaximum);
    }

    [Theory]
    [InlineData("850000", "0.85", "8.50", ScoreFlags.None)]
    [InlineData("1000000", "1", "10.00", ScoreFlags.None)] // exactly spent: a rate of 1 is not capped
    [InlineData("1000001", "1.000001", "10.00", ScoreFlags.Capped)]
    public void BudgetBlock_IsCappedOnlyAboveARateOf1(string spent, string rate, string score, ScoreFlags flags)
    {
        var result = National.Score(Example.Evaluation(budget: Example.Budget(spent: decimal.Parse(spent, System.Globalization.CultureInfo.InvariantCulture))));
        var budget = result.Budget!.Value;
        Assert.Equal(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), budget.Rate!.Value.Value);
        Assert.Equal(score, budget.Score!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(flags, budget.Flags);
    }

    [Fact]
    public void BudgetBlock_WithoutAnExecution_IsMarkedInvalid_AndCarriesItsPoints()
    {
        var rules = Rules.National(requiredTotal: null);
        var financeToo = new RuleSet("finance-block", 1, rules.Effective, rules.Title, rules.Sources, rules.Grading)
            .WithIndicatorScoring(rules.IndicatorScoring)
            .WithBudgetExecution(new BudgetExecutionRules(10m, null, ZeroBudgetPolicy.Reject, [EvaluationType.FinanceEvaluation], Rules.Deployed))
            .WithAggregation(rules.Aggregation);
        var result = new EvaluationScorer(financeToo).Score(Example.Single(Example.Q("x", "指标", Direction.AtLeast, 100m, "个", 10m), IndicatorRecord.Measured(C("x"), 100m)));
        var budget = result.Budget!.Value;
        Assert.Equal(10m, budget.Points);
        Assert.Equal(ScoreFlags.Invalid, budget.Flags);
        Assert.Null(budget.Score);
        Assert.Null(budget.Rate);
    }

    [Fact]
    public void BudgetBlock_AppliesToTheLastEvaluationType_WhenTheRuleSetSaysSo()
    {
        // An internal-section evaluation (the highest EvaluationType) under a rule set that gives it the block.
        Assert.Equal(EvaluationType.InternalSectionEvaluation, Enum.GetValues<EvaluationType>().Max());
        var rules = Rules.National();
        var internalToo = new RuleSet("internal-block", 1, rules.Effective, rules.Title, rules.Sources, rules.Grading)
            .WithIndicatorScoring(rules.IndicatorScoring)
            .WithBudgetExecution(new BudgetExecutionRules(10m, null, ZeroBudgetPolicy.Reject, [EvaluationType.InternalSectionEvaluation], Rules.Deployed))
            .WithAggregation(rules.Aggregation);
        var evaluation = new Evaluation("IS1", EvaluationType.InternalSectionEvaluation, new SubjectRef(SubjectType.InternalSection, "S01"),
            new Performer(PerformerRole.FinanceBureau, "县财政局"), new FiscalYear(2019), new FiscalYear(2020), Example.Tree(), Example.Records(), Example.Budget());
        var result = new EvaluationScorer(internalToo).Score(evaluation);

        Assert.Equal(ScoringOutcome.Complete, result.Outcome);
        Assert.Equal(8.50m, result.Budget!.Value.Score);
        Assert.Equal(90.37m, result.Total); // EXAMPLES.md §1 with its budget block
    }

    [Fact]
    public void RecordedGroup_SumsItsMembersWherever_TheyStand_InEitherTotalMode()
    {
        // A group that only carries the form's merged cell: its members are scored one by one, the group adds them up
        // (rounded rows under sum-of-rounded, raw rows under rounded-sum).
        var group = new IndicatorScoreGroup("G", [C("1.3.1"), C("1.4.1")], null, 18.5m);
        var rounded = National.Score(Example.Evaluation(groups: [group])).Groups.Single();
        Assert.Equal("G", rounded.Code);
        Assert.Equal(20m, rounded.Points);
        Assert.Equal(9.47m + 9.00m, rounded.Score);

        var raw = new EvaluationScorer(Rules.National(totalMode: TotalMode.RoundedSum)).Score(Example.Evaluation(groups: [group])).Groups.Single();
        Assert.Equal((10m * 90m / 95m) + (10m * (1m - (300m / 3000m))), raw.Score);

        var records = Example.Records();
        records[4] = IndicatorRecord.NoData(C("1.4.1"));
        Assert.Null(National.Score(Example.Evaluation(records, groups: [group])).Groups.Single().Score);
    }

    [Theory]
    [InlineData("25", true)]
    [InlineData("25.01", false)]
    public void AssessedGroup_UnderRescaling_IsBoundByItsOwnPoints_AndRescaledLikeAnyScore(string assessed, bool valid)
    {
        // 1.1.1 and 1.1.2 (15 + 10 points) judged together; 1.2.1 does not apply, so everything is scaled by 100 ÷ 95.
        var score = decimal.Parse(assessed, System.Globalization.CultureInfo.InvariantCulture);
        var records = Example.Records();
        records[0] = IndicatorRecord.Grouped(C("1.1.1"));
        records[1] = IndicatorRecord.Grouped(C("1.1.2"));
        records[2] = IndicatorRecord.NotApplicable(C("1.2.1"), "本年度未验收");
        var group = new IndicatorScoreGroup("G1", [C("1.1.1"), C("1.1.2")], score, null);
        var result = National.Score(Example.Evaluation(records, groups: [group]));
        var factor = 100m / 95m;

        if (!valid)
        {
            Assert.Equal(ProblemCodes.JudgementOutOfRange, Assert.Single(result.Problems).Code);
            Assert.Null(result.Groups[0].Score);
            Assert.Null(result.LevelTwo.Single(s => s.Code == "1.1").Score); // the group's node has no subtotal without it
            Assert.Null(result.LevelOne[0].Score);
            return;
        }

        var explained = National.Explain(Example.Evaluation(records, groups: [group]));
        Assert.Equal("与同组指标合并打分，见分组得分", explained.Indicators[0].FormulaZh);
        Assert.Equal("scored with its group: see the group score", explained.Indicators[1].FormulaEn);
        Assert.Equal("不适用（本年度未验收），剔除后其余分值按比例折算", explained.Indicators[2].FormulaZh);
        Assert.Equal("not applicable (本年度未验收): dropped, the other points rescaled", explained.Indicators[2].FormulaEn);

        Assert.Empty(result.Problems);
        Assert.Equal((15m * factor) + (10m * factor), result.Groups[0].Points);
        Assert.Equal(26.32m, result.Groups[0].Score); // 25 × 100 ÷ 95 = 26.315…
        var two = result.LevelTwo.Single(s => s.Code == "1.1");
        Assert.Equal(26.32m, two.Score);
        Assert.Equal((15m * factor) + (10m * factor), two.Points);

        var raw = new EvaluationScorer(Rules.National(totalMode: TotalMode.RoundedSum)).Score(Example.Evaluation(records, groups: [group]));
        Assert.Equal(25m * factor, raw.Groups[0].Score);
    }

    private static RuleSet WithStrategies(params ScoringStrategy[] extra)
    {
        var rules = Rules.National(requiredTotal: null);
        var scoring = rules.IndicatorScoring!;
        return new RuleSet("custom", 1, rules.Effective, rules.Title, rules.Sources, rules.Grading)
            .WithIndicatorScoring(new IndicatorScoringRules(Rules.Strategies().Concat(extra), Rules.Defaults(), scoring.CapAtPoints, scoring.OverCompletion, scoring.StrictEqualityEarnsFull, scoring.NegativeActuals, scoring.IndicatorRounding))
            .WithBudgetExecution(rules.BudgetExecution)
            .WithAggregation(rules.Aggregation)
            .WithWeightCheck(rules.WeightCheck)
            .WithReCheck(rules.ReCheck)
            .WithExAnte(rules.ExAnte);
    }

    private static IndicatorExplanation ExplainOne(RuleSet rules, LevelThreeIndicator indicator, IndicatorRecord record) =>
        new EvaluationScorer(rules).Explain(Example.Single(indicator, record)).Indicators.Single();

    [Theory]
    [InlineData(AchievementLevel.NotAchieved, "6", "评价人打分 6，在“未达成年度指标且效果较差”区间 [0, 6] 内 = 6.00", "assessor's score 6 lies in [0, 6], the band of 'Not achieved, poor effect' = 6.00")]
    [InlineData(AchievementLevel.PartlyAchieved, "8", "评价人打分 8，在“部分达成年度指标并具有一定效果”区间 (6, 8] 内 = 8.00", "assessor's score 8 lies in (6, 8], the band of 'Partly achieved, with some effect' = 8.00")]
    [InlineData(AchievementLevel.Achieved, "10", "评价人打分 10，在“达成年度指标”区间 (8, 10] 内 = 10.00", "assessor's score 10 lies in (8, 10], the band of 'Achieved' = 10.00")]
    public void QualitativeBands_WithUpperEdgesInclusive_ShowHalfOpenIntervalsTheOtherWay(AchievementLevel level, string score, string zh, string en)
    {
        // Bands that include their upper edge: [0, 6], (6, 8], (8, 10] of 10 points.
        var rules = WithStrategies(new QualitativeBandsStrategy("bands-upper", Rules.Ten, 0.8m, 0.6m, false, Rules.Two));
        var indicator = LevelThreeIndicator.Qualitative(C("x"), "指标", 10m, ValueBasis.NotStated, "说明", "bands-upper");
        var explained = ExplainOne(rules, indicator, IndicatorRecord.Achieved(C("x"), level, decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(zh, explained.FormulaZh);
        Assert.Equal(en, explained.FormulaEn);
    }

    [Fact]
    public void QualitativeBands_WithUpperEdgesInclusive_RefuseTheLowerEdge_AndSayWhichBand()
    {
        var rules = WithStrategies(new QualitativeBandsStrategy("bands-upper", Rules.Ten, 0.8m, 0.6m, false, Rules.Two));
        var indicator = LevelThreeIndicator.Qualitative(C("x"), "指标", 10m, ValueBasis.NotStated, "说明", "bands-upper");
        var result = new EvaluationScorer(rules).Score(Example.Single(indicator, IndicatorRecord.Achieved(C("x"), AchievementLevel.PartlyAchieved, 6m)));
        var issue = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.OutOfBand, issue.Code);
        Assert.Equal("The assessor's score 6 of x lies outside (6, 8], the band of PartlyAchieved.", issue.MessageEn);
    }

    [Theory]
    [InlineData("2200", "4.80", "偏差 |2200 − 2000| ÷ 2000 = 0.1 < 0.15，得分值 8 × 0.6 = 4.80")] // on the 10% edge: outside the first band
    [InlineData("2199", "8.00", "偏差 |2199 − 2000| ÷ 2000 = 0.0995 < 0.1，得分值 8 × 1 = 8.00")]
    public void DeviationBands_WithExclusiveUpperEdges_PutTheEdgeInTheNextBand(string actual, string score, string zh)
    {
        var rules = WithStrategies(new DeviationBandsStrategy("deviation-x", Rules.Deployed, [new DeviationBand(0.1m, 1m), new DeviationBand(0.15m, 0.6m)], false));
        var indicator = Example.Q("x", "指标", Direction.EqualTo, 2000m, "户", 8m, "deviation-x");
        var explained = ExplainOne(rules, indicator, IndicatorRecord.Measured(C("x"), decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(score, explained.Score!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(zh, explained.FormulaZh);
    }

    [Fact]
    public void Equality_WithInverseRatioOvershoot_ScoresAnOvershootAsTargetOverActual()
    {
        // = 100, actual 125: 100 ÷ 125 × 5 = 4 (indicator-scoring.md, equality); below the target it stays proportional.
        var rules = WithStrategies(new EqualityStrategy("equality-inverse", Rules.Deployed, EqualityOvershoot.InverseRatio));
        var indicator = Example.Q("x", "指标", Direction.EqualTo, 100m, "%", 5m, "equality-inverse");
        var over = ExplainOne(rules, indicator, IndicatorRecord.Measured(C("x"), 125m));
        Assert.Equal(4.00m, over.Score);
        Assert.Equal("目标值 100 ÷ 实际完成值 125 × 分值 5 = 4.00", over.FormulaZh);
        Assert.Equal("target 100 ÷ actual 125 × points 5 = 4.00", over.FormulaEn);
        var under = ExplainOne(rules, indicator, IndicatorRecord.Measured(C("x"), 80m));
        Assert.Equal("实际完成值 80 ÷ 目标值 100 × 分值 5 = 4.00", under.FormulaZh);
    }

    [Fact]
    public void StrategyWithItsOwnRounding_WinsOverTheRuleSets()
    {
        // 2 ÷ 3 × 10 = 6.666…: one decimal by the strategy, although the rule set rounds indicators to two.
        var rules = WithStrategies(new ProportionalStrategy("proportional-1dp", Rules.Ten, new Rounding(1, RoundingMode.HalfAwayFromZero)));
        var own = ExplainOne(rules, Example.Q("x", "指标", Direction.AtLeast, 3m, "个", 10m, "proportional-1dp"), IndicatorRecord.Measured(C("x"), 2m));
        var plain = ExplainOne(rules, Example.Q("x", "指标", Direction.AtLeast, 3m, "个", 10m), IndicatorRecord.Measured(C("x"), 2m));
        Assert.Equal(6.7m, own.Score);
        Assert.Equal(1, decimal.GetBits(own.Score!.Value)[3] >> 16 & 0xFF);
        Assert.Equal(6.67m, plain.Score);
    }

    [Fact]
    public void Sources_AreTheRuleSetsThenEachFamilysThenTheStrategiesUsed_EachOnce()
    {
        SourceCitation S(string name) => new(name, SourceKind.Local);
        var rules = Rules.National();
        var strategies = new ScoringStrategy[]
        {
            new ProportionalStrategy("proportional", S("strategy-a")),
            new ReverseLinearStrategy("reverse-linear", S("strategy-b"), 2m),
            new EqualityStrategy("equality", S("strategy-a"), EqualityOvershoot.Proportional),
            new QualitativeBandsStrategy("qualitative-bands", S("strategy-c"), 0.8m, 0.6m, true, Rules.Two),
            new JudgementStrategy("judgement", S("strategy-d")),
        };
        var scoring = rules.IndicatorScoring!;
        var distinct = new RuleSet("distinct-sources", 1, rules.Effective, rules.Title, [S("rule-set"), S("rule-set-2")],
            new GradingRules(GradeScale.National2020, Rules.Two, S("grading")))
                .WithIndicatorScoring(new IndicatorScoringRules(strategies, Rules.Defaults(), true, null, true, NegativeActualPolicy.Reject, Rules.Two))
                .WithBudgetExecution(new BudgetExecutionRules(10m, null, ZeroBudgetPolicy.Reject, [EvaluationType.SelfEvaluation], S("budget")))
                .WithAggregation(new AggregationRules(NotApplicablePolicy.Rescale, MissingDataPolicy.Incomplete, TotalMode.SumOfRounded, null, S("aggregation")))
                .WithExAnte(new ExAnteRules(90m, 70m, S("ex-ante")));
        var scorer = new EvaluationScorer(distinct);

        // The self-evaluation of EXAMPLES.md §1 uses proportional, equality (strategy-a), reverse-linear and the bands.
        var self = scorer.Explain(Example.Evaluation());
        Assert.Equal(["rule-set", "rule-set-2", "grading", "aggregation", "budget", "strategy-a", "strategy-b", "strategy-c"], self.Sources.Select(c => c.Reference));

        // A finance evaluation has no budget block; an ex-ante assessment cites the conclusion's family. A judged record
        // keeps the assessor's score, checked by the rule set's judgement strategy, which it names and cites (issue 17).
        var finance = scorer.Explain(Example.Single(Example.Q("x", "指标", Direction.AtLeast, 100m, "个", 100m), IndicatorRecord.Measured(C("x"), 100m)));
        Assert.Equal(["rule-set", "rule-set-2", "grading", "aggregation", "strategy-a"], finance.Sources.Select(c => c.Reference));
        var exAnte = scorer.Explain(ExAnte(90m));
        Assert.Equal(["rule-set", "rule-set-2", "grading", "aggregation", "strategy-d", "ex-ante"], exAnte.Sources.Select(c => c.Reference));
        Assert.Equal("judgement", exAnte.Indicators[0].Strategy?.Id);
    }

    private static Evaluation ExAnte(decimal judged)
    {
        var indicator = LevelThreeIndicator.Qualitative(C("n11"), "综合", 100m, ValueBasis.NotStated, "说明", "judgement");
        var tree = new IndicatorTree(IndicatorWeighting.Weighted,
        [
            new LevelOneIndicator(C("n"), "立项必要性", IndicatorClass.Decision, 100m, [new LevelTwoIndicator(C("n1"), "必要性", IndicatorClass.ProjectApproval, 100m, [indicator])]),
        ]);
        return new Evaluation("EA1", EvaluationType.ExAnteAssessment, Example.Project, new Performer(PerformerRole.ExpertPanel, "专家组"), new FiscalYear(2021), new FiscalYear(2020), tree,
            [IndicatorRecord.Judged(C("n11"), judged)]);
    }

    [Fact]
    public void IndicatorScores_AreEqualOnlyWhenEveryFieldIs()
    {
        var a = new IndicatorScore(C("x"), 10m, "proportional", 9.2m, 9.20m, ScoreFlags.None);
        Assert.Equal(a, new IndicatorScore(C("x"), 10m, "proportional", 9.2m, 9.20m, ScoreFlags.None));
        foreach (var other in new[]
        {
            new IndicatorScore(C("y"), 10m, "proportional", 9.2m, 9.20m, ScoreFlags.None),
            new IndicatorScore(C("x"), 11m, "proportional", 9.2m, 9.20m, ScoreFlags.None),
            new IndicatorScore(C("x"), 10m, "equality", 9.2m, 9.20m, ScoreFlags.None),
            new IndicatorScore(C("x"), 10m, "proportional", 9.3m, 9.20m, ScoreFlags.None),
            new IndicatorScore(C("x"), 10m, "proportional", 9.2m, 9.30m, ScoreFlags.None),
            new IndicatorScore(C("x"), 10m, "proportional", 9.2m, 9.20m, ScoreFlags.Capped),
        })
        {
            Assert.False(a.Equals(other), other.ToString());
            Assert.True(a != other);
        }
    }

    [Fact]
    public void SubtotalsAndBudgetScores_AreEqualOnlyWhenEveryFieldIs()
    {
        var s = new Subtotal("1.1", 2, 25m, 23.8m);
        Assert.Equal(s, new Subtotal("1.1", 2, 25m, 23.8m));
        foreach (var other in new[] { new Subtotal("1.2", 2, 25m, 23.8m), new Subtotal("1.1", 1, 25m, 23.8m), new Subtotal("1.1", 2, 20m, 23.8m), new Subtotal("1.1", 2, 25m, null) })
        {
            Assert.False(s.Equals(other));
        }

        var b = new BudgetScore(10m, Ratio.FromFraction(0.85m), 8.5m, 8.50m, ScoreFlags.None);
        Assert.Equal(b, new BudgetScore(10m, Ratio.FromFraction(0.85m), 8.5m, 8.50m, ScoreFlags.None));
        foreach (var other in new[]
        {
            new BudgetScore(20m, Ratio.FromFraction(0.85m), 8.5m, 8.50m, ScoreFlags.None),
            new BudgetScore(10m, Ratio.FromFraction(0.9m), 8.5m, 8.50m, ScoreFlags.None),
            new BudgetScore(10m, Ratio.FromFraction(0.85m), 9m, 8.50m, ScoreFlags.None),
            new BudgetScore(10m, Ratio.FromFraction(0.85m), 8.5m, 9.00m, ScoreFlags.None),
            new BudgetScore(10m, Ratio.FromFraction(0.85m), 8.5m, 8.50m, ScoreFlags.Rescaled),
        })
        {
            Assert.False(b.Equals(other));
        }
    }
}
