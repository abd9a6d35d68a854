using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Scoring.Tests;

/// <summary>Rule sets built in code, mirroring the national defaults of RULES.md, with variations.</summary>
public static class Rules
{
    public static readonly SourceCitation Ten = new("财预〔2020〕10号", SourceKind.National);
    public static readonly SourceCitation Deployed = new("deployed systems", SourceKind.Deployed);

    public static readonly Rounding Two = new(2, RoundingMode.HalfAwayFromZero);

    public static IEnumerable<ScoringStrategy> Strategies(decimal partlyFrom = 0.6m) =>
    [
        new ProportionalStrategy("proportional", Ten),
        new ReverseLinearStrategy("reverse-linear", Deployed, 2m),
        new ReverseRatioStrategy("reverse-ratio", Deployed),
        new EqualityStrategy("equality", Deployed, EqualityOvershoot.Proportional),
        new QualitativeBandsStrategy("qualitative-bands", Ten, 0.8m, partlyFrom, true, Two),
        new JudgementStrategy("judgement", Ten),
        new StepThresholdsStrategy("steps", Deployed, [new ThresholdStep(0.95m, 1m), new ThresholdStep(0.9m, 0.8m), new ThresholdStep(0.8m, 0.5m)]),
        new DeviationBandsStrategy("deviation", Deployed, [new DeviationBand(0.1m, 1m), new DeviationBand(0.15m, 0.6m), new DeviationBand(0.2m, 0.2m)], true),
        new PerStepDeductionStrategy("deduct-below", Deployed, DeductionSide.Below, 90m, 5m, 1m, StepCounting.EveryStartedStep),
        new PerStepDeductionStrategy("deduct-above", Deployed, DeductionSide.Above, null, 1m, 0.5m, StepCounting.WholeStepsOnly),
    ];

    public static Dictionary<Direction, string> Defaults(string reverse = "reverse-linear") => new()
    {
        [Direction.AtLeast] = "proportional",
        [Direction.GreaterThan] = "proportional",
        [Direction.EqualTo] = "equality",
        [Direction.AtMost] = reverse,
        [Direction.LessThan] = reverse,
        [Direction.Qualitative] = "qualitative-bands",
    };

    public static RuleSet National(
        string reverse = "reverse-linear",
        bool cap = true,
        OverCompletionRule? overCompletion = null,
        bool strictFull = true,
        NegativeActualPolicy negative = NegativeActualPolicy.Reject,
        Rounding? indicatorRounding = null,
        Rounding? totalRounding = null,
        NotApplicablePolicy notApplicable = NotApplicablePolicy.Rescale,
        MissingDataPolicy missing = MissingDataPolicy.Incomplete,
        TotalMode totalMode = TotalMode.SumOfRounded,
        decimal budgetPoints = 10m,
        Rounding? ratePercentRounding = null,
        ZeroBudgetPolicy zeroBudget = ZeroBudgetPolicy.Reject,
        decimal? requiredTotal = 100m,
        decimal partlyFrom = 0.6m,
        bool budgetBlock = true,
        bool onSiteVisitRequired = true,
        DataQualityRules? dataQuality = null) =>
        new RuleSet("national-2020", 1, new DateInterval(new LocalDate(2020, 2, 25), new LocalDate(9999, 12, 31)), new LocalizedName("全国默认", "National defaults"), [Ten],
            new GradingRules(GradeScale.National2020, totalRounding ?? Two, Ten))
                .WithIndicatorScoring(new IndicatorScoringRules(Strategies(partlyFrom), Defaults(reverse), cap, overCompletion, strictFull, negative, indicatorRounding ?? Two, dataQuality ?? DataQualityRules.Default))
                .WithBudgetExecution(new BudgetExecutionRules(budgetPoints, ratePercentRounding, zeroBudget, budgetBlock ? [EvaluationType.SelfEvaluation] : [], Deployed))
                .WithRecordRequirements(new RecordRequirementsRules(budgetBlock ? [EvaluationType.SelfEvaluation] : [], onSiteVisitRequired ? [EvaluationType.FinanceEvaluation] : [], Ten))
                .WithAggregation(new AggregationRules(notApplicable, missing, totalMode, requiredTotal, Deployed))
                .WithWeightCheck(new WeightCheckRules(0.6m, [EvaluationType.DepartmentEvaluation, EvaluationType.FinanceEvaluation], Ten))
                .WithReCheck(new ReCheckRules(0.4m, 0.6m, Deployed))
                .WithExAnte(new ExAnteRules(90m, 70m, Deployed));
}

/// <summary>EXAMPLES.md §1: the agricultural development project.</summary>
public static class Example
{
    public static readonly SubjectRef Project = new(SubjectType.Project, "P001");
    public static readonly Performer Unit = new(PerformerRole.Unit, "县农业农村局");

    public static LevelThreeIndicator Q(string code, string name, Direction direction, decimal target, string unit, decimal points, string? rule = null) =>
        LevelThreeIndicator.Quantitative(new IndicatorCode(code), name, direction, target, unit, points, ValueBasis.Plan, "说明", rule);

