using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Reading;

/// <summary>
/// The scoring families of rule-set documents (indicator scoring and its strategies, budget execution, aggregation, weight
/// check, re-check, ex-ante), contract ↔ domain. Each value is checked by the model's own <c>FindProblems</c>, and each
/// problem is placed at the value's path (the model's element is the name of the contract's property, except the entries
/// of <c>defaults</c>); a family is built only when nothing was found, so building never fails.
/// </summary>
internal sealed partial class Mapper
{
    private static readonly Dictionary<StrategyKind, string[]> StrategyParameters = new()
    {
        [StrategyKind.Proportional] = [],
        [StrategyKind.ReverseLinear] = ["zeroAtMultiple"],
        [StrategyKind.ReverseRatio] = [],
        [StrategyKind.Equality] = ["overshoot"],
        [StrategyKind.QualitativeBands] = ["achievedFrom", "partlyFrom", "lowerEdgesInclusive", "edgeRounding"],
        [StrategyKind.StepThresholds] = ["steps"],
        [StrategyKind.DeviationBands] = ["bands", "upperEdgesInclusive"],
        [StrategyKind.PerStepDeduction] = ["side", "threshold", "stepSize", "pointsPerStep", "counting"],
        [StrategyKind.Judgement] = [],
    };

    private static readonly string[] OptionalStrategyParameters = ["threshold"];

    // IndicatorScoringRules.FindProblems names a default as defaults[>=]; the document's property is the symbol itself.
    private const string DefaultsElement = "defaults[";

    private IndicatorScoringRules? IndicatorScoring(IndicatorScoringContract s, string path)
    {
        var before = problems.Count;
        var strategies = new List<ScoringStrategy>();
        for (var i = 0; i < s.Strategies.Count; i++)
        {
            if (Strategy(s.Strategies[i], ProblemList.Index(path + ".strategies", i)) is { } strategy)
            {
                strategies.Add(strategy);
            }
        }

        var defaults = new Dictionary<Direction, string>
        {
            [BudgetPerformance.Indicators.Direction.AtLeast] = s.Defaults.AtLeast,
            [BudgetPerformance.Indicators.Direction.GreaterThan] = s.Defaults.GreaterThan,
            [BudgetPerformance.Indicators.Direction.EqualTo] = s.Defaults.EqualTo,
            [BudgetPerformance.Indicators.Direction.AtMost] = s.Defaults.AtMost,
            [BudgetPerformance.Indicators.Direction.LessThan] = s.Defaults.LessThan,
            [BudgetPerformance.Indicators.Direction.Qualitative] = s.Defaults.Qualitative,
        };

        OverCompletionRule? over = null;
        if (s.OverCompletion is { } oc)
        {
            over = OverCompletion(oc, path + ".overCompletion");
        }

        Enum<NegativeActualPolicy>(s.NegativeActuals, path + ".negativeActuals", out var negative);
        RoundingOf(s.IndicatorRounding, path + ".indicatorRounding", out var rounding);
        var quality = s.DataQuality is { } dq ? DataQuality(dq, path + ".dataQuality") : DataQualityRules.Default;
        if (strategies.Count == s.Strategies.Count)
        {
            // Every strategy was read, so the model's places (strategies[i]) are the document's.
            foreach (var problem in IndicatorScoringRules.FindProblems(strategies, defaults))
            {
                var element = problem.Location.Element!;
                Add(problem, element.StartsWith(DefaultsElement, StringComparison.Ordinal)
                    ? ProblemList.Property(path + ".defaults", element[DefaultsElement.Length..^1])
                    : path + "." + element);
            }
        }

        return Has(before) || quality is null ? null : new IndicatorScoringRules(strategies, defaults, s.CapAtPoints, over, s.StrictEqualityEarnsFull, negative, rounding, quality);
    }

