using System;
using System.Linq;
using BudgetPerformance.Calendars;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Grades;
using BudgetPerformance.Json;
using BudgetPerformance.Monitoring;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Monitoring;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Lifecycle.Tests;

/// <summary>
/// The monitoring rules of docs/rules/monitoring.md and RULES.md §6 not covered by <see cref="MonitoringTests"/>: argument
/// checks, the execution colour on its own, reverse "&lt;" indicators, the target colour and completion over several
/// indicators, how situations combine into an action, automatic suspension, the cross-check's combinations and the
/// presets' sources.
/// </summary>
public class MonitoringRuleTests
{
    private static readonly LocalDate July31 = new(2025, 7, 31);
    private static readonly LocalDate June30 = new(2025, 6, 30);

    private static MonitoringSnapshot Vendor(MonitoringRecord record) => new MonitoringAssessor(Fixtures.National, WeekdayCalendar.Instance).Assess(record);

    private static MonitoringSnapshot Sichuan(MonitoringRecord record) => new MonitoringAssessor(Fixtures.Sichuan2025, WeekdayCalendar.Instance).Assess(record);

    private static BudgetExecution Budget(decimal budget, decimal spent) => new(Money.FromYuan(budget), Money.FromYuan(spent));

    // Arguments ------------------------------------------------------------------------------------------------------------

