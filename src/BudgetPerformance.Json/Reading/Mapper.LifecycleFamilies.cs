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

/// <summary>
/// The lifecycle families of rule-set documents (result application, rectification, distribution, admission, target
/// review, monitoring), contract ↔ domain. Every invariant of a family is checked by the family's own <c>FindProblems</c>
/// (placed at the path of the value); a family is built only when nothing was found, so its constructor never throws for
/// bad data.
/// </summary>
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
            var source = Source(c.Source, rp + ".source");
            if (grades is not null && kinds is not null && okAction
                && NoneFound(ResultRule.FindProblems(c.Id, grades, c.ConsecutiveYears, action, c.CutRate, c.MaximumCutRate), rp) && source is not null)
            {
                rules.Add(new ResultRule(c.Id, grades, kinds, c.ConsecutiveYears, action, c.CutRate, c.MaximumCutRate, c.BlocksSimilarProject, source));
            }
        }

        RoundingOf(r.MoneyRounding, path + ".moneyRounding", out var money);

        // The family's own invariants need every rule: they are examined when every rule was built.
        return !Has(before) && NoneFound(ResultApplicationRules.FindProblems(rules, r.RewardShare), path)
            ? new ResultApplicationRules(rules, money, r.RewardShare)
            : null;
    }

    private RectificationRules? Rectification(RectificationContract r, string path)
    {
        var ok = Enum<RectificationConsequence>(r.Consequence, path + ".consequence", out var consequence);
        ok = ok && NoneFound(RectificationRules.FindProblems(consequence, r.FurtherCutRate), path);
        var source = Source(r.Source, path + ".source");
        return ok && source is not null ? new RectificationRules(consequence, r.FurtherCutRate, source) : null;
    }

    private DistributionRules? Distribution(DistributionContract d, string path)
    {
        var top = Enums<Grade>(d.TopGrades, path + ".topGrades");
        var bottom = Enums<Grade>(d.BottomGrades, path + ".bottomGrades");
        var ok = top is not null && bottom is not null && NoneFound(DistributionRules.FindProblems(top, d.MaximumTopShare, bottom, d.MinimumBottomShare), path);
        var source = Source(d.Source, path + ".source");
        return ok && source is not null ? new DistributionRules(top!, d.MaximumTopShare, bottom!, d.MinimumBottomShare, source) : null;
    }

    private AdmissionRules? Admission(AdmissionContract a, string path)
    {
        var before = problems.Count;
        var checks = new List<AdmissionCheckRule>();
        for (var i = 0; i < a.Checks.Count; i++)
        {
            var cp = ProblemList.Index(path + ".checks", i);
            var okCheck = Enum<AdmissionCheck>(a.Checks[i].Check, cp + ".check", out var check);
            var source = Source(a.Checks[i].Source, cp + ".source");
            if (okCheck && source is not null)
            {
                checks.Add(new AdmissionCheckRule(check, source));
            }
        }

        SmallAmountExemption? exemption = null;
        if (a.SmallAmountExemption is { } e)
        {
            var ep = path + ".smallAmountExemption";
            var exempted = Enums<AdmissionCheck>(e.Exempted, ep + ".exempted");
            var below = Money.FromYuan(e.Below);
            var ok = exempted is not null && NoneFound(SmallAmountExemption.FindProblems(below, exempted), ep);
            var source = Source(e.Source, ep + ".source");
            exemption = ok && source is not null ? new SmallAmountExemption(below, exempted!, source) : null;
        }

        // The family's own invariant needs every check: it is examined when every check was built.
        return !Has(before) && NoneFound(AdmissionRules.FindProblems(checks), path) ? new AdmissionRules(checks, exemption) : null;
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
            var ok = known && NoneFound(ClassRequirement.FindProblems(classes), rp);
            var source = Source(t.RequiredClasses[i].Source, rp + ".source");
            if (ok && source is not null)
            {
                required.Add(new ClassRequirement(classes, source));
            }
        }

        var standards = new List<ExpenditureStandard>();
        for (var i = 0; i < t.ExpenditureStandards.Count; i++)
        {
            var s = t.ExpenditureStandards[i];
            var sp = ProblemList.Index(path + ".expenditureStandards", i);
            var ok = NoneFound(ExpenditureStandard.FindProblems(s.IndicatorName, s.Unit, s.Maximum), sp);
            var source = Source(s.Source, sp + ".source");
            if (ok && source is not null)
            {
                standards.Add(new ExpenditureStandard(s.IndicatorName, s.Unit, s.Maximum, source));
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
            var ok = NoneFound(ReviewGradingRules.FindProblems(g.ErrorDeduction, g.WarningDeduction, g.AdviceDeduction), gp);
            var gradingSource = Source(g.Source, gp + ".source");
            grading = ok && scale is not null && gradingSource is not null
                ? new ReviewGradingRules(g.ErrorDeduction, g.WarningDeduction, g.AdviceDeduction, scale, gradingSource)
                : null;
        }

        NoneFound(TargetReviewRules.FindProblems(t.SatisfactionMinimum, t.RequiredTotalPoints), path);
        var familySource = Source(t.Source, path + ".source");
        return Has(before) || familySource is null ? null
            : new TargetReviewRules(required, t.SatisfactionMinimum, t.WeightsRequired, t.RequiredTotalPoints, standards, grading, familySource);
    }

    private MonitoringRules? Monitoring(MonitoringContract m, string path)
    {
        var before = problems.Count;
        Enum<TimeProgressBasis>(m.TimeProgress, path + ".timeProgress", out var basis);
        RoundingOf(m.ProgressRounding, path + ".progressRounding", out var rounding);
        var execution = m.ExecutionBands is { } eb ? Bands(eb, path + ".executionBands") : null;
        var indicator = m.IndicatorBands is { } ib ? Bands(ib, path + ".indicatorBands") : null;
        var checkpoints = m.Checkpoints is { } cps ? Checkpoints(cps, path + ".checkpoints") : null;
        GapRule? gap = null;
        if (m.Gap is { } g)
        {
            var ok = NoneFound(GapRule.FindProblems(g.MaximumPoints), path + ".gap");
            var source = Source(g.Source, path + ".gap.source");
            gap = ok && source is not null ? new GapRule(g.MaximumPoints, source) : null;
        }

        ResponseRule? response = null;
        if (m.Response is { } r)
        {
            var ok = NoneFound(ResponseRule.FindProblems(r.WorkingDays), path + ".response");
            var source = Source(r.Source, path + ".response.source");
            response = ok && source is not null ? new ResponseRule(r.WorkingDays, r.AutomaticSuspension, source) : null;
        }

        SelfEvaluationCrossCheckRules? cross = null;
        if (m.CrossCheck is { } x)
        {
            var ok = NoneFound(SelfEvaluationCrossCheckRules.FindProblems(x.MaximumClaimExcess, x.MaximumUnspentShare), path + ".crossCheck");
            var source = Source(x.Source, path + ".crossCheck.source");
            cross = ok && source is not null ? new SelfEvaluationCrossCheckRules(x.MaximumClaimExcess, x.MaximumUnspentShare, source) : null;
        }

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
        var familySource = Source(m.Source, path + ".source");

        // The contract requires an action for every situation, so a situation lacks one only when its text was bad (and
        // reported at its own path): the model's check is asked only of a complete set.
        return Has(before) || actionsSource is null || familySource is null || !NoneFound(MonitoringRules.FindProblems(actions), path) ? null
            : new MonitoringRules(basis, rounding, execution, indicator, checkpoints, gap, response, actions, actionsSource, cross, familySource);
    }

    private ColourBands? Bands(ColourBandsContract c, string path)
    {
        var ok = NoneFound(ColourBands.FindProblems(c.YellowFrom, c.GreenFrom, c.BlueFrom), path);
        var source = Source(c.Source, path + ".source");
        return ok && source is not null ? new ColourBands(c.YellowFrom, c.GreenFrom, c.BlueFrom, source) : null;
    }

    private CheckpointRules? Checkpoints(CheckpointsContract c, string path)
    {
        var before = problems.Count;
        var list = new List<ExecutionCheckpoint>();
        for (var i = 0; i < c.Checkpoints.Count; i++)
        {
            var item = c.Checkpoints[i];
            if (NoneFound(ExecutionCheckpoint.FindProblems(item.Month, item.MinimumExecution), ProblemList.Index(path + ".checkpoints", i)))
            {
                list.Add(new ExecutionCheckpoint(item.Month, item.MinimumExecution));
            }
        }

        // The rules' own invariants need every checkpoint: they are examined when every checkpoint was built.
        var ok = !Has(before) && NoneFound(CheckpointRules.FindProblems(list), path);
        var source = Source(c.Source, path + ".source");
        return ok && source is not null ? new CheckpointRules(list, source) : null;
    }

    /// <summary>
    /// Places each problem a model's <c>FindProblems</c> found at <paramref name="path"/> + "." + its element (a
    /// constructor parameter such as <c>cutRate</c>, or an item such as <c>checkpoints[2]</c>). In the lifecycle families
    /// every such parameter has the name of the contract's property that carries its value, so the element is the
    /// property. True when there was no problem.
    /// </summary>
    private bool NoneFound(IReadOnlyList<Problem> found, string path)
    {
        foreach (var problem in found)
        {
            Add(problem, path + "." + problem.Location.Element);
        }

        return found.Count == 0;
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
