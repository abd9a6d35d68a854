using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Admission;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Tests;

/// <summary>
/// The rule set's envelope and its scoring families (indicator scoring, budget execution, aggregation, weight check,
/// re-check, ex-ante): the invariants of docs/json/rule-set.md and docs/rules/*.md on both sides of every edge, and
/// that each family keeps exactly what it was given.
/// </summary>
public class ScoringFamilyInvariantTests
{
    private static readonly SourceCitation Src = new("财预〔2020〕10号", SourceKind.National);
    private static readonly SourceCitation Local = new("某市财政局文件", SourceKind.Local, "第三条");
    private static readonly DateInterval Always = new(new LocalDate(2020, 2, 25), new LocalDate(2030, 12, 31));
    private static readonly LocalizedName Title = new("规则", "Rules");

    // SourceCitation ----------------------------------------------------------------------------------------------

    [Fact]
    public void SourceCitation_KeepsReferenceKindAndNote()
    {
        var c = new SourceCitation("川财绩〔2025〕1号", SourceKind.Local, "第五条");

        Assert.Equal("川财绩〔2025〕1号", c.Reference);
        Assert.Equal(SourceKind.Local, c.Kind);
        Assert.Equal("第五条", c.Note);
        Assert.Null(new SourceCitation("x", SourceKind.Seed).Note);
        Assert.Equal("川财绩〔2025〕1号 [Local]", c.ToString());
    }

    [Fact]
    public void SourceCitation_BlankReferenceOrUndefinedKind_Throws()
    {
        Assert.Equal("reference", Assert.Throws<ArgumentNullException>(() => new SourceCitation(null!, SourceKind.National)).ParamName);
        Assert.Equal("reference", Assert.Throws<ArgumentException>(() => new SourceCitation(" ", SourceKind.National)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new SourceCitation("x", (SourceKind)5)).ParamName);
    }

    [Fact]
    public void SourceCitation_EqualityIsByEveryFieldOrdinally()
    {
        var c = new SourceCitation("Ref", SourceKind.Deployed, "note");

        Assert.True(c.Equals(new SourceCitation("Ref", SourceKind.Deployed, "note")));
        Assert.True(c.Equals((object)new SourceCitation("Ref", SourceKind.Deployed, "note")));
        Assert.Equal(c.GetHashCode(), new SourceCitation("Ref", SourceKind.Deployed, "note").GetHashCode());
        Assert.False(c.Equals(new SourceCitation("ref", SourceKind.Deployed, "note")));
        Assert.False(c.Equals(new SourceCitation("Ref", SourceKind.Form, "note")));
        Assert.False(c.Equals(new SourceCitation("Ref", SourceKind.Deployed, "Note")));
        Assert.False(c.Equals(new SourceCitation("Ref", SourceKind.Deployed)));
        Assert.False(c.Equals((SourceCitation?)null));
        Assert.False(c.Equals((object)"Ref"));
        Assert.True(new SourceCitation("Ref", SourceKind.Seed).Equals(new SourceCitation("Ref", SourceKind.Seed, null)));
    }

    // Grading and the envelope -------------------------------------------------------------------------------------

    [Fact]
    public void GradingRules_NullScaleOrSource_Throws()
    {
        Assert.Equal("scale", Assert.Throws<ArgumentNullException>(() => new GradingRules(null!, Rounding.TwoDecimalsHalfAwayFromZero, Src)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new GradingRules(GradeScale.National2020, Rounding.TwoDecimalsHalfAwayFromZero, null!)).ParamName);
    }

