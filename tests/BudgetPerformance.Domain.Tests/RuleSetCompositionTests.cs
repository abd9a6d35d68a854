using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Admission;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace BudgetPerformance.Tests;

/// <summary>
/// A rule set is composed: an envelope and grading, then one family per <c>With…</c>. Each <c>With…</c> changes its own
/// slot and nothing else; <see cref="RuleSet.Families"/>, <see cref="RuleSet.Has"/>, <see cref="RuleSet.FindMissing"/>
/// and <see cref="RuleSet.Require"/> agree about which families are there.
/// </summary>
public class RuleSetCompositionTests
{
    private static readonly SourceCitation Src = new("财预〔2020〕10号", SourceKind.National);
    private static readonly DateInterval Always = new(new LocalDate(2020, 2, 25), new LocalDate(2030, 12, 31));
    private static readonly LocalizedName Title = new("规则", "Rules");
    private static readonly GradingRules Grading = new(GradeScale.National2020, Rounding.TwoDecimalsHalfAwayFromZero, Src);

    private static readonly RuleFamily[] Optional = [.. Enum.GetValues<RuleFamily>().Where(f => f != RuleFamily.Grading)];

    private static RuleSet Envelope() => new("r", 1, Always, Title, [Src], Grading);

    // Each optional family: how to add a value of it, and how to read the slot back.
    private static RuleSet Add(RuleSet r, RuleFamily family) => family switch
    {
        RuleFamily.IndicatorScoring => r.WithIndicatorScoring(new IndicatorScoringRules([new JudgementStrategy("j", Src)],
            StrategyInvariantTests.Defaults("j", "j", "j", "j"), true, null, true, NegativeActualPolicy.Reject, Rounding.TwoDecimalsHalfAwayFromZero)),
        RuleFamily.BudgetExecution => r.WithBudgetExecution(new BudgetExecutionRules(10m, null, ZeroBudgetPolicy.Reject, [EvaluationType.SelfEvaluation], Src)),
        RuleFamily.Aggregation => r.WithAggregation(new AggregationRules(NotApplicablePolicy.Rescale, MissingDataPolicy.Incomplete, TotalMode.SumOfRounded, 100m, Src)),
        RuleFamily.WeightCheck => r.WithWeightCheck(new WeightCheckRules(0.6m, [EvaluationType.FinanceEvaluation], Src)),
        RuleFamily.ReCheck => r.WithReCheck(new ReCheckRules(0.4m, 0.6m, Src)),
        RuleFamily.ExAnte => r.WithExAnte(new ExAnteRules(90m, 70m, Src)),
        RuleFamily.ResultApplication => r.WithResultApplication(new ResultApplicationRules(
            [new ResultRule("keep", Enum.GetValues<Grade>(), [], 1, BudgetAction.Keep, null, null, false, Src)], Rounding.TwoDecimalsHalfAwayFromZero, null)),
        RuleFamily.Rectification => r.WithRectification(new RectificationRules(RectificationConsequence.FundAfterRectification, null, Src)),
        RuleFamily.Distribution => r.WithDistribution(new DistributionRules([Grade.Excellent], 0.3m, [Grade.Poor], null, Src)),
        RuleFamily.Admission => r.WithAdmission(new AdmissionRules([new AdmissionCheckRule(AdmissionCheck.TargetRequired, Src)], null)),
        RuleFamily.TargetReview => r.WithTargetReview(new TargetReviewRules([], 0.9m, true, 100m, [], null, Src)),
        RuleFamily.Monitoring => r.WithMonitoring(new MonitoringRules(TimeProgressBasis.Days, Rounding.TwoDecimalsHalfAwayFromZero, null, null, null, null, null,
            Enum.GetValues<MonitoringSituation>().ToDictionary(s => s, _ => MonitoringAction.Continue), Src, null, Src)),
        RuleFamily.RecordRequirements => r.WithRecordRequirements(new RecordRequirementsRules([EvaluationType.SelfEvaluation], [EvaluationType.FinanceEvaluation], Src)),
        _ => throw new ArgumentOutOfRangeException(nameof(family)),
    };

