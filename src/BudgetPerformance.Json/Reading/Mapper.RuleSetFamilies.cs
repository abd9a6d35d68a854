using System;
using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Admission;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Reading;

/// <summary>The rule families of rule-set documents, contract ↔ domain. Every problem is reported with its path.</summary>
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

    internal (bool Ok, RuleSetFamilies Families) Families(RuleSetDocument d, string path)
    {
        var before = problems.Count;
        var f = new RuleSetFamilies
        {
            IndicatorScoring = d.IndicatorScoring is { } s ? IndicatorScoring(s, path + ".indicatorScoring") : null,
            BudgetExecution = d.BudgetExecution is { } b ? BudgetExecutionRules(b, path + ".budgetExecution") : null,
            Aggregation = d.Aggregation is { } a ? Aggregation(a, path + ".aggregation") : null,
            WeightCheck = d.WeightCheck is { } w ? WeightCheck(w, path + ".weightCheck") : null,
            ReCheck = d.ReCheck is { } r ? Family(r.Source, path + ".reCheck", src => new ReCheckRules(r.SelfWeight, r.ReCheckWeight, src)) : null,
            ExAnte = d.ExAnte is { } x ? Family(x.Source, path + ".exAnte", src => new ExAnteRules(x.SupportFrom, x.AdjustFrom, src)) : null,
            ResultApplication = d.ResultApplication is { } ra ? ResultApplication(ra, path + ".resultApplication") : null,
            Rectification = d.Rectification is { } rc ? Rectification(rc, path + ".rectification") : null,
            Distribution = d.Distribution is { } di ? Distribution(di, path + ".distribution") : null,
            Admission = d.Admission is { } ad ? Admission(ad, path + ".admission") : null,
            TargetReview = d.TargetReview is { } tr ? TargetReview(tr, path + ".targetReview") : null,
            Monitoring = d.Monitoring is { } mo ? Monitoring(mo, path + ".monitoring") : null,
        };
        return (!Has(before), f);
    }

    private T? Family<T>(SourceContract source, string path, Func<SourceCitation, T> build)
        where T : class => Family(true, source, path, build);

    // The source is checked even when another value of the family is already known to be bad (ok false), so that a bad
    // enumeration text does not hide a bad source: the value pass reports every problem it finds (docs/json/errors.md).
    private T? Family<T>(bool ok, SourceContract source, string path, Func<SourceCitation, T> build)
        where T : class
    {
        var citation = Source(source, path + ".source");
        return ok && citation is not null ? Build(path, () => build(citation)) : null;
    }

    private bool RoundingOf(RoundingContract? r, string path, out Rounding rounding)
    {
        rounding = default;
        if (r is null)
        {
            return true;
        }

        var ok = true;
        foreach (var problem in BudgetPerformance.Grades.Rounding.FindProblems(r.Decimals))
        {
            Add(problem, path + ".decimals");
            ok = false;
        }

        // Declared before the call, not "out var": a statement mutant of the call would hide the variable, fail to compile
        // and make Stryker drop every mutant of this method (safe mode).
        RoundingMode mode;
        ok &= Enum<RoundingMode>(r.Mode, path + ".mode", out mode);
        if (ok)
        {
            rounding = new Rounding(r.Decimals, mode);
        }

        return ok;
    }

    private List<TEnum>? Enums<TEnum>(List<string> texts, string path)
        where TEnum : struct, System.Enum
    {
        var list = new List<TEnum>();
        var ok = true;
        for (var i = 0; i < texts.Count; i++)
        {
            if (Enum<TEnum>(texts[i], ProblemList.Index(path, i), out var value))
            {
                list.Add(value);
            }
            else
            {
                ok = false;
            }
        }

        return ok ? list : null;
    }

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
            over = Family(oc.Source, path + ".overCompletion", src => new OverCompletionRule(oc.FlagAbove, oc.DeductShare, src));
        }

        Enum<NegativeActualPolicy>(s.NegativeActuals, path + ".negativeActuals", out var negative);
        RoundingOf(s.IndicatorRounding, path + ".indicatorRounding", out var rounding);
        return Has(before) ? null : Build(path, () => new IndicatorScoringRules(strategies, defaults, s.CapAtPoints, over, s.StrictEqualityEarnsFull, negative, rounding));
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

        if (Has(before) || source is null)
        {
            return null;
        }

        return Build<ScoringStrategy>(path, () => kind switch
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
        });
    }

    private BudgetExecutionRules? BudgetExecutionRules(BudgetExecutionRulesContract b, string path)
    {
        var before = problems.Count;
        RoundingOf(b.RatePercentRounding, path + ".ratePercentRounding", out var rate);
        Enum<ZeroBudgetPolicy>(b.ZeroBudget, path + ".zeroBudget", out var zero);
        var types = Enums<EvaluationType>(b.AppliesTo, path + ".appliesTo");
        var source = Source(b.Source, path + ".source");
        return Has(before) || source is null ? null
            : Build(path, () => new BudgetExecutionRules(b.Points, b.RatePercentRounding is null ? null : rate, zero, types!, source));
    }

    private AggregationRules? Aggregation(AggregationContract a, string path)
    {
        var before = problems.Count;
        Enum<NotApplicablePolicy>(a.NotApplicable, path + ".notApplicable", out var na);
        Enum<MissingDataPolicy>(a.MissingData, path + ".missingData", out var missing);
        Enum<TotalMode>(a.TotalMode, path + ".totalMode", out var mode);
        var source = Source(a.Source, path + ".source");
        return Has(before) || source is null ? null : Build(path, () => new AggregationRules(na, missing, mode, a.RequiredTotalPoints, source));
    }

    private WeightCheckRules? WeightCheck(WeightCheckContract w, string path)
    {
        var types = Enums<EvaluationType>(w.AppliesTo, path + ".appliesTo");
        return Family(types is not null, w.Source, path, src => new WeightCheckRules(w.MinimumOutputBenefitShare, types!, src));
    }

    private ResultApplicationRules? ResultApplication(ResultApplicationContract r, string path)
    {
        var before = problems.Count;
        var rules = new List<ResultRule>();
        for (var i = 0; i < r.Rules.Count; i++)
        {
            var c = r.Rules[i];
            var rp = ProblemList.Index(path + ".rules", i);
            var grades = Enums<Grade>(c.Grades, rp + ".grades");
            var kinds = Enums<ProjectKind>(c.Kinds, rp + ".kinds");
            var okAction = Enum<BudgetAction>(c.Action, rp + ".action", out var action);
            if (Family(grades is not null && kinds is not null && okAction, c.Source, rp,
                src => new ResultRule(c.Id, grades!, kinds!, c.ConsecutiveYears, action, c.CutRate, c.MaximumCutRate, c.BlocksSimilarProject, src)) is { } rule)
            {
                rules.Add(rule);
            }
        }

        RoundingOf(r.MoneyRounding, path + ".moneyRounding", out var money);
        return Has(before) ? null : Build(path, () => new ResultApplicationRules(rules, money, r.RewardShare));
    }

    private RectificationRules? Rectification(RectificationContract r, string path)
    {
        var ok = Enum<RectificationConsequence>(r.Consequence, path + ".consequence", out var consequence);
        return Family(ok, r.Source, path, src => new RectificationRules(consequence, r.FurtherCutRate, src));
    }

    private DistributionRules? Distribution(DistributionContract d, string path)
    {
        var top = Enums<Grade>(d.TopGrades, path + ".topGrades");
        var bottom = Enums<Grade>(d.BottomGrades, path + ".bottomGrades");
        return Family(top is not null && bottom is not null, d.Source, path, src => new DistributionRules(top!, d.MaximumTopShare, bottom!, d.MinimumBottomShare, src));
    }

    private AdmissionRules? Admission(AdmissionContract a, string path)
    {
        var before = problems.Count;
        var checks = new List<AdmissionCheckRule>();
        for (var i = 0; i < a.Checks.Count; i++)
        {
            var cp = ProblemList.Index(path + ".checks", i);
            var okCheck = Enum<AdmissionCheck>(a.Checks[i].Check, cp + ".check", out var check);
            if (Family(okCheck, a.Checks[i].Source, cp, src => new AdmissionCheckRule(check, src)) is { } rule)
            {
                checks.Add(rule);
            }
        }

        SmallAmountExemption? exemption = null;
        if (a.SmallAmountExemption is { } e)
        {
            var exempted = Enums<AdmissionCheck>(e.Exempted, path + ".smallAmountExemption.exempted");
            exemption = Family(exempted is not null, e.Source, path + ".smallAmountExemption", src => new SmallAmountExemption(Money.FromYuan(e.Below), exempted!, src));
        }

        return Has(before) ? null : Build(path, () => new AdmissionRules(checks, exemption));
    }

    private TargetReviewRules? TargetReview(TargetReviewContract t, string path)
    {
        var before = problems.Count;
        var required = new List<ClassRequirement>();
        for (var i = 0; i < t.RequiredClasses.Count; i++)
        {
            var rp = ProblemList.Index(path + ".requiredClasses", i);
            var classes = new List<IndicatorClass>();
            var known = true;
            for (var j = 0; j < t.RequiredClasses[i].AnyOf.Count; j++)
            {
                var code = t.RequiredClasses[i].AnyOf[j];
                if (IndicatorClass.TryGetBuiltIn(2, code, out var cls))
                {
                    classes.Add(cls);
                }
                else
                {
                    Add(Messages.NotALevelTwoClass, ProblemList.Index(rp + ".anyOf", j), null, ProblemList.Shorten(code));
                    known = false;
                }
            }

            // With an unknown class the requirement is reported once, as unknown-class, not again as one without classes.
            if (Family(known, t.RequiredClasses[i].Source, rp, src => new ClassRequirement(classes, src)) is { } requirement)
            {
                required.Add(requirement);
            }
        }

        var standards = new List<ExpenditureStandard>();
        for (var i = 0; i < t.ExpenditureStandards.Count; i++)
        {
            var s = t.ExpenditureStandards[i];
            if (Family(s.Source, ProblemList.Index(path + ".expenditureStandards", i), src => new ExpenditureStandard(s.IndicatorName, s.Unit, s.Maximum, src)) is { } standard)
            {
                standards.Add(standard);
            }
        }

        ReviewGradingRules? grading = null;
        if (t.Grading is { } g)
        {
            var gp = path + ".grading";
            // Examined on its own: a problem elsewhere in the family does not hide the grade's problems.
            var scale = GradeScaleOf(g.Bands, gp + ".bands")
                ? new GradeScale(g.Bands.Select(b => new GradeBand(EnumText.Parse<Grade>(b.Grade), b.Lower, b.Upper)))
                : null;
            grading = Family(scale is not null, g.Source, gp, src => new ReviewGradingRules(g.ErrorDeduction, g.WarningDeduction, g.AdviceDeduction, scale!, src));
        }

        var source = Source(t.Source, path + ".source");
        return Has(before) || source is null ? null
            : Build(path, () => new TargetReviewRules(required, t.SatisfactionMinimum, t.WeightsRequired, t.RequiredTotalPoints, standards, grading, source));
    }

    private MonitoringRules? Monitoring(MonitoringContract m, string path)
    {
        var before = problems.Count;
        Enum<TimeProgressBasis>(m.TimeProgress, path + ".timeProgress", out var basis);
        RoundingOf(m.ProgressRounding, path + ".progressRounding", out var rounding);
        ColourBands? Bands(ColourBandsContract? c, string p) => c is null ? null : Family(c.Source, p, src => new ColourBands(c.YellowFrom, c.GreenFrom, c.BlueFrom, src));
        var execution = Bands(m.ExecutionBands, path + ".executionBands");
        var indicator = Bands(m.IndicatorBands, path + ".indicatorBands");
        CheckpointRules? checkpoints = null;
        if (m.Checkpoints is { } cps)
        {
            checkpoints = Family(cps.Source, path + ".checkpoints", src => new CheckpointRules(cps.Checkpoints.Select(c => new ExecutionCheckpoint(c.Month, c.MinimumExecution)).ToList(), src));
        }

        var gap = m.Gap is { } g ? Family(g.Source, path + ".gap", src => new GapRule(g.MaximumPoints, src)) : null;
        var response = m.Response is { } r ? Family(r.Source, path + ".response", src => new ResponseRule(r.WorkingDays, r.AutomaticSuspension, src)) : null;
        var cross = m.CrossCheck is { } x ? Family(x.Source, path + ".crossCheck", src => new SelfEvaluationCrossCheckRules(x.MaximumClaimExcess, x.MaximumUnspentShare, src)) : null;
        var actions = new Dictionary<MonitoringSituation, MonitoringAction>();
        foreach (var (situation, action) in new[]
        {
            (MonitoringSituation.OnTrack, m.Actions.OnTrack), (MonitoringSituation.Deviation, m.Actions.Deviation), (MonitoringSituation.SeriousDeviation, m.Actions.SeriousDeviation),
            (MonitoringSituation.SomeIndicatorsImpossible, m.Actions.SomeIndicatorsImpossible), (MonitoringSituation.AllIndicatorsImpossible, m.Actions.AllIndicatorsImpossible),
        })
        {
            if (Enum<MonitoringAction>(action, path + ".actions." + EnumText.Format(situation), out var a))
            {
                actions[situation] = a;
            }
        }

        var actionsSource = Source(m.ActionsSource, path + ".actionsSource");
        var source = Source(m.Source, path + ".source");
        return Has(before) || actionsSource is null || source is null ? null
            : Build(path, () => new MonitoringRules(basis, rounding, execution, indicator, checkpoints, gap, response, actions, actionsSource, cross, source));
    }

    // Writing -----------------------------------------------------------------------------------------------------

    private static RoundingContract? ToContract(Rounding? r) => r is { } v ? new RoundingContract { Decimals = v.Decimals, Mode = EnumText.Format(v.Mode) } : null;

    private static List<string> Texts<TEnum>(IEnumerable<TEnum> values)
        where TEnum : struct, System.Enum => values.Select(EnumText.Format).ToList();

    private static BudgetExecutionRulesContract? ToContract(BudgetExecutionRules? b) => b is null ? null : new BudgetExecutionRulesContract
    {
        Points = b.Points,
        RatePercentRounding = ToContract(b.RatePercentRounding),
        ZeroBudget = EnumText.Format(b.ZeroBudget),
        AppliesTo = Texts(b.AppliesTo),
        Source = ToContract(b.Source),
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

    private static ResultApplicationContract? ToContract(ResultApplicationRules? r) => r is null ? null : new ResultApplicationContract
    {
        Rules = r.Rules.Select(x => new ResultRuleContract
        {
            Id = x.Id,
            Grades = Texts(x.Grades),
            Kinds = Texts(x.Kinds),
            ConsecutiveYears = x.ConsecutiveYears,
            Action = EnumText.Format(x.Action),
            CutRate = x.CutRate,
            MaximumCutRate = x.MaximumCutRate,
            BlocksSimilarProject = x.BlocksSimilarProject,
            Source = ToContract(x.Source),
        }).ToList(),
        MoneyRounding = ToContract(r.MoneyRounding)!,
        RewardShare = r.RewardShare,
    };

    private static AdmissionContract? ToContract(AdmissionRules? a) => a is null ? null : new AdmissionContract
    {
        Checks = a.Checks.Select(c => new AdmissionCheckContract { Check = EnumText.Format(c.Check), Source = ToContract(c.Source) }).ToList(),
        SmallAmountExemption = a.SmallAmountExemption is { } e
            ? new SmallAmountExemptionContract { Below = e.Below.Yuan, Exempted = Texts(e.Exempted), Source = ToContract(e.Source) }
            : null,
    };

    private static TargetReviewContract? ToContract(TargetReviewRules? t) => t is null ? null : new TargetReviewContract
    {
        RequiredClasses = t.RequiredClasses.Select(c => new ClassRequirementContract { AnyOf = c.AnyOf.Select(x => x.Code).ToList(), Source = ToContract(c.Source) }).ToList(),
        SatisfactionMinimum = t.SatisfactionMinimum,
        WeightsRequired = t.WeightsRequired,
        RequiredTotalPoints = t.RequiredTotalPoints,
        ExpenditureStandards = t.ExpenditureStandards.Select(x => new ExpenditureStandardContract { IndicatorName = x.IndicatorName, Unit = x.Unit, Maximum = x.Maximum, Source = ToContract(x.Source) }).ToList(),
        Grading = t.Grading is { } g ? new ReviewGradingContract
        {
            ErrorDeduction = g.ErrorDeduction,
            WarningDeduction = g.WarningDeduction,
            AdviceDeduction = g.AdviceDeduction,
            Bands = g.Scale.Bands.Select(b => new GradeBandContract { Grade = EnumText.Format(b.Grade), Lower = b.Lower, Upper = b.Upper }).ToList(),
            Source = ToContract(g.Source),
        } : null,
        Source = ToContract(t.Source),
    };

    private static ColourBandsContract? ToContract(ColourBands? c) => c is null ? null : new ColourBandsContract { YellowFrom = c.YellowFrom, GreenFrom = c.GreenFrom, BlueFrom = c.BlueFrom, Source = ToContract(c.Source) };

    private static MonitoringContract? ToContract(MonitoringRules? m) => m is null ? null : new MonitoringContract
    {
        TimeProgress = EnumText.Format(m.TimeProgress),
        ProgressRounding = ToContract(m.ProgressRounding)!,
        ExecutionBands = ToContract(m.ExecutionBands),
        IndicatorBands = ToContract(m.IndicatorBands),
        Checkpoints = m.Checkpoints is { } c ? new CheckpointsContract { Checkpoints = c.Checkpoints.Select(x => new CheckpointContract { Month = x.Month, MinimumExecution = x.MinimumExecution }).ToList(), Source = ToContract(c.Source) } : null,
        Gap = m.Gap is { } g ? new GapContract { MaximumPoints = g.MaximumPoints, Source = ToContract(g.Source) } : null,
        Response = m.Response is { } r ? new ResponseContract { WorkingDays = r.WorkingDays, AutomaticSuspension = r.AutomaticSuspension, Source = ToContract(r.Source) } : null,
        Actions = new ActionsContract
        {
            OnTrack = EnumText.Format(m.Actions[MonitoringSituation.OnTrack]),
            Deviation = EnumText.Format(m.Actions[MonitoringSituation.Deviation]),
            SeriousDeviation = EnumText.Format(m.Actions[MonitoringSituation.SeriousDeviation]),
            SomeIndicatorsImpossible = EnumText.Format(m.Actions[MonitoringSituation.SomeIndicatorsImpossible]),
            AllIndicatorsImpossible = EnumText.Format(m.Actions[MonitoringSituation.AllIndicatorsImpossible]),
        },
        ActionsSource = ToContract(m.ActionsSource),
        CrossCheck = m.CrossCheck is { } x ? new CrossCheckContract { MaximumClaimExcess = x.MaximumClaimExcess, MaximumUnspentShare = x.MaximumUnspentShare, Source = ToContract(x.Source) } : null,
        Source = ToContract(m.Source),
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
}