    [Fact]
    public void GradingRules_GradeRoundsByItsOwnRounding()
    {
        // Rounded down to whole points, 89.9 is 89 (良) and 59.99 is 59 (差); half away from zero to 0 decimals, 89.5 is 90 (优).
        var down = new GradingRules(GradeScale.National2020, new Rounding(0, RoundingMode.Down), Src);
        var half = new GradingRules(GradeScale.National2020, new Rounding(0, RoundingMode.HalfAwayFromZero), Src);

        Assert.Equal((89m, Grade.Good), (down.Grade(89.9m).Rounded, down.Grade(89.9m).Band.Grade));
        Assert.Equal(Grade.Poor, down.Grade(59.99m).Band.Grade);
        Assert.Equal((90m, Grade.Excellent), (half.Grade(89.5m).Rounded, half.Grade(89.5m).Band.Grade));
        Assert.Equal(new Rounding(0, RoundingMode.Down), down.TotalRounding);
        Assert.Same(GradeScale.National2020, down.Scale);
        Assert.Same(Src, down.Source);
    }

    [Fact]
    public void RuleSet_KeepsEveryFamilyInItsSlot()
    {
        var scoring = Scoring();
        var budget = new BudgetExecutionRules(10m, null, ZeroBudgetPolicy.Reject, [EvaluationType.SelfEvaluation], Src);
        var aggregation = new AggregationRules(NotApplicablePolicy.Rescale, MissingDataPolicy.Incomplete, TotalMode.SumOfRounded, 100m, Src);
        var weight = new WeightCheckRules(0.6m, [EvaluationType.FinanceEvaluation], Src);
        var reCheck = new ReCheckRules(0.4m, 0.6m, Src);
        var exAnte = new ExAnteRules(90m, 70m, Src);
        var keepAll = new ResultRule("keep", Enum.GetValues<Grade>(), [], 1, BudgetAction.Keep, null, null, false, Src);
        var result = new ResultApplicationRules([keepAll], Rounding.TwoDecimalsHalfAwayFromZero, null);
        var rectification = new RectificationRules(RectificationConsequence.FundAfterRectification, null, Src);
        var distribution = new DistributionRules([Grade.Excellent], 0.3m, [Grade.Poor], null, Src);
        var admission = new AdmissionRules([new AdmissionCheckRule(AdmissionCheck.TargetRequired, Src)], null);
        var review = new TargetReviewRules([], 0.9m, true, 100m, [], null, Src);
        var monitoring = new MonitoringRules(TimeProgressBasis.Days, Rounding.TwoDecimalsHalfAwayFromZero, null, null, null, null, null,
            Enum.GetValues<MonitoringSituation>().ToDictionary(s => s, _ => MonitoringAction.Continue), Src, null, Src);
        var grading = new GradingRules(GradeScale.National2020, Rounding.TwoDecimalsHalfAwayFromZero, Src);

        var r = new RuleSet("local-2025", 3, Always, Title, [Src, Local], grading)
            .WithIndicatorScoring(scoring)
            .WithBudgetExecution(budget)
            .WithAggregation(aggregation)
            .WithWeightCheck(weight)
            .WithReCheck(reCheck)
            .WithExAnte(exAnte)
            .WithResultApplication(result)
            .WithRectification(rectification)
            .WithDistribution(distribution)
            .WithAdmission(admission)
            .WithTargetReview(review)
            .WithMonitoring(monitoring);

        Assert.Equal("local-2025", r.Id);
        Assert.Equal(3, r.Version);
        Assert.Equal(Always, r.Effective);
        Assert.Equal(Title, r.Title);
        Assert.Equal([Src, Local], r.Sources);
        Assert.Same(grading, r.Grading);
        Assert.Same(scoring, r.IndicatorScoring);
        Assert.Same(budget, r.BudgetExecution);
        Assert.Same(aggregation, r.Aggregation);
        Assert.Same(weight, r.WeightCheck);
        Assert.Same(reCheck, r.ReCheck);
        Assert.Same(exAnte, r.ExAnte);
        Assert.Same(result, r.ResultApplication);
        Assert.Same(rectification, r.Rectification);
        Assert.Same(distribution, r.Distribution);
        Assert.Same(admission, r.Admission);
        Assert.Same(review, r.TargetReview);
        Assert.Same(monitoring, r.Monitoring);
        Assert.Equal("local-2025 v3", r.ToString());
    }

