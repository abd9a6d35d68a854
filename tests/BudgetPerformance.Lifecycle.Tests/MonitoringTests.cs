using System;
using System.Linq;
using BudgetPerformance.Calendars;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Json;
using BudgetPerformance.Monitoring;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Monitoring;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Lifecycle.Tests;

public class MonitoringTests
{
    private static readonly LocalDate July31 = new(2025, 7, 31);
    private static readonly LocalDate June30 = new(2025, 6, 30);

    private static MonitoringSnapshot Vendor(MonitoringRecord record) => new MonitoringAssessor(Fixtures.National, WeekdayCalendar.Instance).Assess(record);

    private static MonitoringSnapshot Sichuan(MonitoringRecord record, IWorkingDayCalendar? calendar = null) =>
        new MonitoringAssessor(Fixtures.Sichuan2025, calendar ?? WeekdayCalendar.Instance).Assess(record);

    // EXAMPLES.md §4 --------------------------------------------------------------------------------------------------

    [Fact]
    public void TimeProgress_31JulyByWholeMonths_IsSevenTwelfths()
    {
        var time = TimeProgress.Of(July31, TimeProgressBasis.WholeMonths);
        Assert.Equal((7, 12), (time.Elapsed, time.Total));
        Assert.Equal(0.5833m, decimal.Round(time.Fraction, 4));
    }

    [Fact]
    public void TimeProgress_30JulyByWholeMonths_CountsOnlyCompletedMonths() =>
        Assert.Equal(6, TimeProgress.Of(new LocalDate(2025, 7, 30), TimeProgressBasis.WholeMonths).Elapsed);

    [Fact]
    public void Assess_31JulyFortyPercentSpent_ExecutionIs68point57Yellow()
    {
        var snapshot = Vendor(Fixtures.Record(July31, 1_000_000m, 400_000m, 560m));
        Assert.Equal(0.4m, snapshot.Execution.Rate);
        Assert.Equal(68.57m, snapshot.Execution.Value);
        Assert.Equal(WarningColour.Yellow, snapshot.Execution.Colour);
        var reason = Assert.Single(snapshot.Reasons, r => r.Code == ReasonCodes.ExecutionColour);
        Assert.Equal("execution 40% ÷ time progress 7/12 × 100 = 68.57, [60, 80) → Yellow", reason.MessageEn);
        Assert.Equal(SourceKind.Deployed, reason.Source.Kind);
    }

    [Theory]
    [InlineData(500, 71.43, WarningColour.Yellow)]
    [InlineData(850, 121.43, WarningColour.Blue)]
    [InlineData(560, 80.00, WarningColour.Green)]
    public void Assess_31JulyIndicatorOf1200_ColoursAsExamplesSay(double actual, double value, WarningColour colour)
    {
        var indicator = Vendor(Fixtures.Record(July31, 1_000_000m, 400_000m, (decimal)actual)).Indicators.Single();
        Assert.Equal(700m, indicator.Expected);
        Assert.Equal((decimal)value, indicator.Value);
        Assert.Equal(colour, indicator.Colour);
    }

    [Fact]
    public void Assess_IndicatorWithATargetOfZero_CannotBeComparedWithTimeAndSaysSo()
    {
        var record = new MonitoringRecord(Fixtures.MonitoringTarget(target: 0m), July31, new BudgetExecution(Money.FromYuan(1_000_000m), Money.FromYuan(400_000m)),
            [IndicatorProgress.Measured(new IndicatorCode("1.1.1"), 3m)]);
        var snapshot = Vendor(record);
        var reason = Assert.Single(snapshot.Reasons, r => r.Code == ReasonCodes.TargetNotPositive);
        Assert.Equal("1.1.1", reason.Subject);
        Assert.Equal("'数量1' has a target of 0, not above 0: progress against time cannot be measured", reason.MessageEn);
        Assert.Equal("指标“数量1”目标值 0 不大于 0，无法按时间进度比较", reason.MessageZh);
        var indicator = snapshot.Indicators.Single();
        Assert.Null(indicator.Colour);
        Assert.Equal("1.1.1", indicator.Indicator.Code.Value);
        Assert.Equal(July31, snapshot.AsOf);
        Assert.Equal(Fixtures.Project, snapshot.Subject);
        Assert.Equal(Money.FromYuan(400_000m), snapshot.Execution.Budget.Spent);
    }