    // Absent, the data-quality flags are the default (DataQualityRules.Default): kept and flagged.
    private DataQualityRules? DataQuality(DataQualityContract d, string path)
    {
        var before = problems.Count;
        Enum<DataQualityPolicy>(d.ZeroTarget, path + ".zeroTarget", out var zeroTarget);
        Enum<DataQualityPolicy>(d.ZeroReverseActual, path + ".zeroReverseActual", out var zeroActual);
        var source = Source(d.Source, path + ".source");
        return Has(before) || source is null ? null : new DataQualityRules(zeroTarget, zeroActual, source);
    }

    private OverCompletionRule? OverCompletion(OverCompletionContract o, string path)
    {
        var before = problems.Count;
        var source = Source(o.Source, path + ".source");
        AddAt(OverCompletionRule.FindProblems(o.FlagAbove, o.DeductShare), path);
        return Has(before) || source is null ? null : new OverCompletionRule(o.FlagAbove, o.DeductShare, source);
    }

    // Places problems of the model whose element is the name of a property of the object at path.
    private void AddAt(IReadOnlyList<Problem> found, string path)
    {
        foreach (var problem in found)
        {
            Add(problem, path + "." + problem.Location.Element);
        }
    }

    private ScoringStrategy? Strategy(StrategyContract c, string path)
    {
        var before = problems.Count;
        if (!Enum<StrategyKind>(c.Kind, path + ".kind", out var kind))
        {
            return null;
        }

        var present = new Dictionary<string, bool>
        {
            ["zeroAtMultiple"] = c.ZeroAtMultiple is not null,
            ["overshoot"] = c.Overshoot is not null,
            ["achievedFrom"] = c.AchievedFrom is not null,
            ["partlyFrom"] = c.PartlyFrom is not null,
            ["lowerEdgesInclusive"] = c.LowerEdgesInclusive is not null,
            ["edgeRounding"] = c.EdgeRounding is not null,
            ["steps"] = c.Steps is not null,
            ["bands"] = c.Bands is not null,
            ["upperEdgesInclusive"] = c.UpperEdgesInclusive is not null,
            ["side"] = c.Side is not null,
            ["threshold"] = c.Threshold is not null,
            ["stepSize"] = c.StepSize is not null,
            ["pointsPerStep"] = c.PointsPerStep is not null,
            ["counting"] = c.Counting is not null,
        };
        var wanted = StrategyParameters[kind];
        foreach (var (name, isPresent) in present)
        {
            if (isPresent && !wanted.Contains(name))
            {
                Add(Messages.StrategyParameterNotOfKind, path + "." + name, null, c.Kind, name);
            }
            else if (!isPresent && wanted.Contains(name) && !OptionalStrategyParameters.Contains(name))
            {
                Add(Messages.StrategyParameterRequired, path + "." + name, null, c.Kind, name);
            }
        }

        RoundingOf(c.Rounding, path + ".rounding", out var own);
        Rounding? rounding = c.Rounding is null ? null : own;
        var source = Source(c.Source, path + ".source");
        var overshoot = EqualityOvershoot.Proportional;
        var side = DeductionSide.Below;
        var counting = StepCounting.EveryStartedStep;
        var edgeRounding = default(Rounding);
        if (c.Overshoot is not null)
        {
            Enum(c.Overshoot, path + ".overshoot", out overshoot);
        }

        if (c.Side is not null)
        {
            Enum(c.Side, path + ".side", out side);
        }

        if (c.Counting is not null)
        {
            Enum(c.Counting, path + ".counting", out counting);
        }

        if (c.EdgeRounding is not null)
        {
            RoundingOf(c.EdgeRounding, path + ".edgeRounding", out edgeRounding);
        }

        AddAt(ScoringStrategy.FindProblems(c.Id), path);
        StrategyValues(kind, c, path);
        if (Has(before) || source is null)
        {
            return null;
        }

        return kind switch
        {
            StrategyKind.Proportional => new ProportionalStrategy(c.Id, source, rounding),
            StrategyKind.ReverseLinear => new ReverseLinearStrategy(c.Id, source, c.ZeroAtMultiple!.Value, rounding),
            StrategyKind.ReverseRatio => new ReverseRatioStrategy(c.Id, source, rounding),
            StrategyKind.Equality => new EqualityStrategy(c.Id, source, overshoot, rounding),
            StrategyKind.QualitativeBands => new QualitativeBandsStrategy(c.Id, source, c.AchievedFrom!.Value, c.PartlyFrom!.Value, c.LowerEdgesInclusive!.Value, edgeRounding, rounding),
            StrategyKind.StepThresholds => new StepThresholdsStrategy(c.Id, source, c.Steps!.Select(x => new ThresholdStep(x.MinimumCompletion, x.ShareOfPoints)).ToList(), rounding),
            StrategyKind.DeviationBands => new DeviationBandsStrategy(c.Id, source, c.Bands!.Select(x => new DeviationBand(x.MaximumDeviation, x.ShareOfPoints)).ToList(), c.UpperEdgesInclusive!.Value, rounding),
            StrategyKind.PerStepDeduction => new PerStepDeductionStrategy(c.Id, source, side, c.Threshold, c.StepSize!.Value, c.PointsPerStep!.Value, counting, rounding),
            _ => new JudgementStrategy(c.Id, source, rounding),
        };
    }

