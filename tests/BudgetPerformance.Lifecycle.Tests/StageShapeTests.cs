using System;
using System.Linq;
using BudgetPerformance.Calendars;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Json;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring.Admission;
using BudgetPerformance.Scoring.Monitoring;
using BudgetPerformance.Scoring.Review;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Lifecycle.Tests;

/// <summary>
/// The stage shape of the admission gate, the target reviewer and the monitoring assessor: each is built from a rule set,
/// states its families once, and refuses a rule set without them with one <c>rule-family-missing</c> before any work.
/// </summary>
public class StageShapeTests
{
    [Fact]
    public void Admission_RuleSetWithoutTheFamily_IsRefusedWithOneProblem_BeforeAnyWork()
    {
        var rules = Fixtures.National;
        var noFamily = rules.WithAdmission(null);
        var problem = Assert.Single(AdmissionGate.FindProblems(noFamily));
        Assert.Equal((ProblemCodes.RuleFamilyMissing, "ruleSet"), (problem.Code, problem.Location.Element));
        Assert.Equal("The rule set national-2020 v1 lacks rules that Admission needs: Admission.", problem.MessageEn);
        Assert.Equal("规则集 national-2020 v1 缺少入库审核所需的规则：入库审核。", problem.MessageZh);
        var refused = Assert.Throws<DomainInvariantException>(() => new AdmissionGate(noFamily));
        Assert.Equal(("ruleSet", problem), (refused.ParamName, refused.Problem));
        Assert.Empty(AdmissionGate.FindProblems(rules));
        Assert.Empty(AdmissionGate.FindProblems(Fixtures.RuleSetWith(AdmissionPresets.National())));
        Assert.Equal([RuleFamily.Admission], AdmissionGate.RequiredFamilies);
        Assert.Equal(LifecycleStage.Admission, AdmissionGate.Stage);
        Assert.Same(rules, new AdmissionGate(rules).RuleSet);
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => new AdmissionGate(null!)).ParamName);
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => AdmissionGate.FindProblems(null!)).ParamName);
    }

    [Fact]
    public void TargetReview_RuleSetWithoutTheFamily_IsRefusedWithOneProblem_BeforeAnyWork()
    {
        var rules = Fixtures.National;
        var noFamily = rules.WithTargetReview(null);
        var problem = Assert.Single(TargetReviewer.FindProblems(noFamily));
        Assert.Equal((ProblemCodes.RuleFamilyMissing, "ruleSet"), (problem.Code, problem.Location.Element));
        Assert.Equal("The rule set national-2020 v1 lacks rules that Target review needs: Target review.", problem.MessageEn);
        Assert.Equal("规则集 national-2020 v1 缺少绩效目标审核所需的规则：绩效目标审核。", problem.MessageZh);
        var refused = Assert.Throws<DomainInvariantException>(() => new TargetReviewer(noFamily));
        Assert.Equal(("ruleSet", problem), (refused.ParamName, refused.Problem));
        Assert.Empty(TargetReviewer.FindProblems(rules));
        Assert.Empty(TargetReviewer.FindProblems(Fixtures.RuleSetWith(TargetReviewPresets.NationalWithGrade())));
        Assert.Equal([RuleFamily.TargetReview], TargetReviewer.RequiredFamilies);
        Assert.Equal(LifecycleStage.TargetReview, TargetReviewer.Stage);
        Assert.Same(rules, new TargetReviewer(rules).RuleSet);
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => new TargetReviewer(null!)).ParamName);
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => TargetReviewer.FindProblems(null!)).ParamName);
    }

    [Fact]
    public void Monitoring_RuleSetWithoutTheFamily_IsRefusedWithOneProblem_BeforeAnyWork()
    {
        var rules = Fixtures.Sichuan2025;
        var noFamily = rules.WithMonitoring(null);
        var problem = Assert.Single(MonitoringAssessor.FindProblems(noFamily));
        Assert.Equal((ProblemCodes.RuleFamilyMissing, "ruleSet"), (problem.Code, problem.Location.Element));
        Assert.Equal("The rule set sichuan-2025 v1 lacks rules that Monitoring needs: Monitoring.", problem.MessageEn);
        Assert.Equal("规则集 sichuan-2025 v1 缺少绩效运行监控所需的规则：绩效运行监控。", problem.MessageZh);
        var refused = Assert.Throws<DomainInvariantException>(() => new MonitoringAssessor(noFamily, WeekdayCalendar.Instance));
        Assert.Equal(("ruleSet", problem), (refused.ParamName, refused.Problem));
        Assert.Empty(MonitoringAssessor.FindProblems(rules));
        Assert.Empty(MonitoringAssessor.FindProblems(Fixtures.National));
        Assert.Equal([RuleFamily.Monitoring], MonitoringAssessor.RequiredFamilies);
        Assert.Equal(LifecycleStage.Monitoring, MonitoringAssessor.Stage);
        var calendar = Fixtures.China2025();
        var assessor = new MonitoringAssessor(rules, calendar);
        Assert.Same(rules, assessor.RuleSet);
        Assert.Same(calendar, assessor.Calendar);
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => new MonitoringAssessor(null!, calendar)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => new MonitoringAssessor(rules, null!)).ParamName);
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => MonitoringAssessor.FindProblems(null!)).ParamName);
    }

    [Fact]
    public void FindProblems_OfABareEnvelope_NamesTheEnvelope()
    {
        var bare = Fixtures.Envelope();
        Assert.Equal("规则集 test v1 缺少入库审核所需的规则：入库审核。", Assert.Single(AdmissionGate.FindProblems(bare)).MessageZh);
        Assert.Equal("The rule set test v1 lacks rules that Target review needs: Target review.", Assert.Single(TargetReviewer.FindProblems(bare)).MessageEn);
        Assert.Equal("The rule set test v1 lacks rules that Monitoring needs: Monitoring.", Assert.Single(MonitoringAssessor.FindProblems(bare)).MessageEn);
    }

    [Fact]
    public void CrossCheck_MonitoringFamilyWithoutCrossCheck_ThrowsNamingTheMissingPart_AndNeverDefaults()
    {
        // sichuan-2025 serves monitoring (the engine is built, Assess works) but its family has no cross-check.
        var sichuan = Fixtures.Sichuan2025;
        Assert.Null(sichuan.Monitoring!.CrossCheck);
        var assessor = new MonitoringAssessor(sichuan, WeekdayCalendar.Instance);
        var budget = new BudgetExecution(Money.FromYuan(100m), Money.FromYuan(80m));
        var e = Assert.Throws<InvalidOperationException>(() => assessor.CrossCheck(70m, 90m, 8m, 10m, budget));
        Assert.Equal("The monitoring family of the rule set sichuan-2025 v1 has no self-evaluation cross-check (MonitoringRules.CrossCheck).", e.Message);
        // The missing part is reported before the arguments are looked at.
        Assert.Throws<InvalidOperationException>(() => assessor.CrossCheck(-1m, 0m, -1m, 0m, null!));
        Assert.NotNull(assessor.Assess(Fixtures.Record(new LocalDate(2025, 7, 31), 100m, 40m, 700m)));

        // The same family with the vendor cross-check added checks as the vendor preset does.
        var m = sichuan.Monitoring;
        var withCross = sichuan.WithMonitoring(new MonitoringRules(m.TimeProgress, m.ProgressRounding, m.ExecutionBands, m.IndicatorBands, m.Checkpoints, m.Gap, m.Response,
            m.Actions, m.ActionsSource, MonitoringPresets.VendorStyle().CrossCheck, m.Source));
        var result = new MonitoringAssessor(withCross, WeekdayCalendar.Instance).CrossCheck(70m, 90m, 8m, 10m, budget);
        var vendor = new MonitoringAssessor(Fixtures.National, WeekdayCalendar.Instance).CrossCheck(70m, 90m, 8m, 10m, budget);
        Assert.Equal((vendor.Colour, vendor.Completion, vendor.Execution, vendor.UnspentShare), (result.Colour, result.Completion, result.Execution, result.UnspentShare));
        Assert.Equal(vendor.Reasons.Select(r => r.MessageZh), result.Reasons.Select(r => r.MessageZh));
    }

    [Fact]
    public void Engines_GiveTheSameResultForTheSameFamily_WhateverTheRestOfTheRuleSet()
    {
        // Only the stage's family is read: the preset and a bare envelope carrying the same family agree.
        var target = Fixtures.Target(Fixtures.ReviewTree(satisfactionTarget: 85m));
        var full = new TargetReviewer(Fixtures.National).Review(target, Money.FromYuan(1_000_000m));
        var bare = new TargetReviewer(Fixtures.RuleSetWith(TargetReviewPresets.National())).Review(target, Money.FromYuan(1_000_000m));
        Assert.Equal(full.Findings.Select(f => f.Reason.MessageEn), bare.Findings.Select(f => f.Reason.MessageEn));

        var record = Fixtures.Record(new LocalDate(2025, 9, 30), 100m, 50m, 600m);
        var a = new MonitoringAssessor(Fixtures.Sichuan2025, WeekdayCalendar.Instance).Assess(record);
        var b = new MonitoringAssessor(Fixtures.RuleSetWith(MonitoringPresets.Sichuan2025()), WeekdayCalendar.Instance).Assess(record);
        Assert.Equal(a.Reasons.Select(r => r.MessageEn), b.Reasons.Select(r => r.MessageEn));
        Assert.Equal((a.Action, a.RespondBy), (b.Action, b.RespondBy));
    }
}
