using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Scoring.Tests.Exact;

/// <summary>
/// One generated single-indicator evaluation: the indicator <c>x</c> scored by <see cref="Strategy"/> (id <c>under-test</c>),
/// optionally with a not-applicable sibling of <see cref="NotApplicablePoints"/> (so that, under the rescale policy, x is
/// scored against w × available ÷ remaining) and a sibling <c>y</c> of <see cref="OtherPoints"/> that is met.
/// </summary>
public sealed record ScoringCase(
    string Origin,
    ScoringStrategy Strategy,
    Direction Direction,
    decimal Target,
    decimal Actual,
    decimal Points,
    decimal NotApplicablePoints,
    decimal OtherPoints,
    bool Cap,
    Rounding RuleSetRounding)
{
    public const string StrategyId = "under-test";

    /// <summary>The points x is scored against, exactly: w, or w × (w + s + u) ÷ (w + u) when a sibling of s points does not apply.</summary>
    public Rational ScoredAgainst
    {
        get
        {
            var w = Rational.Of(Points);
            return NotApplicablePoints == 0m ? w : w * Rational.Of(Points + NotApplicablePoints + OtherPoints) / Rational.Of(Points + OtherPoints);
        }
    }

    /// <summary>The reference's rounded score.</summary>
    public Rational? Expected => ReferenceScorer.Score(Strategy, Rational.Of(Target), Rational.Of(Actual), ScoredAgainst, Cap, RuleSetRounding);

    /// <summary>The reference's score before rounding.</summary>
    public Rational? ExpectedRaw => ReferenceScorer.Raw(Strategy, Rational.Of(Target), Rational.Of(Actual), ScoredAgainst, Cap);

    /// <summary>The rounding that applies: the strategy's own, else the rule set's.</summary>
    public Rounding Rounding => Strategy.Rounding ?? RuleSetRounding;

    public RuleSet RuleSet()
    {
        var rules = Rules.National(cap: Cap, requiredTotal: null, indicatorRounding: RuleSetRounding);
        var strategies = Rules.Strategies().Append(Strategy);
        return rules.WithIndicatorScoring(new IndicatorScoringRules(strategies, Rules.Defaults(), Cap, null, true, NegativeActualPolicy.Reject, RuleSetRounding));
    }

    public Evaluation Evaluation()
    {
        var x = LevelThreeIndicator.Quantitative(new IndicatorCode("x"), "指标", Direction, Target, "个", Points, ValueBasis.Plan, "说明", StrategyId);
        var children = new List<LevelThreeIndicator> { x };
        var records = new List<IndicatorRecord> { IndicatorRecord.Measured(new IndicatorCode("x"), Actual) };
        if (NotApplicablePoints > 0m)
        {
            children.Add(Example.Q("na", "未实施指标", Direction.AtLeast, 1m, "个", NotApplicablePoints));
            records.Add(IndicatorRecord.NotApplicable(new IndicatorCode("na"), "未实施"));
        }

        if (OtherPoints > 0m)
        {
            children.Add(Example.Q("y", "已完成指标", Direction.AtLeast, 1m, "个", OtherPoints));
            records.Add(IndicatorRecord.Measured(new IndicatorCode("y"), 1m));
        }

        var total = Points + NotApplicablePoints + OtherPoints;
        var tree = new IndicatorTree(IndicatorWeighting.Weighted,
        [
            new LevelOneIndicator(new IndicatorCode("L1"), "产出", IndicatorClass.Output, total,
                [new LevelTwoIndicator(new IndicatorCode("L2"), "数量", IndicatorClass.Quantity, total, children)]),
        ]);
        return new Evaluation("S1", EvaluationType.FinanceEvaluation, Example.Project, new Performer(PerformerRole.FinanceBureau, "县财政局"), new FiscalYear(2019), new FiscalYear(2020),
            tree, records, onSiteVisit: new OnSiteVisit(new LocalDate(2020, 5, 6)));
    }

    public override string ToString()
    {
        static string S(decimal d) => d.ToString(CultureInfo.InvariantCulture);
        var strategy = Strategy switch
        {
            ReverseLinearStrategy l => "reverse-linear m=" + S(l.ZeroAtMultiple),
            EqualityStrategy e => "equality " + e.Overshoot,
            StepThresholdsStrategy s => "steps " + string.Join(" ", s.Steps.Select(x => S(x.MinimumCompletion) + "→" + S(x.ShareOfPoints))),
            DeviationBandsStrategy b => "bands " + string.Join(" ", b.Bands.Select(x => S(x.MaximumDeviation) + "→" + S(x.ShareOfPoints))) + (b.UpperEdgesInclusive ? " inclusive" : " exclusive"),
            PerStepDeductionStrategy d => $"deduct {d.Side} threshold={(d.Threshold is { } th ? S(th) : "t")} size={S(d.StepSize)} per={S(d.PointsPerStep)} {d.Counting}",
            _ => Strategy.Kind.ToString(),
        };
        return $"[{Origin}] {strategy} {DirectionSymbols.Of(Direction)} t={S(Target)} a={S(Actual)} w={S(Points)} na={S(NotApplicablePoints)} y={S(OtherPoints)} cap={Cap} "
            + $"rounding={Rounding}{(Strategy.Rounding is null ? "" : " (strategy's)")} expected={ExpectedRaw}→{Expected}";
    }
}
