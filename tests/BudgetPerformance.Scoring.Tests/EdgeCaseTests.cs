using System;
using System.Globalization;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Json;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring.Distribution;
using BudgetPerformance.Scoring.Monitoring;
using BudgetPerformance.Scoring.Proposals;
using BudgetPerformance.Scoring.Reconciliation;
using BudgetPerformance.Subjects;
using BudgetPerformance.Testing;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Scoring.Tests;

/// <summary>
/// Branches and members that the worked examples do not reach: value semantics of the result types, the rarer
/// strategy branches, incomplete results and argument checks. Found by Stryker's "no coverage" mutants (docs/quality.md).
/// </summary>
public class EdgeCaseTests
{
    private static readonly EvaluationScorer Scorer = new(Rules.National(requiredTotal: null));

    private static ScoringResult One(LevelThreeIndicator indicator, IndicatorRecord record, EvaluationScorer? scorer = null) =>
        (scorer ?? Scorer).Score(Example.Single(indicator, record));

    private static LevelThreeIndicator Q(Direction direction, decimal target, string? rule = null) => Example.Q("x", "指标", direction, target, "个", 10m, rule);

    private static IndicatorRecord M(decimal actual) => IndicatorRecord.Measured(new IndicatorCode("x"), actual);

    [Fact]
    public void ResultParts_OfTheSameInput_AreEqualValues_AndOfADifferentInputAreNot()
    {
        var scorer = new EvaluationScorer(Rules.National());
        var a = scorer.Score(Example.Evaluation());
        var b = scorer.Score(Example.Evaluation());
        var c = scorer.Score(Example.Evaluation(Example.Records(assessor: 6m), Example.Budget(spent: 800_000m)));

        for (var i = 0; i < a.Indicators.Count; i++)
        {
            Assert.True(a.Indicators[i] == b.Indicators[i]);
            Assert.False(a.Indicators[i] != b.Indicators[i]);
            Assert.True(a.Indicators[i].Equals((object)b.Indicators[i]));
            Assert.Equal(a.Indicators[i].GetHashCode(), b.Indicators[i].GetHashCode());
        }

        var judged = a.Indicators.ToList().FindIndex(s => s.Code.Value == "2.3.1");
        Assert.True(a.Indicators[judged] != c.Indicators[judged]);
        Assert.False(a.Indicators[judged] == c.Indicators[judged]);
        Assert.False(a.Indicators[judged].Equals((object)c.Indicators[judged]));
        Assert.False(a.Indicators[judged].Equals("2.3.1"));
        Assert.Equal("2.3.1 7.00/10", a.Indicators[judged].ToString());

        foreach (var (x, y) in a.LevelTwo.Zip(b.LevelTwo).Concat(a.LevelOne.Zip(b.LevelOne)))
        {
            Assert.True(x == y);
            Assert.False(x != y);
            Assert.True(x.Equals((object)y));
            Assert.Equal(x.GetHashCode(), y.GetHashCode());
        }

        var benefitA = a.LevelOne.Single(s => s.Code == "2");
        var benefitC = c.LevelOne.Single(s => s.Code == "2");
        Assert.True(benefitA != benefitC);
        Assert.False(benefitA.Equals((object)benefitC));
        Assert.False(benefitA.Equals((object)"2"));
        Assert.Equal(1, benefitA.Level);
        Assert.Equal(2, a.LevelTwo[0].Level);

        var budgetA = a.Budget!.Value;
        Assert.True(budgetA == b.Budget!.Value);
        Assert.False(budgetA != b.Budget!.Value);
        Assert.True(budgetA.Equals((object)b.Budget!.Value));
        Assert.Equal(budgetA.GetHashCode(), b.Budget!.Value.GetHashCode());
        Assert.True(budgetA != c.Budget!.Value);
        Assert.False(budgetA.Equals((object)c.Budget!.Value));
        Assert.False(budgetA.Equals((object)1m));

        Assert.Equal(EvaluationType.SelfEvaluation, a.EvaluationType);
        Assert.Equal("national-2020", a.RuleSetId);
        Assert.Equal(1, a.RuleSetVersion);
    }