    // The values of a strategy's own parameters, for its kind; a parameter that is missing was reported as required.
    private void StrategyValues(StrategyKind kind, StrategyContract c, string path)
    {
        switch (kind)
        {
            case StrategyKind.ReverseLinear when c.ZeroAtMultiple is { } multiple:
                AddAt(ReverseLinearStrategy.FindProblems(multiple), path);
                break;
            case StrategyKind.QualitativeBands when c is { AchievedFrom: { } achieved, PartlyFrom: { } partly }:
                AddAt(QualitativeBandsStrategy.FindProblems(achieved, partly), path);
                break;
            case StrategyKind.PerStepDeduction when c is { StepSize: { } size, PointsPerStep: { } perStep }:
                AddAt(PerStepDeductionStrategy.FindProblems(size, perStep), path);
                break;
            case StrategyKind.StepThresholds when c.Steps is { } steps:
                var stepsOk = true;
                for (var i = 0; i < steps.Count; i++)
                {
                    var found = ThresholdStep.FindProblems(steps[i].ShareOfPoints);
                    AddAt(found, ProblemList.Index(path + ".steps", i));
                    stepsOk &= found.Count == 0;
                }

                if (stepsOk)
                {
                    // Every step is sound, so the model's places (steps[i]) are the document's.
                    AddAt(StepThresholdsStrategy.FindProblems(steps.Select(x => new ThresholdStep(x.MinimumCompletion, x.ShareOfPoints))), path);
                }

                break;
            case StrategyKind.DeviationBands when c.Bands is { } bands:
                var bandsOk = true;
                for (var i = 0; i < bands.Count; i++)
                {
                    var found = DeviationBand.FindProblems(bands[i].MaximumDeviation, bands[i].ShareOfPoints);
                    AddAt(found, ProblemList.Index(path + ".bands", i));
                    bandsOk &= found.Count == 0;
                }

                if (bandsOk)
                {
                    AddAt(DeviationBandsStrategy.FindProblems(bands.Select(x => new DeviationBand(x.MaximumDeviation, x.ShareOfPoints))), path);
                }

                break;
        }
    }

    private BudgetExecutionRules? BudgetExecutionRules(BudgetExecutionRulesContract b, string path)
    {
        var before = problems.Count;
        RoundingOf(b.RatePercentRounding, path + ".ratePercentRounding", out var rate);
        Enum<ZeroBudgetPolicy>(b.ZeroBudget, path + ".zeroBudget", out var zero);
        var types = Enums<EvaluationType>(b.AppliesTo, path + ".appliesTo");
        var own = new List<KeyValuePair<EvaluationType, decimal>>();
        var ownTypesOk = true;
        for (var i = 0; i < (b.PointsByType?.Count ?? 0); i++)
        {
            var entry = b.PointsByType![i];
            EvaluationType type; // not "out var": see RoundingOf
            if (Enum<EvaluationType>(entry.Type, ProblemList.Index(path + ".pointsByType", i) + ".type", out type))
            {
                own.Add(new(type, entry.Points));
            }
            else
            {
                ownTypesOk = false;
            }
        }

        var source = Source(b.Source, path + ".source");
        if (ownTypesOk)
        {
            AddAt(BudgetPerformance.Rules.BudgetExecutionRules.FindProblems(b.Points, own), path);
        }

        return Has(before) || source is null ? null
            : new BudgetPerformance.Rules.BudgetExecutionRules(b.Points, b.RatePercentRounding is null ? null : rate, zero, types!, own, source);
    }