    [Fact]
    public void Assess_YellowAndBlueIndicators_TargetIsYellow()
    {
        var snapshot = Vendor(Fixtures.Record(July31, 1_000_000m, 400_000m, 500m, 850m));
        Assert.Equal([WarningColour.Yellow, WarningColour.Blue], snapshot.Indicators.Select(i => i.Colour!.Value));
        Assert.Equal(WarningColour.Yellow, snapshot.TargetColour);
        Assert.Equal([MonitoringSituation.Deviation], snapshot.Situations);
        Assert.Equal(MonitoringAction.Correct, snapshot.Action);
        Assert.Null(snapshot.RespondBy); // the vendor preset sets no response rule
    }

    // Edges ----------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(419.93, WarningColour.Red)]      // 59.99
    [InlineData(420, WarningColour.Yellow)]      // 60.00: yellow from 60 inclusive
    [InlineData(559.93, WarningColour.Yellow)]   // 79.99
    [InlineData(560, WarningColour.Green)]       // 80.00: green from 80 inclusive
    [InlineData(839.93, WarningColour.Green)]    // 119.99
    [InlineData(840, WarningColour.Blue)]        // 120.00: blue from 120 inclusive
    public void Assess_IndicatorAtTheBandEdges_TakesTheUpperBand(double actual, WarningColour colour) =>
        Assert.Equal(colour, Vendor(Fixtures.Record(July31, 1_000_000m, 400_000m, (decimal)actual)).Indicators.Single().Colour);

    [Theory]
    [InlineData(0.2999, WarningColour.Red)]      // 59.98
    [InlineData(0.30, WarningColour.Yellow)]     // 60.00
    [InlineData(0.39998, WarningColour.Green)]   // 79.996 rounds to 80.00: colours are decided on the rounded value
    [InlineData(0.40, WarningColour.Green)]      // 80.00
    [InlineData(0.60, WarningColour.Green)]      // 120.00: execution has no blue in the vendor preset
    public void Assess_ExecutionAtTheEndOfJune_ColoursByBands(double rate, WarningColour colour) =>
        Assert.Equal(colour, Vendor(Fixtures.Record(June30, 100_000m, 100_000m * (decimal)rate, 600m)).Execution.Colour);

    [Fact]
    public void Assess_ReverseIndicator_GreenWhenWithinTargetRedAbove()
    {
        var target = Fixtures.MonitoringTarget(withReverse: true);
        MonitoringSnapshot Run(decimal cost) => Vendor(new MonitoringRecord(target, July31, new BudgetExecution(Money.FromYuan(100m), Money.FromYuan(60m)),
            [IndicatorProgress.Measured(Fixtures.C("1.1.1"), 700m), IndicatorProgress.Measured(Fixtures.C("1.2.1"), cost)]));
        Assert.Equal(WarningColour.Green, Run(3000m).Indicators[1].Colour);
        Assert.Equal(WarningColour.Red, Run(3000.01m).Indicators[1].Colour);
        Assert.Equal(WarningColour.Red, Run(3000.01m).TargetColour);
    }