    [Fact]
    public void BudgetBlockApplying_ButNoBudgetExecution_IsIncompleteWithAnEqualIssueEachTime()
    {
        // The Domain demands a budget execution of self-evaluations; a rule set may also give the block to other types.
        var rules = Rules.National(requiredTotal: null);
        var financeToo = new RuleSet("finance-block", 1, rules.Effective, rules.Title, rules.Sources, rules.Grading)
            .WithIndicatorScoring(rules.IndicatorScoring)
            .WithBudgetExecution(new BudgetExecutionRules(10m, null, ZeroBudgetPolicy.Reject, [EvaluationType.SelfEvaluation, EvaluationType.FinanceEvaluation], Rules.Deployed))
            .WithAggregation(rules.Aggregation);
        var scorer = new EvaluationScorer(financeToo);
        Evaluation Make() => Example.Single(Q(Direction.AtLeast, 100m), M(100m));
        var first = scorer.Score(Make());
        var second = scorer.Score(Make());

        Assert.NotEqual(ScoringOutcome.Complete, first.Outcome);
        Assert.Null(first.Total);
        var issue = Assert.Single(first.Problems);
        Assert.Equal(ProblemCodes.BudgetExecutionMissing, issue.Code);
        Assert.Equal("budgetExecution", issue.Location.Element);
        Assert.StartsWith("budget-execution-missing at budgetExecution: A FinanceEvaluation carries the budget-execution block", issue.ToString(), StringComparison.Ordinal);
        var again = Assert.Single(second.Problems);
        Assert.True(issue.Equals(again));
        Assert.True(issue.Equals((object)again));
        Assert.Equal(issue.GetHashCode(), again.GetHashCode());
        Assert.False(issue.Equals(null));
        Assert.False(issue.Equals((object)"budget"));
    }