    [Fact]
    public void Assess_NullArguments_ThrowNamingTheArgument()
    {
        var rules = MonitoringPresets.VendorStyle();
        Assert.Equal("record", Assert.Throws<ArgumentNullException>(() => new MonitoringAssessor(Fixtures.RuleSetWith(rules), WeekdayCalendar.Instance).Assess(null!)).ParamName);
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => new MonitoringAssessor(null!, WeekdayCalendar.Instance)).ParamName);
        // The vendor preset never counts working days, yet a missing calendar is still refused (by the constructor: no default calendar).
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => new MonitoringAssessor(Fixtures.RuleSetWith(rules), null!)).ParamName);
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => new MonitoringAssessor(null!, null!)).ParamName);
    }

    [Fact]
    public void TimeProgress_DateOutsideTheIsoCalendar_IsRefused()
    {
        var julian = new LocalDate(2025, 7, 31, CalendarSystem.Julian);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => TimeProgress.Of(julian, TimeProgressBasis.WholeMonths));
        Assert.Equal("asOf", e.ParamName);
        Assert.StartsWith("Use an ISO date.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeProgress_UndefinedBasis_IsRefused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => TimeProgress.Of(July31, (TimeProgressBasis)7));
        Assert.Equal("basis", e.ParamName);
        Assert.StartsWith("The value is not a defined TimeProgressBasis.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeProgress_ByDays_CountsTheDateItself()
    {
        // 31 July 2025 is day 31 + 28 + 31 + 30 + 31 + 30 + 31 = 212 of 365.
        var time = TimeProgress.Of(July31, TimeProgressBasis.Days);
        Assert.Equal((212, 365, "212/365"), (time.Elapsed, time.Total, time.ToString()));
        Assert.Equal(TimeProgressBasis.Days, time.Basis);
        Assert.False(time.NothingDue);
    }

    // The execution colour alone -------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(0.3499, WarningColour.Red)]     // 0.3499 × 12 ÷ 7 × 100 = 59.983 → 59.98
    [InlineData(0.35, WarningColour.Yellow)]    // 60.00
    [InlineData(0.40, WarningColour.Yellow)]    // 68.57
    [InlineData(0.4666, WarningColour.Yellow)]  // 79.989 → 79.99
    [InlineData(0.46667, WarningColour.Green)]  // 80.0006 → 80.00
    [InlineData(0, WarningColour.Red)]
    [InlineData(1.5, WarningColour.Green)]      // 257.14: execution has no blue in the vendor preset
    public void ExecutionColour_31July_ColoursRateAgainstSevenTwelfths(double rate, WarningColour colour) =>
        Assert.Equal(colour, new MonitoringAssessor(Fixtures.National, WeekdayCalendar.Instance).ExecutionColour((decimal)rate, July31));

    [Fact]
    public void ExecutionColour_ByDays_DividesByTheDaysElapsed()
    {
        // 31 July by days is 212/365: 0.35 × 365 ÷ 212 × 100 = 60.26 yellow, 0.34 → 58.54 red, 0.47 → 80.92 green.
        var vendor = MonitoringPresets.VendorStyle();
        var rules = new MonitoringRules(TimeProgressBasis.Days, vendor.ProgressRounding, vendor.ExecutionBands, vendor.IndicatorBands, null, null, null, vendor.Actions, vendor.ActionsSource, null, vendor.Source);
        var assessor = new MonitoringAssessor(Fixtures.RuleSetWith(rules), WeekdayCalendar.Instance);
        Assert.Equal(WarningColour.Yellow, assessor.ExecutionColour(0.35m, July31));
        Assert.Equal(WarningColour.Red, assessor.ExecutionColour(0.34m, July31));
        Assert.Equal(WarningColour.Green, assessor.ExecutionColour(0.47m, July31));
    }

    [Fact]
    public void ExecutionColour_AgreesWithTheSnapshot()
    {
        foreach (var spent in new[] { 0m, 20m, 35m, 40m, 47m, 80m })
        {
            Assert.Equal(Vendor(Fixtures.Record(July31, 100m, spent, 700m)).Execution.Colour,
                new MonitoringAssessor(Fixtures.National, WeekdayCalendar.Instance).ExecutionColour(spent / 100m, July31));
        }
    }

    [Fact]
    public void ExecutionColour_NothingDueYet_IsNull()
    {
        Assert.Null(new MonitoringAssessor(Fixtures.National, WeekdayCalendar.Instance).ExecutionColour(0m, new LocalDate(2025, 1, 1)));
        Assert.Null(new MonitoringAssessor(Fixtures.National, WeekdayCalendar.Instance).ExecutionColour(0.5m, new LocalDate(2025, 1, 30)));
        // 31 January: one month is due, 0.05 × 12 × 100 = 60 yellow.
        Assert.Equal(WarningColour.Yellow, new MonitoringAssessor(Fixtures.National, WeekdayCalendar.Instance).ExecutionColour(0.05m, new LocalDate(2025, 1, 31)));
    }

    [Fact]
    public void ExecutionColour_BadArguments_AreRefused()
    {
        Assert.Equal("executionRate", Assert.Throws<ArgumentOutOfRangeException>(() => new MonitoringAssessor(Fixtures.National, WeekdayCalendar.Instance).ExecutionColour(-0.0001m, July31)).ParamName);
        // The bands are a part of the engine's rule set, not an argument: their absence is the engine's state.
        var e = Assert.Throws<InvalidOperationException>(() => new MonitoringAssessor(Fixtures.Sichuan2025, WeekdayCalendar.Instance).ExecutionColour(0.4m, July31));
        Assert.Equal("The monitoring family of the rule set sichuan-2025 v1 has no execution bands (MonitoringRules.ExecutionBands).", e.Message);
    }

    // Reverse indicators ------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(2999.99, 4.99, WarningColour.Green, WarningColour.Green)]
    [InlineData(3000, 5, WarningColour.Green, WarningColour.Red)]      // ≤ allows the target itself, < does not
    [InlineData(3000.01, 5.01, WarningColour.Red, WarningColour.Red)]
    public void Assess_ReverseIndicators_AtMostIncludesTheTargetLessThanExcludesIt(double cost, double rework, WarningColour atMost, WarningColour lessThan)
    {
        var record = new MonitoringRecord(MonitoringReasonTests.MixedTarget(), July31, Budget(100m, 60m),
            [IndicatorProgress.Measured(Fixtures.C("1.1.1"), 700m), IndicatorProgress.Measured(Fixtures.C("1.2.1"), (decimal)cost), IndicatorProgress.Measured(Fixtures.C("1.2.2"), (decimal)rework)]);
        var snapshot = Vendor(record);
        Assert.Equal((atMost, lessThan), (snapshot.Indicators[1].Colour, snapshot.Indicators[2].Colour));
        // Reverse indicators are not measured against time and have no completion.
        Assert.Equal((null, null, null), (snapshot.Indicators[2].Value, snapshot.Indicators[2].Expected, snapshot.Indicators[2].Completion));
        Assert.Equal(lessThan, snapshot.TargetColour); // 1.1.1 is green (100), the worst decides
    }

    // Target colour and completion over several indicators ---------------------------------------------------------------------

    [Fact]
    public void Assess_OneIndicatorWithoutData_TargetColourComesFromTheOthers()
    {
        var record = new MonitoringRecord(Fixtures.MonitoringTarget(count: 2), July31, Budget(100m, 60m), [IndicatorProgress.Measured(Fixtures.C("1.1.1"), 700m)]);
        var snapshot = Vendor(record);
        Assert.Equal(new WarningColour?[] { WarningColour.Green, null }, snapshot.Indicators.Select(i => i.Colour));
        Assert.Equal(WarningColour.Green, snapshot.TargetColour);
        Assert.Contains(snapshot.Reasons, r => r.Code == ReasonCodes.TargetColour);
        Assert.Equal([MonitoringSituation.OnTrack], snapshot.Situations);
    }

    [Fact]
    public void Assess_NoIndicatorWithAColour_HasNoTargetColourNorItsReason()
    {
        var snapshot = Vendor(new MonitoringRecord(Fixtures.MonitoringTarget(count: 2), July31, Budget(100m, 60m), []));
        Assert.Null(snapshot.TargetColour);
        Assert.DoesNotContain(snapshot.Reasons, r => r.Code == ReasonCodes.TargetColour);
    }

    [Fact]
    public void Assess_TargetCompletion_IsTheMeanOfTheIndicatorsCompletions()
    {
        // Completions 600 ÷ 1200 = 0.5 and 0 ÷ 1200 = 0: mean 0.25; against 40% the gap is 15 points.
        var snapshot = Sichuan(Fixtures.Record(July31, 100m, 40m, 600m, 0m));
        Assert.Equal([0.5m, 0m], snapshot.Indicators.Select(i => i.Completion!.Value));
        Assert.Equal(0.25m, snapshot.TargetCompletion);
        Assert.Equal(15.00m, snapshot.GapPoints);
        Assert.True(snapshot.GapExceeded);
    }

    [Fact]
    public void Assess_TargetCompletion_CapsEachIndicatorAtOne()
    {
        // 2400 ÷ 1200 = 2 counts as 1; 300 ÷ 1200 = 0.25; mean 0.625; against 60% the gap is 2.5 points.
        var snapshot = Sichuan(Fixtures.Record(July31, 100m, 60m, 2400m, 300m));
        Assert.Equal([1m, 0.25m], snapshot.Indicators.Select(i => i.Completion!.Value));
        Assert.Equal(0.625m, snapshot.TargetCompletion);
        Assert.Equal(2.50m, snapshot.GapPoints);
        Assert.False(snapshot.GapExceeded);
    }

    [Fact]
    public void Assess_TargetCompletion_LeavesOutReverseQualitativeAndUnreportedIndicators()
    {
        var record = new MonitoringRecord(MonitoringReasonTests.MixedTarget(), July31, Budget(100m, 40m),
            [IndicatorProgress.Measured(Fixtures.C("1.1.1"), 600m), IndicatorProgress.Measured(Fixtures.C("1.2.1"), 100m), IndicatorProgress.Achieved(Fixtures.C("2.1.1"), AchievementLevel.Achieved)]);
        var snapshot = Sichuan(record);
        Assert.Equal(0.5m, snapshot.TargetCompletion); // 1.1.1 alone
        Assert.Equal(10.00m, snapshot.GapPoints);
    }

    // Situations and actions -----------------------------------------------------------------------------------------------------

    [Fact]
    public void Assess_YellowExecutionAloneWithAGreenTarget_IsADeviation()
    {
        // 40% by the end of July is 68.57 yellow; 700 of 1200 is 100 green.
        var snapshot = Vendor(Fixtures.Record(July31, 100m, 40m, 700m));
        Assert.Equal((WarningColour.Yellow, WarningColour.Green), (snapshot.Execution.Colour!.Value, snapshot.TargetColour!.Value));
        Assert.Equal([MonitoringSituation.Deviation], snapshot.Situations);
        Assert.Equal(MonitoringAction.Correct, snapshot.Action);
    }

    [Fact]
    public void Assess_YellowTargetAloneWithGreenExecution_IsADeviation()
    {
        // 60% by the end of July is 102.86 green; 500 of 1200 is 71.43 yellow.
        var snapshot = Vendor(Fixtures.Record(July31, 100m, 60m, 500m));
        Assert.Equal((WarningColour.Green, WarningColour.Yellow), (snapshot.Execution.Colour!.Value, snapshot.TargetColour!.Value));
        Assert.Equal([MonitoringSituation.Deviation], snapshot.Situations);
    }

    [Fact]
    public void Assess_RedTargetAndYellowExecution_IsBothAndPauses()
    {
        // 40% is yellow (68.57); 350 of 1200 is 50 red.
        var snapshot = Vendor(Fixtures.Record(July31, 100m, 40m, 350m));
        Assert.Equal([MonitoringSituation.SeriousDeviation, MonitoringSituation.Deviation], snapshot.Situations);
        Assert.Equal(MonitoringAction.PauseDisbursement, snapshot.Action);
    }

    [Fact]
    public void Assess_BlueOverRun_IsNotADeviation()
    {
        // 60% is 102.86 green; 1200 of 1200 by July is 171.43 blue.
        var snapshot = Vendor(Fixtures.Record(July31, 100m, 60m, 1200m));
        Assert.Equal(WarningColour.Blue, snapshot.TargetColour);
        Assert.Equal([MonitoringSituation.OnTrack], snapshot.Situations);
        Assert.Equal(MonitoringAction.Continue, snapshot.Action);
    }

    [Fact]
    public void Assess_DeviationAndAllImpossible_Stops()
    {
        // 40% is yellow; the only indicator is recorded impossible: correct (1) and stop (4) → stop.
        var record = new MonitoringRecord(Fixtures.MonitoringTarget(), July31, Budget(100m, 40m),
            [IndicatorProgress.Measured(Fixtures.C("1.1.1"), 700m, Likelihood.Impossible)]);
        var snapshot = Vendor(record);
        Assert.Equal([MonitoringSituation.Deviation, MonitoringSituation.AllIndicatorsImpossible], snapshot.Situations);
        Assert.Equal(MonitoringAction.Stop, snapshot.Action);
    }

    [Fact]
    public void Assess_ImpossibleIndicatorWithoutData_StillCounts()
    {
        var record = new MonitoringRecord(Fixtures.MonitoringTarget(count: 2), July31, Budget(100m, 60m),
            [IndicatorProgress.Measured(Fixtures.C("1.1.1"), 700m), IndicatorProgress.NoData(Fixtures.C("1.1.2"), Likelihood.Impossible)]);
        var snapshot = Vendor(record);
        Assert.Equal([MonitoringSituation.SomeIndicatorsImpossible], snapshot.Situations);
        Assert.Equal(MonitoringAction.Reallocate, snapshot.Action);
    }

    [Fact]
    public void Assess_ActionsOfAJurisdiction_AreTakenFromItsFamily()
    {
        // A family that re-allocates on a deviation and continues on a serious one: the mapping, not the national one, decides.
        var vendor = MonitoringPresets.VendorStyle();
        var actions = vendor.Actions.ToDictionary();
        actions[MonitoringSituation.Deviation] = MonitoringAction.Reallocate;
        actions[MonitoringSituation.SeriousDeviation] = MonitoringAction.Continue;
        var rules = new MonitoringRules(vendor.TimeProgress, vendor.ProgressRounding, vendor.ExecutionBands, vendor.IndicatorBands, null, null, null, actions, Fixtures.Local, null, vendor.Source);
        // 40% yellow, 350 red: serious (continue) and deviation (re-allocate) → re-allocate, the more severe.
        var snapshot = new MonitoringAssessor(Fixtures.RuleSetWith(rules), WeekdayCalendar.Instance).Assess(Fixtures.Record(July31, 100m, 40m, 350m));
        Assert.Equal(MonitoringAction.Reallocate, snapshot.Action);
        Assert.Equal(Fixtures.Local, Assert.Single(snapshot.Reasons, r => r.Code == ReasonCodes.Action).Source);
    }

    // Response and suspension ------------------------------------------------------------------------------------------------------

    [Fact]
    public void Assess_WarningWithoutAResponseRule_IsNeverSuspended()
    {
        var snapshot = Vendor(Fixtures.Record(July31, 100m, 20m, 700m));
        Assert.Equal(MonitoringAction.PauseDisbursement, snapshot.Action);
        Assert.Null(snapshot.RespondBy);
        Assert.False(snapshot.SuspendedWithoutResponse);
        Assert.DoesNotContain(snapshot.Reasons, r => r.Code == ReasonCodes.ResponseDue);
    }

    [Fact]
    public void Assess_SichuanOnTrack_SetsNoResponseAndNoSuspension()
    {
        var snapshot = Sichuan(Fixtures.Record(June30, 100m, 40m));
        Assert.Equal([MonitoringSituation.OnTrack], snapshot.Situations);
        Assert.Null(snapshot.RespondBy);
        Assert.False(snapshot.SuspendedWithoutResponse);
    }

    [Fact]
    public void Assess_SichuanImpossibleIndicator_AlsoNeedsAResponse()
    {
        // On track by money (40% meets June's 40%), but the only indicator is impossible: stop; Monday 30 June + 10 = 14 July.
        var record = new MonitoringRecord(Fixtures.MonitoringTarget(), June30, Budget(100m, 40m),
            [IndicatorProgress.Measured(Fixtures.C("1.1.1"), 480m, Likelihood.Impossible)]);
        var snapshot = Sichuan(record);
        Assert.Equal([MonitoringSituation.AllIndicatorsImpossible], snapshot.Situations);
        Assert.Equal(MonitoringAction.Stop, snapshot.Action);
        Assert.Equal(new LocalDate(2025, 7, 14), snapshot.RespondBy);
        Assert.True(snapshot.SuspendedWithoutResponse);
    }

    // Checkpoints --------------------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(6, 29, 0.25, 4)]    // 29 June: June has not ended, April's still holds
    [InlineData(8, 31, 0.60, 8)]
    [InlineData(9, 30, 0.60, 8)]
    [InlineData(10, 31, 0.80, 10)]
    [InlineData(12, 31, 0.80, 10)]  // no checkpoint after October
    public void Assess_SichuanCheckpoint_IsTheLatestWhoseMonthHasEnded(int month, int day, double minimum, int checkpointMonth)
    {
        var snapshot = Sichuan(Fixtures.Record(new LocalDate(2025, month, day), 100m, 100m * (decimal)minimum));
        Assert.Equal(new ExecutionCheckpoint(checkpointMonth, (decimal)minimum), snapshot.Execution.Checkpoint);
        Assert.False(snapshot.Execution.CheckpointMissed); // exactly the minimum is met
        Assert.Contains(snapshot.Reasons, r => r.Code == ReasonCodes.CheckpointMet);
        Assert.DoesNotContain(snapshot.Reasons, r => r.Code == ReasonCodes.CheckpointMissed);
    }

    [Fact]
    public void Assess_SichuanBeforeTheFirstCheckpoint_GivesNoCheckpointReason()
    {
        var snapshot = Sichuan(Fixtures.Record(new LocalDate(2025, 3, 31), 100m, 0m));
        Assert.Null(snapshot.Execution.Checkpoint);
        Assert.False(snapshot.Execution.CheckpointMissed);
        Assert.DoesNotContain(snapshot.Reasons, r => r.Code is ReasonCodes.CheckpointMet or ReasonCodes.CheckpointMissed);
    }

    [Fact]
    public void Assess_SichuanZeroBudget_HasNoCheckpointNorGap()
    {
        var snapshot = Sichuan(Fixtures.Record(June30, 0m, 0m, 600m));
        Assert.Null(snapshot.Execution.Checkpoint);
        Assert.Null(snapshot.GapPoints);
        Assert.Equal([MonitoringSituation.OnTrack], snapshot.Situations);
    }

    // Self-evaluation cross-check ---------------------------------------------------------------------------------------------------

    private static readonly MonitoringAssessor Cross = new(Fixtures.National, WeekdayCalendar.Instance);

    [Fact]
    public void CrossCheck_BadArguments_AreRefusedNamingTheArgument()
    {
        var budget = Budget(100m, 85m);
        Assert.Equal("budget", Assert.Throws<ArgumentNullException>(() => Cross.CrossCheck(80m, 90m, 8m, 10m, null!)).ParamName);
        Assert.Equal("indicatorScore", Assert.Throws<ArgumentOutOfRangeException>(() => Cross.CrossCheck(-0.01m, 90m, 8m, 10m, budget)).ParamName);
        Assert.Equal("executionScore", Assert.Throws<ArgumentOutOfRangeException>(() => Cross.CrossCheck(80m, 90m, -0.01m, 10m, budget)).ParamName);
        Assert.Equal("indicatorPoints", Assert.Throws<ArgumentOutOfRangeException>(() => Cross.CrossCheck(80m, 0m, 8m, 10m, budget)).ParamName);
        Assert.Equal("executionPoints", Assert.Throws<ArgumentOutOfRangeException>(() => Cross.CrossCheck(80m, 90m, 8m, 0m, budget)).ParamName);
        Assert.Equal("indicatorPoints", Assert.Throws<ArgumentOutOfRangeException>(() => Cross.CrossCheck(80m, -90m, 8m, 10m, budget)).ParamName);
        Assert.Equal("executionPoints", Assert.Throws<ArgumentOutOfRangeException>(() => Cross.CrossCheck(80m, 90m, 8m, -10m, budget)).ParamName);
    }

    [Fact]
    public void CrossCheck_ZeroScores_AreAllowed()
    {
        // Nothing claimed, nothing spent of a budget of 100: not ahead (0 ≤ 0), but 100% unspent → yellow.
        var result = Cross.CrossCheck(0m, 90m, 0m, 10m, Budget(100m, 0m));
        Assert.Equal((0m, 0m, (decimal?)1m), (result.Completion, result.Execution, result.UnspentShare));
        Assert.Equal(WarningColour.Yellow, result.Colour);
    }

    [Fact]
    public void CrossCheck_ClaimAheadAndZeroBudget_StaysRedWithBothReasons()
    {
        // 10 ÷ 90 > 0 ÷ 10 × 1.05: red; the zero budget adds its reason but does not soften red to yellow.
        var result = Cross.CrossCheck(10m, 90m, 0m, 10m, Budget(0m, 0m));
        Assert.Equal(WarningColour.Red, result.Colour);
        Assert.Equal([ReasonCodes.ClaimAheadOfSpending, ReasonCodes.Unspent], result.Reasons.Select(r => r.Code));
        Assert.Null(result.UnspentShare);
    }

    [Fact]
    public void CrossCheck_ClaimAheadAndHalfUnspent_StaysRedWithBothReasons()
    {
        // 81.87 ÷ 90 = 0.9097 > 0.5 × 1.05; 50% unspent.
        var result = Cross.CrossCheck(81.87m, 90m, 5m, 10m, Budget(100m, 50m));
        Assert.Equal(WarningColour.Red, result.Colour);
        Assert.Equal([ReasonCodes.ClaimAheadOfSpending, ReasonCodes.Unspent], result.Reasons.Select(r => r.Code));
        Assert.Equal(0.5m, result.UnspentShare);
    }

    [Fact]
    public void CrossCheck_RatiosAreScoreOverPoints()
    {
        // Any number of points: 40 of 50 = 0.8, 4.2 of 5 = 0.84; 0.8 ≤ 0.84 × 1.05.
        var result = Cross.CrossCheck(40m, 50m, 4.2m, 5m, Budget(200m, 180m));
        Assert.Equal((0.8m, 0.84m, (decimal?)0.1m), (result.Completion, result.Execution, result.UnspentShare));
        Assert.Equal(WarningColour.Green, result.Colour);
    }

    // Presets' sources ---------------------------------------------------------------------------------------------------------------

    [Fact]
    public void Presets_CiteTheirSources()
    {
        var vendor = MonitoringPresets.VendorStyle();
        var sichuan = MonitoringPresets.Sichuan2025();
        Assert.Equal(("财预〔2019〕136号", SourceKind.National), (MonitoringPresets.Monitoring2019.Reference, MonitoringPresets.Monitoring2019.Kind));
        Assert.Equal(SourceKind.Deployed, MonitoringPresets.Vendor.Kind);
        Assert.Equal(SourceKind.Local, MonitoringPresets.Sichuan.Kind);
        Assert.Contains("[L:Sichuan]", MonitoringPresets.Sichuan.Reference, StringComparison.Ordinal);
        // The actions of both presets are those of 财预〔2019〕136号; the colours and the cross-check are the vendor's [D];
        // checkpoints, gap and response are Sichuan's.
        Assert.Equal([MonitoringPresets.Monitoring2019, MonitoringPresets.Monitoring2019, MonitoringPresets.Monitoring2019], new[] { vendor.ActionsSource, vendor.Source, sichuan.ActionsSource });
        Assert.Equal([MonitoringPresets.Vendor, MonitoringPresets.Vendor, MonitoringPresets.Vendor], new[] { vendor.ExecutionBands!.Source, vendor.IndicatorBands!.Source, vendor.CrossCheck!.Source });
        Assert.Equal([MonitoringPresets.Sichuan, MonitoringPresets.Sichuan, MonitoringPresets.Sichuan, MonitoringPresets.Sichuan],
            new[] { sichuan.Checkpoints!.Source, sichuan.Gap!.Source, sichuan.Response!.Source, sichuan.Source });
    }

    [Fact]
    public void Presets_MatchTheDocumentedDefaults()
    {
        var vendor = MonitoringPresets.VendorStyle();
        Assert.Equal(TimeProgressBasis.WholeMonths, vendor.TimeProgress);
        Assert.Equal(new Rounding(2, RoundingMode.HalfAwayFromZero), vendor.ProgressRounding);
        Assert.Equal((60m, 80m, (decimal?)null), (vendor.ExecutionBands!.YellowFrom, vendor.ExecutionBands.GreenFrom, vendor.ExecutionBands.BlueFrom));
        Assert.Equal((0.05m, 0.20m), (vendor.CrossCheck!.MaximumClaimExcess, vendor.CrossCheck.MaximumUnspentShare));
        Assert.Null(vendor.Checkpoints);
        Assert.Null(vendor.Gap);
        Assert.Null(vendor.Response);
        var sichuan = MonitoringPresets.Sichuan2025();
        Assert.Equal([4, 6, 8, 10], sichuan.Checkpoints!.Checkpoints.Select(c => c.Month));
        Assert.Equal(10m, sichuan.Gap!.MaximumPoints);
        Assert.Null(sichuan.ExecutionBands);
        Assert.Null(sichuan.IndicatorBands);
        Assert.Null(sichuan.CrossCheck);
        Assert.Equal(TimeProgressBasis.WholeMonths, sichuan.TimeProgress);
        var national = MonitoringPresets.NationalActions();
        Assert.Equal(
            [MonitoringAction.Continue, MonitoringAction.Correct, MonitoringAction.PauseDisbursement, MonitoringAction.Reallocate, MonitoringAction.Stop],
            Enum.GetValues<MonitoringSituation>().Select(s => national[s]));
        Assert.Equal(national, sichuan.Actions);
    }
}