    [Theory]
    [InlineData(AchievementLevel.Achieved, WarningColour.Green)]
    [InlineData(AchievementLevel.PartlyAchieved, WarningColour.Yellow)]
    [InlineData(AchievementLevel.NotAchieved, WarningColour.Red)]
    public void Assess_QualitativeIndicator_ColourFollowsTheAchievementLevel(AchievementLevel level, WarningColour colour)
    {
        var record = new MonitoringRecord(Fixtures.MonitoringTarget(withQualitative: true), July31, new BudgetExecution(Money.FromYuan(100m), Money.FromYuan(60m)),
            [IndicatorProgress.Measured(Fixtures.C("1.1.1"), 700m), IndicatorProgress.Achieved(Fixtures.C("2.1.1"), level)]);
        Assert.Equal(colour, Vendor(record).Indicators[1].Colour);
    }

    [Fact]
    public void Assess_1JanuaryByWholeMonths_NothingIsDueYet()
    {
        var snapshot = Vendor(Fixtures.Record(new LocalDate(2025, 1, 1), 1_000_000m, 0m, 0m));
        Assert.Equal(0, snapshot.Time.Elapsed);
        Assert.Null(snapshot.Execution.Value);
        Assert.Null(snapshot.Execution.Colour);
        Assert.Null(snapshot.Indicators.Single().Colour);
        Assert.Equal(MonitoringAction.Continue, snapshot.Action);
        Assert.Contains(snapshot.Reasons, r => r.Code == ReasonCodes.NothingDueYet);
    }

    [Fact]
    public void Assess_1JanuaryByDays_OneDayOf365IsDue()
    {
        var vendor = MonitoringPresets.VendorStyle();
        var rules = new MonitoringRules(TimeProgressBasis.Days, vendor.ProgressRounding, vendor.ExecutionBands, vendor.IndicatorBands, null, null, null, vendor.Actions, vendor.ActionsSource, null, vendor.Source);
        // 1 day of 365: spending 1/365 of the budget is exactly on time (v = 100, green); nothing spent is red.
        var onTime = new MonitoringAssessor(Fixtures.RuleSetWith(rules), WeekdayCalendar.Instance).Assess(Fixtures.Record(new LocalDate(2025, 1, 1), 365m, 1m, 0m));
        Assert.Equal((1, 365), (onTime.Time.Elapsed, onTime.Time.Total));
        Assert.Equal(100m, onTime.Execution.Value);
        Assert.Equal(WarningColour.Green, onTime.Execution.Colour);
        var none = new MonitoringAssessor(Fixtures.RuleSetWith(rules), WeekdayCalendar.Instance).Assess(Fixtures.Record(new LocalDate(2025, 1, 1), 365m, 0m, 0m));
        Assert.Equal(WarningColour.Red, none.Execution.Colour);
        Assert.Equal(MonitoringAction.PauseDisbursement, none.Action);
    }

    [Fact]
    public void TimeProgress_LeapYearByDays_Has366Days() =>
        Assert.Equal((60, 366), (TimeProgress.Of(new LocalDate(2024, 2, 29), TimeProgressBasis.Days).Elapsed, TimeProgress.Of(new LocalDate(2024, 2, 29), TimeProgressBasis.Days).Total));

    [Fact]
    public void Assess_31December_WholeYearIsDue()
    {
        var snapshot = Vendor(Fixtures.Record(new LocalDate(2025, 12, 31), 1_000_000m, 800_000m, 1200m));
        Assert.Equal((12, 12), (snapshot.Time.Elapsed, snapshot.Time.Total));
        Assert.Equal(80m, snapshot.Execution.Value);
        Assert.Equal(WarningColour.Green, snapshot.Execution.Colour);
        Assert.Equal(100m, snapshot.Indicators.Single().Value);
    }

    [Fact]
    public void Assess_31DecemberSichuanBelowOctoberCheckpoint_RespondsInJanuary()
    {
        // 31 Dec 2025 is a Wednesday: 1-2 Jan (2), 5-9 Jan (7), 12-14 Jan (10), on a Monday-Friday calendar.
        var snapshot = Sichuan(Fixtures.Record(new LocalDate(2025, 12, 31), 100m, 79m));
        Assert.Equal(new ExecutionCheckpoint(10, 0.80m), snapshot.Execution.Checkpoint);
        Assert.True(snapshot.Execution.CheckpointMissed);
        Assert.Equal(new LocalDate(2026, 1, 14), snapshot.RespondBy);
    }