    private AggregationRules? Aggregation(AggregationContract a, string path)
    {
        var before = problems.Count;
        Enum<NotApplicablePolicy>(a.NotApplicable, path + ".notApplicable", out var na);
        Enum<MissingDataPolicy>(a.MissingData, path + ".missingData", out var missing);
        Enum<TotalMode>(a.TotalMode, path + ".totalMode", out var mode);
        var source = Source(a.Source, path + ".source");
        AddAt(AggregationRules.FindProblems(a.RequiredTotalPoints), path);
        return Has(before) || source is null ? null : new AggregationRules(na, missing, mode, a.RequiredTotalPoints, source);
    }

    private WeightCheckRules? WeightCheck(WeightCheckContract w, string path)
    {
        var before = problems.Count;
        var types = Enums<EvaluationType>(w.AppliesTo, path + ".appliesTo");
        var source = Source(w.Source, path + ".source");
        AddAt(WeightCheckRules.FindProblems(w.MinimumOutputBenefitShare), path);
        return Has(before) || source is null ? null : new WeightCheckRules(w.MinimumOutputBenefitShare, types!, source);
    }

    private RecordRequirementsRules? RecordRequirements(RecordRequirementsContract r, string path)
    {
        var before = problems.Count;
        var budget = Enums<EvaluationType>(r.BudgetExecution, path + ".budgetExecution");
        var visit = Enums<EvaluationType>(r.OnSiteVisit, path + ".onSiteVisit");
        var source = Source(r.Source, path + ".source");
        return Has(before) || source is null ? null : new RecordRequirementsRules(budget!, visit!, source);
    }

    private static BudgetExecutionRulesContract? ToContract(BudgetExecutionRules? b) => b is null ? null : new BudgetExecutionRulesContract
    {
        Points = b.Points,
        RatePercentRounding = ToContract(b.RatePercentRounding),
        ZeroBudget = EnumText.Format(b.ZeroBudget),
        AppliesTo = Texts(b.AppliesTo.Where(t => !b.PointsByType.ContainsKey(t))),
        PointsByType = b.PointsByType.Count == 0 ? null
            : b.PointsByType.OrderBy(p => p.Key).Select(p => new BudgetPointsContract { Type = EnumText.Format(p.Key), Points = p.Value }).ToList(),
        Source = ToContract(b.Source),
    };

    private static RecordRequirementsContract? ToContract(RecordRequirementsRules? r) => r is null ? null : new RecordRequirementsContract
    {
        BudgetExecution = Texts(r.BudgetExecution),
        OnSiteVisit = Texts(r.OnSiteVisit),
        Source = ToContract(r.Source),
    };

    private static AggregationContract? ToContract(AggregationRules? a) => a is null ? null : new AggregationContract
    {
        NotApplicable = EnumText.Format(a.NotApplicable),
        MissingData = EnumText.Format(a.MissingData),
        TotalMode = EnumText.Format(a.TotalMode),
        RequiredTotalPoints = a.RequiredTotalPoints,
        Source = ToContract(a.Source),
    };

    private static WeightCheckContract? ToContract(WeightCheckRules? w) => w is null ? null : new WeightCheckContract
    {
        MinimumOutputBenefitShare = w.MinimumOutputBenefitShare,
        AppliesTo = Texts(w.AppliesTo),
        Source = ToContract(w.Source),
    };