    private static RuleSet Remove(RuleSet r, RuleFamily family) => family switch
    {
        RuleFamily.IndicatorScoring => r.WithIndicatorScoring(null),
        RuleFamily.BudgetExecution => r.WithBudgetExecution(null),
        RuleFamily.Aggregation => r.WithAggregation(null),
        RuleFamily.WeightCheck => r.WithWeightCheck(null),
        RuleFamily.ReCheck => r.WithReCheck(null),
        RuleFamily.ExAnte => r.WithExAnte(null),
        RuleFamily.ResultApplication => r.WithResultApplication(null),
        RuleFamily.Rectification => r.WithRectification(null),
        RuleFamily.Distribution => r.WithDistribution(null),
        RuleFamily.Admission => r.WithAdmission(null),
        RuleFamily.TargetReview => r.WithTargetReview(null),
        RuleFamily.Monitoring => r.WithMonitoring(null),
        RuleFamily.RecordRequirements => r.WithRecordRequirements(null),
        _ => throw new ArgumentOutOfRangeException(nameof(family)),
    };

    private static object? Slot(RuleSet r, RuleFamily family) => family switch
    {
        RuleFamily.Grading => r.Grading,
        RuleFamily.IndicatorScoring => r.IndicatorScoring,
        RuleFamily.BudgetExecution => r.BudgetExecution,
        RuleFamily.Aggregation => r.Aggregation,
        RuleFamily.WeightCheck => r.WeightCheck,
        RuleFamily.ReCheck => r.ReCheck,
        RuleFamily.ExAnte => r.ExAnte,
        RuleFamily.ResultApplication => r.ResultApplication,
        RuleFamily.Rectification => r.Rectification,
        RuleFamily.Distribution => r.Distribution,
        RuleFamily.Admission => r.Admission,
        RuleFamily.TargetReview => r.TargetReview,
        RuleFamily.Monitoring => r.Monitoring,
        RuleFamily.RecordRequirements => r.RecordRequirements,
        _ => throw new ArgumentOutOfRangeException(nameof(family)),
    };

    private static RuleSet Full() => Optional.Aggregate(Envelope(), Add);

    [Fact]
    public void Envelope_HasOnlyGrading()
    {
        var r = Envelope();
        Assert.Equal([RuleFamily.Grading], r.Families);
        Assert.All(Optional, f => Assert.False(r.Has(f)));
        Assert.All(Optional, f => Assert.Null(Slot(r, f)));
    }

    [Fact]
    public void Full_HasEveryFamilyInEnumOrder()
    {
        var r = Full();
        Assert.Equal(Enum.GetValues<RuleFamily>(), r.Families);
        Assert.Empty(r.FindMissing(Enum.GetValues<RuleFamily>(), LifecycleStage.Scoring));
        Assert.Same(r, r.Require(Enum.GetValues<RuleFamily>(), LifecycleStage.Reporting));
    }

    [Fact]
    public void With_ChangesItsOwnSlotOnly_AndLeavesTheOriginalAlone()
    {
        var full = Full();
        foreach (var family in Optional)
        {
            var without = Remove(full, family);
            Assert.Null(Slot(without, family));
            Assert.NotNull(Slot(full, family));
            Assert.All(Enum.GetValues<RuleFamily>().Where(f => f != family), f => Assert.Same(Slot(full, f), Slot(without, f)));
            Assert.Equal((full.Id, full.Version, full.Effective, full.Title), (without.Id, without.Version, without.Effective, without.Title));
            Assert.Same(full.Sources, without.Sources);
        }
    }