    // Sichuan 2025 --------------------------------------------------------------------------------------------------

    [Fact]
    public void Assess_SichuanThirtyFivePercentAtEndOfJune_WarnsAndSetsTheResponseDate()
    {
        // 30 June 2025 is a Monday: 1-4 July (4), 7-11 July (9), 14 July (10).
        var snapshot = Sichuan(Fixtures.Record(June30, 1_000_000m, 350_000m));
        Assert.Equal(new ExecutionCheckpoint(6, 0.40m), snapshot.Execution.Checkpoint);
        Assert.True(snapshot.Execution.CheckpointMissed);
        Assert.Equal([MonitoringSituation.Deviation], snapshot.Situations);
        Assert.Equal(MonitoringAction.Correct, snapshot.Action);
        Assert.Equal(new LocalDate(2025, 7, 14), snapshot.RespondBy);
        Assert.True(snapshot.SuspendedWithoutResponse);
        var reason = Assert.Single(snapshot.Reasons, r => r.Code == ReasonCodes.CheckpointMissed);
        Assert.Equal("cumulative execution 35% is below 40% by the end of month 6 → warning", reason.MessageEn);
        Assert.Equal(SourceKind.Local, reason.Source.Kind);
    }

    [Theory]
    [InlineData(30, 0.24, true)]    // last day of April: the April checkpoint applies
    [InlineData(30, 0.25, false)]   // exactly 25%: met (the minimum is inclusive)
    [InlineData(29, 0.10, false)]   // 29 April: April has not ended, no checkpoint yet
    public void Assess_SichuanLastDayOfApril_AppliesTheAprilCheckpoint(int day, double rate, bool missed)
    {
        var snapshot = Sichuan(Fixtures.Record(new LocalDate(2025, 4, day), 100m, 100m * (decimal)rate));
        Assert.Equal(missed, snapshot.Execution.CheckpointMissed);
        Assert.Equal(day == 30 ? new ExecutionCheckpoint(4, 0.25m) : null, snapshot.Execution.Checkpoint);
        Assert.Equal(missed ? MonitoringAction.Correct : MonitoringAction.Continue, snapshot.Action);
        Assert.Equal(missed, snapshot.RespondBy is not null);
    }

    [Fact]
    public void Assess_SichuanMayAfterApril_StillHeldToTheAprilCheckpoint() =>
        Assert.Equal(new ExecutionCheckpoint(4, 0.25m), Sichuan(Fixtures.Record(new LocalDate(2025, 5, 31), 100m, 30m)).Execution.Checkpoint);

    [Theory]
    [InlineData(600, 10.00, false)]   // completion 50% vs execution 40%: exactly 10 points is allowed
    [InlineData(612, 11.00, true)]    // 51% vs 40%: 11 points
    [InlineData(0, 40.00, true)]      // 0% vs 40%
    public void Assess_SichuanGapBetweenCompletionAndExecution_WarnsAboveTenPoints(double actual, double gap, bool exceeded)
    {
        var snapshot = Sichuan(Fixtures.Record(July31, 100m, 40m, (decimal)actual));
        Assert.Equal((decimal)gap, snapshot.GapPoints);
        Assert.Equal(exceeded, snapshot.GapExceeded);
        Assert.False(snapshot.Execution.CheckpointMissed); // 40% by the end of June is met
    }

    [Fact]
    public void Assess_SichuanResponseCrossingNationalDayAndMakeUpSaturday_Is21October()
    {
        var snapshot = Sichuan(Fixtures.Record(new LocalDate(2025, 9, 30), 100m, 50m), Fixtures.China2025());
        Assert.True(snapshot.Execution.CheckpointMissed); // 50% < 60% by the end of August
        Assert.Equal(new LocalDate(2025, 10, 21), snapshot.RespondBy);
        Assert.Contains("test-cn-2025", Assert.Single(snapshot.Reasons, r => r.Code == ReasonCodes.ResponseDue).MessageEn, StringComparison.Ordinal);
    }