    [Fact]
    public void EveryItemNotApplicable_LeavesNothingToScore()
    {
        var result = One(Q(Direction.AtLeast, 100m), IndicatorRecord.NotApplicable(new IndicatorCode("x"), "本年度未发生"));
        var issue = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.NothingApplicable, issue.Code);
        Assert.Null(issue.Location.IndicatorCode);
        Assert.Equal("nothing-applicable: Every item is not applicable: nothing is left to score.", issue.ToString());
        Assert.Null(result.Total);
        Assert.Null(result.Grade);
    }

    [Fact]
    public void AchievementRecord_UnderAStrategyThatCannotScoreLevels_IsInvalidWithAnIssue()
    {
        var indicator = LevelThreeIndicator.Qualitative(new IndicatorCode("x"), "制度健全性", 10m, scoringRule: "judgement");
        var result = One(indicator, IndicatorRecord.Achieved(new IndicatorCode("x"), AchievementLevel.Achieved, 9m));
        Assert.Equal(ProblemCodes.StrategyMismatch, Assert.Single(result.Problems).Code);
        Assert.True((result.Indicators[0].Flags & ScoreFlags.Invalid) != 0);
        Assert.Null(result.Indicators[0].Score);
        Assert.Null(result.Total);
    }

    [Fact]
    public void AchievementRecord_NamingAnUnknownStrategy_IsInvalidWithAnIssue()
    {
        var indicator = LevelThreeIndicator.Qualitative(new IndicatorCode("x"), "制度健全性", 10m, scoringRule: "no-such-rule");
        var result = One(indicator, IndicatorRecord.Achieved(new IndicatorCode("x"), AchievementLevel.Achieved, 9m));
        Assert.Equal(ProblemCodes.UnknownStrategy, Assert.Single(result.Problems).Code);
        Assert.True((result.Indicators[0].Flags & ScoreFlags.Invalid) != 0);
        Assert.Null(result.Indicators[0].Score);
    }

    [Theory]
    [InlineData(true, "10.00")]
    [InlineData(false, "0.00")]
    public void ReverseRatio_StrictLessThan_AtTheTarget_FollowsTheStrictEqualityRule(bool strictFull, string expected)
    {
        var scorer = new EvaluationScorer(Rules.National(strictFull: strictFull, requiredTotal: null));
        var score = One(Q(Direction.LessThan, 3000m, "reverse-ratio"), M(3000m), scorer).Indicators[0];
        Assert.Equal(expected, score.Score!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(strictFull ? ScoreFlags.StrictEquality : ScoreFlags.StrictEqualityFailed, score.Flags & (ScoreFlags.StrictEquality | ScoreFlags.StrictEqualityFailed));
    }

    [Fact]
    public void ReverseRatio_NonPositiveTarget_Exceeded_ScoresZero_AndMet_ScoresFull()
    {
        var scorer = new EvaluationScorer(Rules.National(requiredTotal: null));
        Assert.Equal(0m, One(Q(Direction.AtMost, 0m, "reverse-ratio"), M(5m), scorer).Indicators[0].Score);
        Assert.Equal(0m, One(Q(Direction.AtMost, -2m, "reverse-ratio"), M(-1m), scorer).Indicators[0].Score);
        Assert.Equal(10m, One(Q(Direction.AtMost, -2m, "reverse-ratio"), M(-3m), scorer).Indicators[0].Score);
        var explained = scorer.Explain(Example.Single(Q(Direction.AtMost, 0m, "reverse-ratio"), M(5m)));
        Assert.Contains("target 0 ≤ 0, actual 5 above it: 0 points", explained.Indicators[0].FormulaEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_NegativeTarget_OnlyTheTargetItselfScores()
    {
        var scorer = new EvaluationScorer(Rules.National(requiredTotal: null));
        Assert.Equal(10m, One(Q(Direction.EqualTo, -5m), M(-5m), scorer).Indicators[0].Score);
        Assert.Equal(0m, One(Q(Direction.EqualTo, -5m), M(-4m), scorer).Indicators[0].Score);
        Assert.Equal(0m, One(Q(Direction.EqualTo, -5m), M(-6m), scorer).Indicators[0].Score);
        var explained = scorer.Explain(Example.Single(Q(Direction.EqualTo, -5m), M(-4m)));
        Assert.Contains("target -5 < 0, actual -4 differs: 0 points", explained.Indicators[0].FormulaEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-10")]
    public void StepThresholds_NonPositiveTarget_CannotBeScored(string target)
    {
        var scorer = new EvaluationScorer(Rules.National(requiredTotal: null));
        var result = One(Q(Direction.AtLeast, decimal.Parse(target, CultureInfo.InvariantCulture), "steps"), M(5m), scorer);
        Assert.Equal(ProblemCodes.UnusableTarget, Assert.Single(result.Problems).Code);
        Assert.Null(result.Indicators[0].Score);
        Assert.Null(result.Total);
    }

    [Fact]
    public void ReverseLinear_ZeroAtAnotherMultiple_ExplainsTheMultiple()
    {
        var rules = Rules.National(requiredTotal: null);
        var three = new RuleSet("three", 1, rules.Effective, rules.Title, rules.Sources, rules.Grading)
            .WithIndicatorScoring(new IndicatorScoringRules([new ProportionalStrategy("proportional", Rules.Ten), new ReverseLinearStrategy("reverse-linear", Rules.Deployed, 3m), new EqualityStrategy("equality", Rules.Deployed, EqualityOvershoot.Proportional), new QualitativeBandsStrategy("qualitative-bands", Rules.Ten, 0.8m, 0.6m, true, Rules.Two)],
                Rules.Defaults(), true, null, true, NegativeActualPolicy.Reject, Rules.Two)).WithAggregation(rules.Aggregation);
        var explained = new EvaluationScorer(three).Explain(Example.Single(Q(Direction.AtMost, 100m), M(150m)));
        // 10 × (1 − 50 ÷ (2 × 100)) = 7.5: zero only at three times the target.
        Assert.Equal(7.5m, explained.Indicators[0].Score);
        Assert.Contains("÷ (3 − 1) × target 100", explained.Indicators[0].FormulaEn, StringComparison.Ordinal);
        Assert.Contains("÷ (3 − 1) × 目标值 100", explained.Indicators[0].FormulaZh, StringComparison.Ordinal);
    }

    [Fact]
    public void PerStepDeduction_ProportionalCounting_DeductsPartialSteps()
    {
        var rules = Rules.National(requiredTotal: null);
        var proportional = new RuleSet("prop", 1, rules.Effective, rules.Title, rules.Sources, rules.Grading)
            .WithIndicatorScoring(new IndicatorScoringRules([.. Rules.Strategies(), new PerStepDeductionStrategy("deduct-proportional", Rules.Deployed, DeductionSide.Below, 90m, 5m, 1m, StepCounting.Proportional)],
                Rules.Defaults(), true, null, true, NegativeActualPolicy.Reject, Rules.Two)).WithAggregation(rules.Aggregation);
        // 6 points below 90 with steps of 5 = 1.2 steps: 10 − 1.2 = 8.8 (ceiling would give 8, floor 9).
        var score = new EvaluationScorer(proportional).Score(Example.Single(Q(Direction.AtLeast, 90m, "deduct-proportional"), M(84m))).Indicators[0];
        Assert.Equal(8.8m, score.Score);
    }

    [Fact]
    public void OverCompletion_FlaggedWithoutDeduction_AsksForAnExplanation()
    {
        var scorer = new EvaluationScorer(Rules.National(overCompletion: new OverCompletionRule(0.5m, 0m, Rules.Deployed), requiredTotal: null));
        var explained = scorer.Explain(Example.Single(Q(Direction.AtLeast, 100m), M(200m)));
        Assert.EndsWith("（超额完成偏离度过大，需说明原因）", explained.Indicators[0].FormulaZh, StringComparison.Ordinal);
        Assert.EndsWith(" (over-completion beyond the threshold: explain why)", explained.Indicators[0].FormulaEn, StringComparison.Ordinal);
        var deducting = new EvaluationScorer(Rules.National(overCompletion: new OverCompletionRule(0.5m, 0.1m, Rules.Deployed), requiredTotal: null));
        Assert.DoesNotContain("explain why", deducting.Explain(Example.Single(Q(Direction.AtLeast, 100m), M(200m))).Indicators[0].FormulaEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_CarriesTheRuleSetAndTheIndicatorsInputs()
    {
        var scorer = new EvaluationScorer(Rules.National());
        var explained = scorer.Explain(Example.Evaluation());
        Assert.Equal(1, explained.RuleSetVersion);
        Assert.Equal("全国默认", explained.RuleSetTitle.Chinese);
        var first = explained.Indicators[0];
        Assert.Equal("1.1.1", first.Indicator.Code.Value);
        Assert.Equal(new IndicatorCode("1.1.1"), first.Record.Code);
        Assert.Equal(first.Indicator.Points, first.Points);
        Assert.Equal(explained.Result.Indicators[0].Raw, first.Raw);
        Assert.Equal(explained.Result.Indicators[0].Flags, first.Flags);
    }

    [Fact]
    public void TimeProgress_RejectsOtherCalendarsAndUndefinedBases()
    {
        var julian = new LocalDate(2025, 7, 31, CalendarSystem.Julian);
        Assert.Equal("asOf", Assert.Throws<ArgumentOutOfRangeException>(() => TimeProgress.Of(julian, TimeProgressBasis.Days)).ParamName);
        Assert.Equal("basis", Assert.Throws<ArgumentOutOfRangeException>(() => TimeProgress.Of(new LocalDate(2025, 7, 31), (TimeProgressBasis)99)).ParamName);
        var days = TimeProgress.Of(new LocalDate(2025, 7, 31), TimeProgressBasis.Days);
        Assert.Equal(new LocalDate(2025, 7, 31), days.AsOf);
        Assert.Equal(TimeProgressBasis.Days, days.Basis);
        Assert.Equal("212/365", days.ToString());
    }

    [Fact]
    public void DistributionChecker_RejectsANullResult_AndCountsEachSide()
    {
        var rules = new DistributionRules([Grade.Excellent], 0.20m, [Grade.Fair, Grade.Poor], 0.15m, Rules.Deployed);
        Assert.Equal("results", Assert.Throws<ArgumentException>(() => new DistributionChecker(MinimalRuleSet.Of(rules)).Check([new GradedResult("a", 95m, Grade.Excellent), null!])).ParamName);
        var report = new DistributionChecker(MinimalRuleSet.Of(rules)).Check([new GradedResult("a", 95m, Grade.Excellent), new GradedResult("b", 50m, Grade.Poor), new GradedResult("c", 85m, Grade.Good)]);
        Assert.Equal(3, report.Count);
        Assert.Equal(1, report.TopCount);
        Assert.Equal(1, report.BottomCount);
    }

    [Fact]
    public void ProposalRequest_ChecksItsArguments()
    {
        var project = GradedResults.Project("P1", "项目");
        var result = GradedResults.Of(project.Ref, Grade.Good);
        var money = Money.FromYuan(100m);
        Assert.Equal("subject", Assert.Throws<ArgumentNullException>(() => new ProposalRequest(null!, result, money, money)).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentException>(() => new ProposalRequest(new InternalSection("S1", "预算科"), result, money, money)).ParamName);
        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => new ProposalRequest(project, null!, money, money)).ParamName);
        Assert.Equal("result", Assert.Throws<ArgumentException>(() => new ProposalRequest(project, GradedResults.Of(new SubjectRef(SubjectType.Project, "P2"), Grade.Good), money, money)).ParamName);
        Assert.Equal("result", Assert.Throws<ArgumentException>(() => new ProposalRequest(project, GradedResults.Incomplete(project.Ref), money, money)).ParamName);
        Assert.Equal("request", Assert.Throws<ArgumentOutOfRangeException>(() => new ProposalRequest(project, result, Money.FromYuan(-1m), money)).ParamName);
        Assert.Equal("evaluatedAmount", Assert.Throws<ArgumentOutOfRangeException>(() => new ProposalRequest(project, result, money, Money.FromYuan(-1m))).ParamName);
        Assert.Equal("earlierGrades", Assert.Throws<ArgumentOutOfRangeException>(() => new ProposalRequest(project, result, money, money, [(Grade)99])).ParamName);
    }

    [Fact]
    public void RuleSetPresets_Get_UnknownId_NamesIt()
    {
        var e = Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => RuleSetPresets.Get("no-such-preset"));
        Assert.Contains("'no-such-preset'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reconcile_ARowThatCannotBeRecomputed_IsReportedWithTheIssueAndTheReportNamesItsInputs()
    {
        // A step-threshold indicator with a target of 0 cannot be scored; the form still records 8 for it.
        var indicator = Q(Direction.AtLeast, 0m, "steps");
        var evaluation = Example.Single(indicator, IndicatorRecord.Measured(new IndicatorCode("x"), 5m, recordedScore: 8m));
        var report = new Reconciler(Rules.National(requiredTotal: null)).Reconcile(evaluation, 0.01m);

        Assert.Equal("S1", report.EvaluationId);
        Assert.Equal(0.01m, report.Tolerance);
        Assert.Same(evaluation.Indicators.Indicators[0], report.Explanation.Indicators[0].Indicator);
        var row = report.Discrepancies.Single(d => d.Kind == DiscrepancyKind.NotScorable);
        Assert.Equal(8m, row.Recorded);
        Assert.Null(row.Computed);
        Assert.Equal("指标：无法重新计分（unusable-target）", row.MessageZh);
        Assert.StartsWith("指标: cannot be recomputed (unusable-target at x: ", row.MessageEn, StringComparison.Ordinal);
        Assert.Equal($"NotScorable at {row.At}: {row.MessageEn}", row.ToString());
    }
}
