using System.Collections.Generic;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Testing;

/// <summary>
/// The rule sets the generated evaluations are scored under: the national defaults of RULES.md with the named example
/// strategies of docs/rules (the same set as the scoring tests' fixtures), and one alternative for the compare path.
/// </summary>
public static class PerfRules
{
    /// <summary>财预〔2020〕10号.</summary>
    public static readonly SourceCitation Ten = new("财预〔2020〕10号", SourceKind.National);

    /// <summary>Deployed systems.</summary>
    public static readonly SourceCitation Deployed = new("deployed systems", SourceKind.Deployed);

    /// <summary>Two decimals, half away from zero.</summary>
    public static readonly Rounding Two = new(2, RoundingMode.HalfAwayFromZero);

    /// <summary>The strategies, with the ids the generated trees name.</summary>
    public static IEnumerable<ScoringStrategy> Strategies() =>
    [
        new ProportionalStrategy("proportional", Ten),
        new ReverseLinearStrategy("reverse-linear", Deployed, 2m),
        new ReverseRatioStrategy("reverse-ratio", Deployed),
        new EqualityStrategy("equality", Deployed, EqualityOvershoot.Proportional),
        new QualitativeBandsStrategy("qualitative-bands", Ten, 0.8m, 0.6m, true, Two),
        new JudgementStrategy("judgement", Ten),
        new StepThresholdsStrategy("steps", Deployed, [new ThresholdStep(0.95m, 1m), new ThresholdStep(0.90m, 0.8m), new ThresholdStep(0.80m, 0.5m)]),
        new DeviationBandsStrategy("deviation", Deployed, [new DeviationBand(0.10m, 1m), new DeviationBand(0.15m, 0.6m), new DeviationBand(0.20m, 0.2m)], true),
        new PerStepDeductionStrategy("deduct-below", Deployed, DeductionSide.Below, 90m, 5m, 1m, StepCounting.EveryStartedStep),
        new PerStepDeductionStrategy("deduct-above", Deployed, DeductionSide.Above, null, 1m, 0.5m, StepCounting.WholeStepsOnly),
    ];

    /// <summary>The national defaults (reverse indicators fall off linearly, scores capped at the points, sum of rounded scores).</summary>
    public static RuleSet National() => Build("national-2020", "reverse-linear", cap: true);

    /// <summary>
    /// An alternative for the compare path: reverse indicators scored by the ratio t ÷ a and no cap on over-completion,
    /// so that some grades change.
    /// </summary>
    public static RuleSet Alternative() => Build("alternative-2020", "reverse-ratio", cap: false);

    private static RuleSet Build(string id, string reverse, bool cap) =>
        new RuleSet(id, 1, new DateInterval(new LocalDate(2020, 2, 25), new LocalDate(9999, 12, 31)), new LocalizedName("全国默认", "National defaults"), [Ten],
            new GradingRules(GradeScale.National2020, Two, Ten))
            .WithIndicatorScoring(new IndicatorScoringRules(
                Strategies(),
                new Dictionary<Direction, string>
                {
                    [Direction.AtLeast] = "proportional",
                    [Direction.GreaterThan] = "proportional",
                    [Direction.EqualTo] = "equality",
                    [Direction.AtMost] = reverse,
                    [Direction.LessThan] = reverse,
                    [Direction.Qualitative] = "qualitative-bands",
                },
                cap,
                null,
                true,
                NegativeActualPolicy.Reject,
                Two))
            .WithBudgetExecution(new BudgetExecutionRules(10m, null, ZeroBudgetPolicy.Reject, [EvaluationType.SelfEvaluation], Deployed))
            .WithAggregation(new AggregationRules(NotApplicablePolicy.Rescale, MissingDataPolicy.Incomplete, TotalMode.SumOfRounded, 100m, Deployed))
            .WithWeightCheck(new WeightCheckRules(0.6m, [EvaluationType.FinanceEvaluation, EvaluationType.DepartmentEvaluation], Ten))
            .WithReCheck(new ReCheckRules(0.4m, 0.6m, Deployed))
            .WithExAnte(new ExAnteRules(90m, 70m, Deployed));
}