    // Actions and likelihood -------------------------------------------------------------------------------------------

    [Fact]
    public void Assess_RedExecution_PausesDisbursement()
    {
        var snapshot = Vendor(Fixtures.Record(July31, 100m, 20m, 700m)); // 0.2 × 12 ÷ 7 × 100 = 34.29
        Assert.Equal(34.29m, snapshot.Execution.Value);
        Assert.Equal(WarningColour.Red, snapshot.Execution.Colour);
        Assert.Equal([MonitoringSituation.SeriousDeviation], snapshot.Situations);
        Assert.Equal(MonitoringAction.PauseDisbursement, snapshot.Action);
    }

    [Fact]
    public void Assess_SomeIndicatorsImpossible_Reallocates()
    {
        var target = Fixtures.MonitoringTarget(count: 2);
        var record = new MonitoringRecord(target, July31, new BudgetExecution(Money.FromYuan(100m), Money.FromYuan(60m)),
        [
            IndicatorProgress.Measured(Fixtures.C("1.1.1"), 700m, Likelihood.Certain),
            IndicatorProgress.Measured(Fixtures.C("1.1.2"), 700m, Likelihood.Impossible, [DeviationReason.Funding, DeviationReason.Staff], "资金未到位"),
        ]);
        var snapshot = Vendor(record);
        Assert.Equal([MonitoringSituation.SomeIndicatorsImpossible], snapshot.Situations);
        Assert.Equal(MonitoringAction.Reallocate, snapshot.Action);
        var reason = Assert.Single(snapshot.Reasons, r => r.Code == ReasonCodes.LikelihoodImpossible);
        Assert.Equal("1.1.2", reason.Subject);
        Assert.EndsWith("偏差原因：经费保障、人员保障", reason.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_AllIndicatorsImpossible_Stops()
    {
        var record = new MonitoringRecord(Fixtures.MonitoringTarget(), July31, new BudgetExecution(Money.FromYuan(100m), Money.FromYuan(60m)),
            [IndicatorProgress.Measured(Fixtures.C("1.1.1"), 700m, Likelihood.Impossible, [DeviationReason.Hardware])]);
        Assert.Equal(MonitoringAction.Stop, Vendor(record).Action);
    }

    [Fact]
    public void Assess_NoDataAndZeroBudget_AreReportedNotColoured()
    {
        var record = new MonitoringRecord(Fixtures.MonitoringTarget(), July31, new BudgetExecution(Money.Zero, Money.Zero), []);
        var snapshot = Vendor(record);
        Assert.Null(snapshot.Execution.Rate);
        Assert.Null(snapshot.Execution.Colour);
        Assert.Null(snapshot.TargetColour);
        Assert.Equal(ProgressState.NoData, snapshot.Indicators.Single().Progress.State);
        Assert.Contains(snapshot.Reasons, r => r.Code == ReasonCodes.ZeroBudget);
        Assert.Contains(snapshot.Reasons, r => r.Code == ReasonCodes.NoData && r.Subject == "1.1.1");
    }

    [Fact]
    public void MonitoringRecord_DateOutsideTheTargetYear_Throws() =>
        Assert.Equal("asOf", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new MonitoringRecord(Fixtures.MonitoringTarget(), new LocalDate(2026, 1, 1), new BudgetExecution(Money.FromYuan(1m), Money.Zero), [])).ParamName);

    [Fact]
    public void MonitoringRecord_ActualForAQualitativeIndicator_Throws() =>
        Assert.Equal("progress", Assert.Throws<ArgumentException>(() =>
            new MonitoringRecord(Fixtures.MonitoringTarget(withQualitative: true), July31, new BudgetExecution(Money.FromYuan(1m), Money.Zero), [IndicatorProgress.Measured(Fixtures.C("2.1.1"), 1m)])).ParamName);

    [Fact]
    public void MonitoringRules_MissingAction_Throws()
    {
        var vendor = MonitoringPresets.VendorStyle();
        var actions = vendor.Actions.Where(p => p.Key != MonitoringSituation.Deviation).ToDictionary();
        Assert.Equal("actions", Assert.Throws<ArgumentException>(() => new MonitoringRules(TimeProgressBasis.WholeMonths, vendor.ProgressRounding, null, null, null, null, null, actions, vendor.Source, null, vendor.Source)).ParamName);
    }

    [Fact]
    public void ColourBands_BlueNotAboveGreen_Throws() =>
        Assert.Equal("blueFrom", Assert.Throws<ArgumentOutOfRangeException>(() => new ColourBands(60m, 80m, 80m, Fixtures.Local)).ParamName);

    [Fact]
    public void Presets_AreEqualDataOnEveryCall()
    {
        Assert.Equal(MonitoringPresets.Sichuan2025().Checkpoints!.Checkpoints, MonitoringPresets.Sichuan2025().Checkpoints!.Checkpoints);
        Assert.Equal([0.25m, 0.40m, 0.60m, 0.80m], MonitoringPresets.Sichuan2025().Checkpoints!.Checkpoints.Select(c => c.MinimumExecution));
        Assert.Equal((10, true), (MonitoringPresets.Sichuan2025().Response!.WorkingDays, MonitoringPresets.Sichuan2025().Response!.AutomaticSuspension));
        Assert.Equal((60m, 80m, (decimal?)120m), (MonitoringPresets.VendorStyle().IndicatorBands!.YellowFrom, MonitoringPresets.VendorStyle().IndicatorBands!.GreenFrom, MonitoringPresets.VendorStyle().IndicatorBands!.BlueFrom));
    }

    // Self-evaluation cross-check ----------------------------------------------------------------------------------------

    private static readonly MonitoringAssessor Cross = new(Fixtures.National, WeekdayCalendar.Instance);

    [Theory]
    [InlineData(75.6, 8, WarningColour.Green)]   // completion 0.84 = 0.8 × 1.05 exactly: allowed (exclusive)
    [InlineData(75.61, 8, WarningColour.Red)]    // 0.8401 > 0.84
    [InlineData(81.87, 8.5, WarningColour.Red)]  // EXAMPLES §1: 0.9097 > 0.85 × 1.05 = 0.8925
    public void CrossCheck_ClaimAheadOfSpending_IsRedAboveFivePercentRelative(double indicatorScore, double executionScore, WarningColour colour)
    {
        var budget = new BudgetExecution(Money.FromYuan(100m), Money.FromYuan(85m));
        Assert.Equal(colour, Cross.CrossCheck((decimal)indicatorScore, 90m, (decimal)executionScore, 10m, budget).Colour);
    }

    [Theory]
    [InlineData(80, WarningColour.Green)]    // 20% unspent exactly: allowed
    [InlineData(79, WarningColour.Yellow)]   // 21% unspent
    public void CrossCheck_Unspent_IsYellowAboveTwentyPercent(double spent, WarningColour colour)
    {
        var budget = new BudgetExecution(Money.FromYuan(100m), Money.FromYuan((decimal)spent));
        var result = Cross.CrossCheck(70m, 90m, (decimal)spent / 10m, 10m, budget);
        Assert.Equal(colour, result.Colour);
    }

    [Fact]
    public void CrossCheck_ZeroBudget_IsYellow()
    {
        var result = Cross.CrossCheck(0m, 90m, 0m, 10m, new BudgetExecution(Money.Zero, Money.Zero));
        Assert.Equal(WarningColour.Yellow, result.Colour);
        Assert.Null(result.UnspentShare);
        Assert.Equal(ReasonCodes.Unspent, Assert.Single(result.Reasons).Code);
    }
}