    [Fact]
    public void WithIdentity_AndWithSources_KeepTheFamilies_AndCheckLikeTheConstructor()
    {
        var full = Full();
        var later = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2028, 12, 31));
        var shandong = full.WithIdentity("shandong-2024", 2, later, new LocalizedName("山东省 2024", "Shandong 2024"));
        Assert.Equal(("shandong-2024", 2, later, "Shandong 2024"), (shandong.Id, shandong.Version, shandong.Effective, shandong.Title.English));
        Assert.All(Enum.GetValues<RuleFamily>(), f => Assert.Same(Slot(full, f), Slot(shandong, f)));
        Assert.Equal("r", full.Id);

        var local = new SourceCitation("某市财政局文件", SourceKind.Local);
        Assert.Equal([local], full.WithSources([local]).Sources);
        Assert.Equal([Src], full.Sources);

        Assert.Equal("id", Assert.Throws<ArgumentException>(() => full.WithIdentity("Shandong", 1, later, Title)).ParamName);
        Assert.Equal("version", Assert.Throws<ArgumentOutOfRangeException>(() => full.WithIdentity("s", 0, later, Title)).ParamName);
        Assert.Equal("effective", Assert.Throws<ArgumentNullException>(() => full.WithIdentity("s", 1, null!, Title)).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => full.WithIdentity("s", 1, later, default)).ParamName);
        Assert.Equal("sources", Assert.Throws<ArgumentException>(() => full.WithSources([])).ParamName);
        Assert.Equal("sources", Assert.Throws<ArgumentException>(() => full.WithSources([Src, null!])).ParamName);
        Assert.Equal("grading", Assert.Throws<ArgumentNullException>(() => full.WithGrading(null!)).ParamName);

        var down = new GradingRules(GradeScale.National2020, new Rounding(0, RoundingMode.Down), Src);
        Assert.Same(down, full.WithGrading(down).Grading);
    }

    [Fact]
    public void FindMissing_OneProblemNamingEveryMissingFamilyOnce_InBothLanguages()
    {
        var r = Envelope().WithAggregation(new AggregationRules(NotApplicablePolicy.Rescale, MissingDataPolicy.Incomplete, TotalMode.SumOfRounded, 100m, Src));

        var problem = Assert.Single(r.FindMissing([RuleFamily.IndicatorScoring, RuleFamily.Aggregation, RuleFamily.IndicatorScoring, RuleFamily.ReCheck], LifecycleStage.Reconciliation));

        Assert.Equal(ProblemCodes.RuleFamilyMissing, problem.Code);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Equal(("ruleSet", "r v1"), (problem.Location.Element, problem.Location.Subject));
        Assert.Equal("规则集 r v1 缺少核对所需的规则：指标计分、抽查复核。", problem.MessageZh);
        Assert.Equal("The rule set r v1 lacks rules that Reconciliation needs: Indicator scoring, Re-check.", problem.MessageEn);
    }

    [Fact]
    public void Require_ThrowsTheProblem_WithParameterRuleSet()
    {
        var e = Assert.Throws<DomainInvariantException>(() => Envelope().Require([RuleFamily.Monitoring], LifecycleStage.Monitoring));
        Assert.Equal("ruleSet", e.ParamName);
        Assert.Equal(ProblemCodes.RuleFamilyMissing, e.Problem.Code);
        Assert.StartsWith(e.Problem.MessageEn, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UndefinedValues_AreProgrammingErrors()
    {
        var r = Envelope();
        Assert.Equal("family", Assert.Throws<ArgumentOutOfRangeException>(() => r.Has((RuleFamily)99)).ParamName);
        Assert.Equal("stage", Assert.Throws<ArgumentOutOfRangeException>(() => r.FindMissing([], (LifecycleStage)99)).ParamName);
        Assert.Equal("families", Assert.Throws<ArgumentNullException>(() => r.FindMissing(null!, LifecycleStage.Scoring)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => r.FindMissing([(RuleFamily)99], LifecycleStage.Scoring));
    }

    [Property(MaxTest = 300)]
    public Property AnySubset_FamiliesHasFindMissingAndRequireAgree() =>
        Prop.ForAll(Gen.Choose(0, (1 << 12) - 1).ToArbitrary(), Gen.Choose(0, (1 << 12) - 1).ToArbitrary(), (present, needed) =>
        {
            var have = Optional.Where((_, i) => (present & (1 << i)) != 0).ToArray();
            var need = Optional.Where((_, i) => (needed & (1 << i)) != 0).ToArray();
            var r = have.Aggregate(Envelope(), Add);
            var missing = need.Except(have).ToArray();
            var problems = r.FindMissing(need, LifecycleStage.Proposals);

            var familiesRight = r.Families.SequenceEqual(new[] { RuleFamily.Grading }.Concat(have));
            var hasRight = Optional.All(f => r.Has(f) == have.Contains(f));
            var findRight = missing.Length == 0
                ? problems.Count == 0
                : problems.Count == 1 && missing.All(f => problems[0].MessageZh.Contains(DisplayNames.Of(f).Chinese, StringComparison.Ordinal));
            var requireRight = missing.Length == 0
                ? ReferenceEquals(r.Require(need, LifecycleStage.Proposals), r)
                : Throws(() => r.Require(need, LifecycleStage.Proposals));
            return familiesRight && hasRight && findRight && requireRight;
        });

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (DomainInvariantException e) when (e.Problem.Code == ProblemCodes.RuleFamilyMissing)
        {
            return true;
        }
    }
}