    public static IndicatorTree Tree() => new(IndicatorWeighting.Weighted,
    [
        new LevelOneIndicator(new IndicatorCode("1"), "产出指标", IndicatorClass.Output, 50m,
        [
            new LevelTwoIndicator(new IndicatorCode("1.1"), "数量指标", IndicatorClass.Quantity, 25m,
            [
                Q("1.1.1", "高标准农田建设面积", Direction.AtLeast, 5000m, "亩", 15m),
                Q("1.1.2", "新增灌溉面积", Direction.AtLeast, 1200m, "亩", 10m),
            ]),
            new LevelTwoIndicator(new IndicatorCode("1.2"), "质量指标", IndicatorClass.Quality, 5m, [Q("1.2.1", "工程验收合格率", Direction.EqualTo, 100m, "%", 5m)]),
            new LevelTwoIndicator(new IndicatorCode("1.3"), "时效指标", IndicatorClass.Timeliness, 10m, [Q("1.3.1", "按期完工率", Direction.AtLeast, 95m, "%", 10m)]),
            new LevelTwoIndicator(new IndicatorCode("1.4"), "成本指标", IndicatorClass.OutputCost, 10m, [Q("1.4.1", "亩均建设成本", Direction.AtMost, 3000m, "元", 10m)]),
        ]),
        new LevelOneIndicator(new IndicatorCode("2"), "效益指标", IndicatorClass.Benefit, 30m,
        [
            new LevelTwoIndicator(new IndicatorCode("2.1"), "经济效益指标", IndicatorClass.Economic, 15m, [Q("2.1.1", "项目区粮食亩产增加", Direction.AtLeast, 50m, "公斤", 15m)]),
            new LevelTwoIndicator(new IndicatorCode("2.2"), "社会效益指标", IndicatorClass.Social, 5m, [Q("2.2.1", "受益农户", Direction.AtLeast, 2000m, "户", 5m)]),
            new LevelTwoIndicator(new IndicatorCode("2.3"), "可持续影响指标", IndicatorClass.SustainableImpact, 10m,
                [LevelThreeIndicator.Qualitative(new IndicatorCode("2.3.1"), "耕地质量改善", 10m, ValueBasis.Other, "依据耕地质量等级评价报告判断")]),
        ]),
        new LevelOneIndicator(new IndicatorCode("3"), "满意度指标", IndicatorClass.Satisfaction, 10m,
        [
            new LevelTwoIndicator(new IndicatorCode("3.1"), "服务对象满意度指标", IndicatorClass.BeneficiarySatisfaction, 10m, [Q("3.1.1", "受益农户满意度", Direction.AtLeast, 90m, "%", 10m)]),
        ]),
    ]);

    public static List<IndicatorRecord> Records(AchievementLevel level = AchievementLevel.PartlyAchieved, decimal assessor = 7m) =>
    [
        IndicatorRecord.Measured(new IndicatorCode("1.1.1"), 4600m),
        IndicatorRecord.Measured(new IndicatorCode("1.1.2"), 1350m),
        IndicatorRecord.Measured(new IndicatorCode("1.2.1"), 100m),
        IndicatorRecord.Measured(new IndicatorCode("1.3.1"), 90m),
        IndicatorRecord.Measured(new IndicatorCode("1.4.1"), 3300m),
        IndicatorRecord.Measured(new IndicatorCode("2.1.1"), 42m),
        IndicatorRecord.Measured(new IndicatorCode("2.2.1"), 2100m),
        IndicatorRecord.Achieved(new IndicatorCode("2.3.1"), level, assessor),
        IndicatorRecord.Measured(new IndicatorCode("3.1.1"), 93m),
    ];

    public static BudgetExecution Budget(decimal adjusted = 1_000_000m, decimal spent = 850_000m, decimal? recorded = null) =>
        new(Money.FromYuan(adjusted), Money.FromYuan(spent), recorded);

    public static Evaluation Evaluation(IEnumerable<IndicatorRecord>? records = null, BudgetExecution? budget = null, IndicatorTree? tree = null, decimal? recordedTotal = null, Grade? recordedGrade = null, IEnumerable<IndicatorScoreGroup>? groups = null) =>
        new("E-2019-P001", EvaluationType.SelfEvaluation, Project, Unit, new FiscalYear(2019), new FiscalYear(2020), tree ?? Tree(), records ?? Records(), budget ?? Budget(),
            recordedTotal: recordedTotal, recordedGrade: recordedGrade, groups: groups);

    public static decimal ScoreOf(ScoringResult result, string code) => result.Indicators.Single(s => s.Code.Value == code).Score!.Value;

    /// <summary>A one-indicator finance evaluation (no budget block) of 100 points.</summary>
    public static Evaluation Single(LevelThreeIndicator indicator, IndicatorRecord record, EvaluationType type = EvaluationType.FinanceEvaluation)
    {
        var tree = new IndicatorTree(IndicatorWeighting.Weighted,
        [
            new LevelOneIndicator(new IndicatorCode("L1"), "产出", IndicatorClass.Output, indicator.Points, [new LevelTwoIndicator(new IndicatorCode("L2"), "数量", IndicatorClass.Quantity, indicator.Points, [indicator])]),
        ]);
        return new Evaluation("S1", type, Project, new Performer(PerformerRole.FinanceBureau, "县财政局"), new FiscalYear(2019), new FiscalYear(2020), tree, [record],
            onSiteVisit: type == EvaluationType.FinanceEvaluation ? new OnSiteVisit(new LocalDate(2020, 5, 6)) : null);
    }
}
