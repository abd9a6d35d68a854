using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Admission;
using BudgetPerformance.Grades;
using BudgetPerformance.Indicators;
using BudgetPerformance.Json.Contracts;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using BudgetPerformance.Values;

namespace BudgetPerformance.Json.Reading;

/// <summary>The lifecycle families of rule-set documents (result application, rectification, distribution, admission, target review, monitoring), contract ↔ domain.</summary>
internal sealed partial class Mapper
{
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
}