    [Fact]
    public void RuleSet_WithoutFamilies_HasEmptySlots()
    {
        var r = Envelope();

        Assert.Null(r.IndicatorScoring);
        Assert.Null(r.BudgetExecution);
        Assert.Null(r.Aggregation);
        Assert.Null(r.WeightCheck);
        Assert.Null(r.ReCheck);
        Assert.Null(r.ExAnte);
        Assert.Null(r.ResultApplication);
        Assert.Null(r.Rectification);
        Assert.Null(r.Distribution);
        Assert.Null(r.Admission);
        Assert.Null(r.TargetReview);
        Assert.Null(r.Monitoring);
    }

    [Fact]
    public void RuleSet_SourcesAreACopy()
    {
        var sources = new List<SourceCitation> { Src };
        var r = Envelope(sources: sources);
        sources.Add(Local);

        Assert.Equal([Src], r.Sources);
        Assert.Throws<NotSupportedException>(() => ((IList<SourceCitation>)r.Sources).Add(Local));
    }

    [Fact]
    public void RuleSet_BadEnvelope_ThrowsNamingTheParameter()
    {
        var grading = new GradingRules(GradeScale.National2020, Rounding.TwoDecimalsHalfAwayFromZero, Src);

        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new RuleSet(null!, 1, Always, Title, [Src], grading)).ParamName);
        var badId = Assert.Throws<ArgumentException>(() => new RuleSet("Rules", 1, Always, Title, [Src], grading));
        Assert.Equal("id", badId.ParamName);
        Assert.Contains("'Rules' is not a valid rule-set id", badId.Message, StringComparison.Ordinal);
        var version = Assert.Throws<ArgumentOutOfRangeException>(() => new RuleSet("r", -1, Always, Title, [Src], grading));
        Assert.Equal("version", version.ParamName);
        Assert.Equal(-1, version.ActualValue);
        Assert.Equal("effective", Assert.Throws<ArgumentNullException>(() => new RuleSet("r", 1, null!, Title, [Src], grading)).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => new RuleSet("r", 1, Always, default, [Src], grading)).ParamName);
        Assert.Equal("sources", Assert.Throws<ArgumentNullException>(() => new RuleSet("r", 1, Always, Title, null!, grading)).ParamName);
        Assert.Equal("sources", Assert.Throws<ArgumentException>(() => new RuleSet("r", 1, Always, Title, [Src, null!], grading)).ParamName);
        Assert.Contains("at least one source", Assert.Throws<ArgumentException>(() => new RuleSet("r", 1, Always, Title, [], grading)).Message, StringComparison.Ordinal);
        Assert.Equal("grading", Assert.Throws<ArgumentNullException>(() => new RuleSet("r", 1, Always, Title, [Src], null!)).ParamName);
    }

    [Fact]
    public void RuleSet_VersionOneIsTheFirst()
    {
        Assert.Equal(1, Envelope(version: 1).Version);
        Assert.Equal("r v1", Envelope(version: 1).ToString());
        Assert.Equal("r v12", Envelope(version: 12).ToString());
    }

    [Fact]
    public void RuleSet_IsEffectiveOn_BothEndsInclusiveAndNothingOutside()
    {
        var r = Envelope(effective: new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)));

        Assert.False(r.IsEffectiveOn(new LocalDate(2024, 12, 31)));
        Assert.True(r.IsEffectiveOn(new LocalDate(2025, 1, 1)));
        Assert.True(r.IsEffectiveOn(new LocalDate(2025, 7, 31)));
        Assert.True(r.IsEffectiveOn(new LocalDate(2025, 12, 31)));
        Assert.False(r.IsEffectiveOn(new LocalDate(2026, 1, 1)));

        // A rule set of a single day applies on that day only.
        var day = Envelope(effective: new DateInterval(new LocalDate(2025, 3, 1), new LocalDate(2025, 3, 1)));
        Assert.True(day.IsEffectiveOn(new LocalDate(2025, 3, 1)));
        Assert.False(day.IsEffectiveOn(new LocalDate(2025, 3, 2)));
    }

    // Indicator scoring ----------------------------------------------------------------------------------------------

    [Fact]
    public void IndicatorScoring_KeepsStrategiesDefaultsAndSwitches()
    {
        var over = new OverCompletionRule(0.5m, 0.1m, Local);
        var rounding = new Rounding(1, RoundingMode.HalfToEven);
        ScoringStrategy[] strategies = [new ProportionalStrategy("p", Src), new ReverseRatioStrategy("rr", Src), new EqualityStrategy("eq", Src, EqualityOvershoot.InverseRatio), new JudgementStrategy("j", Src)];

        var rules = new IndicatorScoringRules(strategies, StrategyInvariantTests.Defaults("p", "rr", "eq", "j"), false, over, false, NegativeActualPolicy.ClampToZero, rounding);

        Assert.Equal(strategies, rules.Strategies);
        Assert.Equal("p", rules.Defaults[Direction.AtLeast]);
        Assert.Equal("p", rules.Defaults[Direction.GreaterThan]);
        Assert.Equal("eq", rules.Defaults[Direction.EqualTo]);
        Assert.Equal("rr", rules.Defaults[Direction.AtMost]);
        Assert.Equal("rr", rules.Defaults[Direction.LessThan]);
        Assert.Equal("j", rules.Defaults[Direction.Qualitative]);
        Assert.Equal(6, rules.Defaults.Count);
        Assert.Same(strategies[0], rules.DefaultFor(Direction.GreaterThan));
        Assert.Same(strategies[1], rules.DefaultFor(Direction.LessThan));
        Assert.Same(strategies[2], rules.DefaultFor(Direction.EqualTo));
        Assert.Same(strategies[3], rules.DefaultFor(Direction.Qualitative));
        Assert.False(rules.CapAtPoints);
        Assert.Same(over, rules.OverCompletion);
        Assert.False(rules.StrictEqualityEarnsFull);
        Assert.Equal(NegativeActualPolicy.ClampToZero, rules.NegativeActuals);
        Assert.Equal(rounding, rules.IndicatorRounding);
        Assert.True(rules.TryGetStrategy("rr", out var found));
        Assert.Same(strategies[1], found);

        var other = new IndicatorScoringRules([new JudgementStrategy("j", Src)], StrategyInvariantTests.Defaults("j", "j", "j", "j"), true, null, true, NegativeActualPolicy.Reject, rounding);
        Assert.True(other.CapAtPoints);
        Assert.True(other.StrictEqualityEarnsFull);
        Assert.Null(other.OverCompletion);
        Assert.Equal(NegativeActualPolicy.Reject, other.NegativeActuals);
    }

    [Fact]
    public void IndicatorScoring_StrategiesAreACopy()
    {
        var list = new List<ScoringStrategy> { new JudgementStrategy("j", Src) };
        var rules = new IndicatorScoringRules(list, StrategyInvariantTests.Defaults("j", "j", "j", "j"), true, null, true, NegativeActualPolicy.Reject, Rounding.TwoDecimalsHalfAwayFromZero);
        list.Add(new ProportionalStrategy("p", Src));

        Assert.Single(rules.Strategies);
        Assert.False(rules.TryGetStrategy("p", out _));
    }

    [Fact]
    public void IndicatorScoring_MessagesNameTheStrategyAndTheDirection()
    {
        ScoringStrategy[] strategies = [new ProportionalStrategy("p", Src), new JudgementStrategy("j", Src)];

        var duplicate = Assert.Throws<ArgumentException>(() => Scoring([new JudgementStrategy("j", Src), new JudgementStrategy("j", Src)], StrategyInvariantTests.Defaults("j", "j", "j", "j")));
        Assert.Equal("strategies", duplicate.ParamName);
        Assert.StartsWith("The strategy id 'j' is used twice.", duplicate.Message, StringComparison.Ordinal);

        var missing = StrategyInvariantTests.Defaults("p", "j", "j", "j");
        missing.Remove(Direction.AtMost);
        var e = Assert.Throws<ArgumentException>(() => Scoring(strategies, missing));
        Assert.Equal("defaults", e.ParamName);
        Assert.StartsWith("No default strategy is named for the direction <=.", e.Message, StringComparison.Ordinal);

        e = Assert.Throws<ArgumentException>(() => Scoring(strategies, StrategyInvariantTests.Defaults("p", "j", "j", "none")));
        Assert.Equal("defaults", e.ParamName);
        Assert.StartsWith("The default strategy 'none' for qualitative is not one of the strategies.", e.Message, StringComparison.Ordinal);

        // A proportional strategy cannot score ≤.
        e = Assert.Throws<ArgumentException>(() => Scoring(strategies, StrategyInvariantTests.Defaults("p", "p", "j", "j")));
        Assert.Equal("defaults", e.ParamName);
        Assert.StartsWith("The strategy 'p' (Proportional) cannot score the direction <=.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IndicatorScoring_NullArguments_Throw()
    {
        var defaults = StrategyInvariantTests.Defaults("j", "j", "j", "j");
        ScoringStrategy[] judge = [new JudgementStrategy("j", Src)];

        Assert.Equal("strategies", Assert.Throws<ArgumentNullException>(() => Scoring(null!, defaults)).ParamName);
        Assert.Equal("strategies", Assert.Throws<ArgumentException>(() => Scoring([judge[0], null!], defaults)).ParamName);
        Assert.Equal("defaults", Assert.Throws<ArgumentNullException>(() => Scoring(judge, null!)).ParamName);
        Assert.Equal("negativeActuals", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new IndicatorScoringRules(judge, defaults, true, null, true, (NegativeActualPolicy)2, Rounding.TwoDecimalsHalfAwayFromZero)).ParamName);
        Assert.Equal("direction", Assert.Throws<ArgumentOutOfRangeException>(() => Scoring(judge, defaults).DefaultFor((Direction)6)).ParamName);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 1)]
    [InlineData(0.5, 0.1)]
    public void OverCompletion_EdgesOfTheRanges_AreKept(double flagAbove, double deductShare)
    {
        var rule = new OverCompletionRule((decimal)flagAbove, (decimal)deductShare, Local);

        Assert.Equal((decimal)flagAbove, rule.FlagAbove);
        Assert.Equal((decimal)deductShare, rule.DeductShare);
        Assert.Same(Local, rule.Source);
    }

    [Fact]
    public void OverCompletion_OutOfRange_Throws()
    {
        Assert.Equal("flagAbove", Assert.Throws<ArgumentOutOfRangeException>(() => new OverCompletionRule(-0.01m, 0m, Src)).ParamName);
        Assert.Equal("deductShare", Assert.Throws<ArgumentOutOfRangeException>(() => new OverCompletionRule(0.5m, -0.01m, Src)).ParamName);
        Assert.Equal("deductShare", Assert.Throws<ArgumentOutOfRangeException>(() => new OverCompletionRule(0.5m, 1.01m, Src)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new OverCompletionRule(0.5m, 0m, null!)).ParamName);
    }

    // Budget execution, aggregation, weight check, re-check, ex-ante ---------------------------------------------

    [Fact]
    public void BudgetExecution_KeepsItsValuesAndDropsRepeatedTypes()
    {
        var rate = new Rounding(0, RoundingMode.HalfAwayFromZero);
        var b = new BudgetExecutionRules(20m, rate, ZeroBudgetPolicy.NotApplicable,
            [EvaluationType.SelfEvaluation, EvaluationType.FinanceEvaluation, EvaluationType.SelfEvaluation], Local);

        Assert.Equal(20m, b.Points);
        Assert.Equal(rate, b.RatePercentRounding);
        Assert.Equal(ZeroBudgetPolicy.NotApplicable, b.ZeroBudget);
        Assert.Equal([EvaluationType.SelfEvaluation, EvaluationType.FinanceEvaluation], b.AppliesTo);
        Assert.Same(Local, b.Source);
        Assert.Equal(0m, new BudgetExecutionRules(0m, null, ZeroBudgetPolicy.Reject, [], Src).Points);
        Assert.Null(new BudgetExecutionRules(0m, null, ZeroBudgetPolicy.Reject, [], Src).RatePercentRounding);
    }

    [Fact]
    public void BudgetExecution_BadArguments_Throw()
    {
        Assert.Equal("points", Assert.Throws<ArgumentOutOfRangeException>(() => new BudgetExecutionRules(-0.01m, null, ZeroBudgetPolicy.Reject, [], Src)).ParamName);
        Assert.Equal("zeroBudget", Assert.Throws<ArgumentOutOfRangeException>(() => new BudgetExecutionRules(10m, null, (ZeroBudgetPolicy)2, [], Src)).ParamName);
        Assert.Equal("appliesTo", Assert.Throws<ArgumentNullException>(() => new BudgetExecutionRules(10m, null, ZeroBudgetPolicy.Reject, null!, Src)).ParamName);
        Assert.Equal("appliesTo", Assert.Throws<ArgumentOutOfRangeException>(() => new BudgetExecutionRules(10m, null, ZeroBudgetPolicy.Reject, [(EvaluationType)99], Src)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new BudgetExecutionRules(10m, null, ZeroBudgetPolicy.Reject, [], null!)).ParamName);
    }

    [Fact]
    public void Aggregation_KeepsItsValues()
    {
        var a = new AggregationRules(NotApplicablePolicy.ScoreZero, MissingDataPolicy.ScoreZero, TotalMode.RoundedSum, 0m, Local);

        Assert.Equal(NotApplicablePolicy.ScoreZero, a.NotApplicable);
        Assert.Equal(MissingDataPolicy.ScoreZero, a.MissingData);
        Assert.Equal(TotalMode.RoundedSum, a.TotalMode);
        Assert.Equal(0m, a.RequiredTotalPoints);
        Assert.Same(Local, a.Source);
        Assert.Null(new AggregationRules(NotApplicablePolicy.Rescale, MissingDataPolicy.Incomplete, TotalMode.SumOfRounded, null, Src).RequiredTotalPoints);
    }

    [Fact]
    public void Aggregation_BadArguments_Throw()
    {
        Assert.Equal("notApplicable", Assert.Throws<ArgumentOutOfRangeException>(() => new AggregationRules((NotApplicablePolicy)2, MissingDataPolicy.Incomplete, TotalMode.SumOfRounded, null, Src)).ParamName);
        Assert.Equal("missingData", Assert.Throws<ArgumentOutOfRangeException>(() => new AggregationRules(NotApplicablePolicy.Rescale, (MissingDataPolicy)2, TotalMode.SumOfRounded, null, Src)).ParamName);
        Assert.Equal("totalMode", Assert.Throws<ArgumentOutOfRangeException>(() => new AggregationRules(NotApplicablePolicy.Rescale, MissingDataPolicy.Incomplete, (TotalMode)2, null, Src)).ParamName);
        Assert.Equal("requiredTotalPoints", Assert.Throws<ArgumentOutOfRangeException>(() => new AggregationRules(NotApplicablePolicy.Rescale, MissingDataPolicy.Incomplete, TotalMode.SumOfRounded, -0.01m, Src)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new AggregationRules(NotApplicablePolicy.Rescale, MissingDataPolicy.Incomplete, TotalMode.SumOfRounded, null, null!)).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(0.6)]
    public void WeightCheck_ShareOnTheEdgesOfZeroToOne_IsKept(double share)
    {
        var w = new WeightCheckRules((decimal)share, [EvaluationType.FinanceEvaluation, EvaluationType.DepartmentEvaluation, EvaluationType.FinanceEvaluation], Src);

        Assert.Equal((decimal)share, w.MinimumOutputBenefitShare);
        Assert.Equal([EvaluationType.FinanceEvaluation, EvaluationType.DepartmentEvaluation], w.AppliesTo);
        Assert.Same(Src, w.Source);
    }

    [Fact]
    public void WeightCheck_BadArguments_Throw()
    {
        Assert.Equal("minimumOutputBenefitShare", Assert.Throws<ArgumentOutOfRangeException>(() => new WeightCheckRules(-0.01m, [], Src)).ParamName);
        Assert.Equal("minimumOutputBenefitShare", Assert.Throws<ArgumentOutOfRangeException>(() => new WeightCheckRules(1.01m, [], Src)).ParamName);
        Assert.Equal("appliesTo", Assert.Throws<ArgumentNullException>(() => new WeightCheckRules(0.6m, null!, Src)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new WeightCheckRules(0.6m, [], null!)).ParamName);
    }

    [Theory]
    [InlineData(0.4, 0.6)]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void ReCheck_WeightsAddingUpToOne_AreKept(double self, double reCheck)
    {
        var r = new ReCheckRules((decimal)self, (decimal)reCheck, Src);

        Assert.Equal((decimal)self, r.SelfWeight);
        Assert.Equal((decimal)reCheck, r.ReCheckWeight);
        Assert.Same(Src, r.Source);
    }

    [Theory]
    [InlineData(-0.5, 1.5, "selfWeight")]
    [InlineData(1.5, -0.5, "reCheckWeight")]
    [InlineData(0.4, 0.59, "reCheckWeight")]
    [InlineData(0.4, 0.61, "reCheckWeight")]
    public void ReCheck_NegativeWeightsOrASumOtherThanOne_Throw(double self, double reCheck, string parameter)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => new ReCheckRules((decimal)self, (decimal)reCheck, Src));

        Assert.Equal(parameter, e.ParamName);
    }

    [Fact]
    public void ReCheck_SumOffByOne_SaysTheWeightsMustAddUpToOne() =>
        Assert.StartsWith("The two weights must add up to exactly 1.", Assert.Throws<ArgumentException>(() => new ReCheckRules(0.5m, 0.4m, Src)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(100, 0)]
    [InlineData(0.01, 0)]
    [InlineData(90, 89.99)]
    public void ExAnte_ThresholdsOnTheEdges_AreKept(double support, double adjust)
    {
        var x = new ExAnteRules((decimal)support, (decimal)adjust, Src);

        Assert.Equal((decimal)support, x.SupportFrom);
        Assert.Equal((decimal)adjust, x.AdjustFrom);
        Assert.Same(Src, x.Source);
    }

    [Fact]
    public void ExAnte_SourceIsRequired() =>
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new ExAnteRules(90m, 70m, null!)).ParamName);

    // Deployed default: ≥ 90 support, 70 ≤ s < 90 support after adjustment, < 70 do not support (RULES.md §7).
    [Theory]
    [InlineData(100, ExAnteConclusion.Support)]
    [InlineData(90, ExAnteConclusion.Support)]
    [InlineData(89.99, ExAnteConclusion.SupportAfterAdjustment)]
    [InlineData(89.5, ExAnteConclusion.SupportAfterAdjustment)]
    [InlineData(70, ExAnteConclusion.SupportAfterAdjustment)]
    [InlineData(69.99, ExAnteConclusion.DoNotSupport)]
    [InlineData(0, ExAnteConclusion.DoNotSupport)]
    public void ExAnte_Conclude_HalfOpenBands(double total, ExAnteConclusion expected) =>
        Assert.Equal(expected, new ExAnteRules(90m, 70m, Src).Conclude((decimal)total));

    private static IndicatorScoringRules Scoring() => Scoring([new JudgementStrategy("j", Src)], StrategyInvariantTests.Defaults("j", "j", "j", "j"));

    private static IndicatorScoringRules Scoring(IEnumerable<ScoringStrategy> strategies, IReadOnlyDictionary<Direction, string> defaults) =>
        new(strategies, defaults, true, null, true, NegativeActualPolicy.Reject, Rounding.TwoDecimalsHalfAwayFromZero);

    private static RuleSet Envelope(int version = 1, DateInterval? effective = null, IEnumerable<SourceCitation>? sources = null) => new(
        "r", version, effective ?? Always, Title, sources ?? [Src], new GradingRules(GradeScale.National2020, Rounding.TwoDecimalsHalfAwayFromZero, Src));
}