    internal static IndicatorScoringContract? ToContract(IndicatorScoringRules? s) => s is null ? null : new IndicatorScoringContract
    {
        Strategies = s.Strategies.Select(ToContract).ToList(),
        Defaults = new DefaultsContract
        {
            AtLeast = s.Defaults[BudgetPerformance.Indicators.Direction.AtLeast],
            GreaterThan = s.Defaults[BudgetPerformance.Indicators.Direction.GreaterThan],
            EqualTo = s.Defaults[BudgetPerformance.Indicators.Direction.EqualTo],
            AtMost = s.Defaults[BudgetPerformance.Indicators.Direction.AtMost],
            LessThan = s.Defaults[BudgetPerformance.Indicators.Direction.LessThan],
            Qualitative = s.Defaults[BudgetPerformance.Indicators.Direction.Qualitative],
        },
        CapAtPoints = s.CapAtPoints,
        OverCompletion = s.OverCompletion is { } o ? new OverCompletionContract { FlagAbove = o.FlagAbove, DeductShare = o.DeductShare, Source = ToContract(o.Source) } : null,
        StrictEqualityEarnsFull = s.StrictEqualityEarnsFull,
        NegativeActuals = EnumText.Format(s.NegativeActuals),
        IndicatorRounding = ToContract(s.IndicatorRounding)!,
        DataQuality = new DataQualityContract
        {
            ZeroTarget = EnumText.Format(s.DataQuality.ZeroTarget),
            ZeroReverseActual = EnumText.Format(s.DataQuality.ZeroReverseActual),
            Source = ToContract(s.DataQuality.Source),
        },
    };

    private static StrategyContract ToContract(ScoringStrategy s) => s switch
    {
        ReverseLinearStrategy r => Strategy(s) with { ZeroAtMultiple = r.ZeroAtMultiple },
        EqualityStrategy e => Strategy(s) with { Overshoot = EnumText.Format(e.Overshoot) },
        QualitativeBandsStrategy q => Strategy(s) with { AchievedFrom = q.AchievedFrom, PartlyFrom = q.PartlyFrom, LowerEdgesInclusive = q.LowerEdgesInclusive, EdgeRounding = ToContract(q.EdgeRounding) },
        StepThresholdsStrategy t => Strategy(s) with { Steps = t.Steps.Select(x => new StepContract { MinimumCompletion = x.MinimumCompletion, ShareOfPoints = x.ShareOfPoints }).ToList() },
        DeviationBandsStrategy b => Strategy(s) with { Bands = b.Bands.Select(x => new DeviationBandContract { MaximumDeviation = x.MaximumDeviation, ShareOfPoints = x.ShareOfPoints }).ToList(), UpperEdgesInclusive = b.UpperEdgesInclusive },
        PerStepDeductionStrategy p => Strategy(s) with { Side = EnumText.Format(p.Side), Threshold = p.Threshold, StepSize = p.StepSize, PointsPerStep = p.PointsPerStep, Counting = EnumText.Format(p.Counting) },
        _ => Strategy(s),
    };

    private static StrategyContract Strategy(ScoringStrategy s) => new() { Id = s.Id, Kind = EnumText.Format(s.Kind), Source = ToContract(s.Source), Rounding = ToContract(s.Rounding) };

    private ReCheckRules? ReCheck(ReCheckContract r, string path)
    {
        var before = problems.Count;
        var source = Source(r.Source, path + ".source");
        AddAt(ReCheckRules.FindProblems(r.SelfWeight, r.ReCheckWeight), path);
        return Has(before) || source is null ? null : new ReCheckRules(r.SelfWeight, r.ReCheckWeight, source);
    }

    private ExAnteRules? ExAnte(ExAnteContract x, string path)
    {
        var before = problems.Count;
        var source = Source(x.Source, path + ".source");
        AddAt(ExAnteRules.FindProblems(x.SupportFrom, x.AdjustFrom), path);
        return Has(before) || source is null ? null : new ExAnteRules(x.SupportFrom, x.AdjustFrom, source);
    }
}
