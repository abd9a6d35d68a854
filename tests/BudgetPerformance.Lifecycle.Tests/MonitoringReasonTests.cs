using System.Collections.Generic;
using System.Linq;
using BudgetPerformance.Calendars;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Json;
using BudgetPerformance.Monitoring;
using BudgetPerformance.Rules;
using BudgetPerformance.Scoring;
using BudgetPerformance.Scoring.Monitoring;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Lifecycle.Tests;

/// <summary>
/// The reasons of a monitoring snapshot and of the self-evaluation cross-check, word for word, as docs/rules/monitoring.md
/// ("Reasons") gives their forms. Every expected text is built from the inputs' numbers by the rules of that page.
/// </summary>
public class MonitoringReasonTests
{
    private static readonly LocalDate July31 = new(2025, 7, 31);
    private static readonly LocalDate June30 = new(2025, 6, 30);

    private static MonitoringSnapshot Vendor(MonitoringRecord record) => new MonitoringAssessor(Fixtures.National, WeekdayCalendar.Instance).Assess(record);

    private static MonitoringSnapshot Sichuan(MonitoringRecord record) => new MonitoringAssessor(Fixtures.Sichuan2025, WeekdayCalendar.Instance).Assess(record);

    private static (string? Subject, string Zh, string En) Texts(DecisionReason r) => (r.Subject, r.MessageZh, r.MessageEn);

    private static BudgetExecution Budget(decimal budget, decimal spent) => new(Money.FromYuan(budget), Money.FromYuan(spent));

    /// <summary>1.1.1 数量1 ≥ 1200 个, 1.2.1 亩均成本 ≤ 3000 元/亩, 1.2.2 返工率 &lt; 5 %, 2.1.1 长效管护 (qualitative).</summary>
    internal static PerformanceTarget MixedTarget()
    {
        var quantity = new LevelTwoIndicator(Fixtures.C("1.1"), "数量指标", IndicatorClass.Quantity, 10m,
            [LevelThreeIndicator.Quantitative(Fixtures.C("1.1.1"), "数量1", Direction.AtLeast, 1200m, "个", 10m, ValueBasis.Plan, "数量")]);
        var cost = new LevelTwoIndicator(Fixtures.C("1.2"), "成本指标", IndicatorClass.OutputCost, 20m,
        [
            LevelThreeIndicator.Quantitative(Fixtures.C("1.2.1"), "亩均成本", Direction.AtMost, 3000m, "元/亩", 10m, ValueBasis.Plan, "成本"),
            LevelThreeIndicator.Quantitative(Fixtures.C("1.2.2"), "返工率", Direction.LessThan, 5m, "%", 10m, ValueBasis.Plan, "返工数 ÷ 总数"),
        ]);
        var impact = new LevelTwoIndicator(Fixtures.C("2.1"), "可持续影响指标", IndicatorClass.SustainableImpact, 10m,
            [LevelThreeIndicator.Qualitative(Fixtures.C("2.1.1"), "长效管护", 10m, ValueBasis.Plan, "管护机制")]);
        return new PerformanceTarget(Fixtures.Project, Fixtures.Year2025, "建设", new IndicatorTree(IndicatorWeighting.Weighted,
        [
            new LevelOneIndicator(Fixtures.C("1"), "产出指标", IndicatorClass.Output, 30m, [quantity, cost]),
            new LevelOneIndicator(Fixtures.C("2"), "效益指标", IndicatorClass.Benefit, 10m, [impact]),
        ]), "U01");
    }

    // The whole list, EXAMPLES.md §4 ------------------------------------------------------------------------------------

    [Fact]
    public void Assess_Examples4_GivesEveryReasonInTheDocumentedOrderAndWords()
    {
        // 0.40 ÷ 7/12 × 100 = 68.57 yellow; 500 ÷ 700 = 71.43 yellow; 850 ÷ 700 = 121.43 blue; the worst is yellow.
        var snapshot = Vendor(Fixtures.Record(July31, 1_000_000m, 400_000m, 500m, 850m));
        Assert.Equal(
            [ReasonCodes.ExecutionColour, ReasonCodes.IndicatorColour, ReasonCodes.IndicatorColour, ReasonCodes.TargetColour, ReasonCodes.Action],
            snapshot.Reasons.Select(r => r.Code));
        Assert.Equal(
            new (string?, string, string)[]
            {
                (null, "预算执行率 40% ÷ 时间进度 7/12 × 100 = 68.57，[60, 80) → 黄色", "execution 40% ÷ time progress 7/12 × 100 = 68.57, [60, 80) → Yellow"),
                ("1.1.1", "指标“数量1”实际 500 ÷ (目标 1200 × 时间进度 7/12) × 100 = 71.43，[60, 80) → 黄色", "'数量1': actual 500 ÷ (target 1200 × time progress 7/12) × 100 = 71.43, [60, 80) → Yellow"),
                ("1.1.2", "指标“数量2”实际 850 ÷ (目标 1200 × 时间进度 7/12) × 100 = 121.43，≥ 120 → 蓝色", "'数量2': actual 850 ÷ (target 1200 × time progress 7/12) × 100 = 121.43, ≥ 120 → Blue"),
                (null, "绩效目标颜色取各指标最差者 → 黄色", "the target's colour is the worst of its indicators' → Yellow"),
                (null, "情形：一般偏差 → 建议纠偏", "situation: Deviation → recommended action: Correct"),
            },
            snapshot.Reasons.Select(Texts));
        var vendor = MonitoringPresets.VendorStyle();
        Assert.Equal([vendor.ExecutionBands!.Source, vendor.IndicatorBands!.Source, vendor.IndicatorBands.Source, vendor.IndicatorBands.Source, vendor.ActionsSource],
            snapshot.Reasons.Select(r => r.Source));
        Assert.Equal("财预〔2019〕136号", snapshot.Reasons[^1].Source.Reference);
    }

    // Bands --------------------------------------------------------------------------------------------------------------

    [Fact]
    public void Assess_RedExecutionAndGreenIndicator_NameTheirBands()
    {
        // 0.20 × 12 ÷ 7 × 100 = 34.29 < 60 red; 700 ÷ (1200 × 7/12) × 100 = 100 in [80, 120) green.
        var snapshot = Vendor(Fixtures.Record(July31, 100m, 20m, 700m));
        Assert.Equal((null, "预算执行率 20% ÷ 时间进度 7/12 × 100 = 34.29，< 60 → 红色", "execution 20% ÷ time progress 7/12 × 100 = 34.29, < 60 → Red"),
            Texts(Assert.Single(snapshot.Reasons, r => r.Code == ReasonCodes.ExecutionColour)));
        Assert.Equal(("1.1.1", "指标“数量1”实际 700 ÷ (目标 1200 × 时间进度 7/12) × 100 = 100，[80, 120) → 绿色", "'数量1': actual 700 ÷ (target 1200 × time progress 7/12) × 100 = 100, [80, 120) → Green"),
            Texts(Assert.Single(snapshot.Reasons, r => r.Code == ReasonCodes.IndicatorColour)));
        Assert.Equal((null, "情形：严重偏差 → 建议暂缓拨款", "situation: Serious deviation → recommended action: Pause disbursement"),
            Texts(Assert.Single(snapshot.Reasons, r => r.Code == ReasonCodes.Action)));
    }

    [Fact]
    public void Assess_GreenExecutionWithoutBlueAndRedIndicator_NameTheirBands()
    {
        // 31 December: 0.80 ÷ 12/12 × 100 = 80 green (execution has no blue: ≥ 80); 350 ÷ 1200 × 100 = 29.17 red.
        var snapshot = Vendor(Fixtures.Record(new LocalDate(2025, 12, 31), 1_000_000m, 800_000m, 350m));
        Assert.Equal("预算执行率 80% ÷ 时间进度 12/12 × 100 = 80，≥ 80 → 绿色", Assert.Single(snapshot.Reasons, r => r.Code == ReasonCodes.ExecutionColour).MessageZh);
        Assert.Equal("execution 80% ÷ time progress 12/12 × 100 = 80, ≥ 80 → Green", Assert.Single(snapshot.Reasons, r => r.Code == ReasonCodes.ExecutionColour).MessageEn);
        var indicator = Assert.Single(snapshot.Reasons, r => r.Code == ReasonCodes.IndicatorColour);
        Assert.Equal("指标“数量1”实际 350 ÷ (目标 1200 × 时间进度 12/12) × 100 = 29.17，< 60 → 红色", indicator.MessageZh);
        Assert.Equal("'数量1': actual 350 ÷ (target 1200 × time progress 12/12) × 100 = 29.17, < 60 → Red", indicator.MessageEn);
        Assert.Equal(("绩效目标颜色取各指标最差者 → 红色", "the target's colour is the worst of its indicators' → Red"),
            Assert.Single(snapshot.Reasons, r => r.Code == ReasonCodes.TargetColour) is var t ? (t.MessageZh, t.MessageEn) : default);
    }

    // Time, money and data ---------------------------------------------------------------------------------------------------

    [Fact]
    public void Assess_1January_SaysNothingIsDueAndThatTheProjectIsOnTrack()
    {
        var snapshot = Vendor(Fixtures.Record(new LocalDate(2025, 1, 1), 1_000_000m, 0m, 0m));
        Assert.Equal([ReasonCodes.NothingDueYet, ReasonCodes.Action], snapshot.Reasons.Select(r => r.Code));
        Assert.Equal((null, "时间进度 0/12：尚无应完成进度，不按时间进度预警", "time progress 0/12: nothing is due yet, progress against time is not measured"), Texts(snapshot.Reasons[0]));
        Assert.Equal(MonitoringPresets.VendorStyle().Source, snapshot.Reasons[0].Source);
        Assert.Equal((null, "情形：正常 → 建议继续实施", "situation: On track → recommended action: Continue"), Texts(snapshot.Reasons[1]));
    }

    [Fact]
    public void Assess_ZeroBudgetAndNoData_SayWhyNothingIsMeasured()
    {
        var snapshot = Vendor(new MonitoringRecord(Fixtures.MonitoringTarget(), July31, Budget(0m, 0m), []));
        Assert.Equal([ReasonCodes.ZeroBudget, ReasonCodes.NoData, ReasonCodes.Action], snapshot.Reasons.Select(r => r.Code));
        Assert.Equal((null, "调整后预算数为 0，无法计算预算执行进度", "the adjusted budget is 0: execution cannot be measured"), Texts(snapshot.Reasons[0]));
        Assert.Equal(("1.1.1", "指标“数量1”未填报完成情况", "no progress was reported for '数量1'"), Texts(snapshot.Reasons[1]));
        var family = MonitoringPresets.VendorStyle().Source;
        Assert.Equal((family, family), (snapshot.Reasons[0].Source, snapshot.Reasons[1].Source));
    }

    // Checkpoints, gap and response (Sichuan 2025) ---------------------------------------------------------------------

    [Fact]
    public void Assess_SichuanMissedJuneCheckpoint_WarnsAndSetsTheResponseInBothLanguages()
    {
        // 35% < 40% by the end of June; Monday 30 June + 10 working days (Monday to Friday) = 14 July.
        var snapshot = Sichuan(Fixtures.Record(June30, 1_000_000m, 350_000m));
        Assert.Equal([ReasonCodes.CheckpointMissed, ReasonCodes.NoData, ReasonCodes.Action, ReasonCodes.ResponseDue], snapshot.Reasons.Select(r => r.Code));
        Assert.Equal((null, "截至 6 月末累计预算执行率 35% 低于 40% → 预警", "cumulative execution 35% is below 40% by the end of month 6 → warning"), Texts(snapshot.Reasons[0]));
        Assert.Equal((null, "情形：一般偏差 → 建议纠偏", "situation: Deviation → recommended action: Correct"), Texts(snapshot.Reasons[2]));
        Assert.Equal((null,
            "单位须在 10 个工作日内（2025-07-14 前，含当日，按工作日历“monday-to-friday”）作出继续实施、调整或取消的选择，逾期自动暂停资金",
            "the unit must respond within 10 working days (by 2025-07-14 inclusive, on the calendar 'monday-to-friday'); otherwise funds are suspended automatically"),
            Texts(snapshot.Reasons[3]));
        var sichuan = MonitoringPresets.Sichuan2025();
        Assert.Equal([sichuan.Checkpoints!.Source, sichuan.Source, sichuan.ActionsSource, sichuan.Response!.Source], snapshot.Reasons.Select(r => r.Source));
    }

    [Fact]
    public void Assess_SichuanAprilCheckpointMetExactly_SaysSoAndSetsNoResponse()
    {
        var snapshot = Sichuan(Fixtures.Record(new LocalDate(2025, 4, 30), 100m, 25m));
        Assert.Equal([ReasonCodes.CheckpointMet, ReasonCodes.NoData, ReasonCodes.Action], snapshot.Reasons.Select(r => r.Code));
        Assert.Equal((null, "截至 4 月末累计预算执行率 25% 不低于 25%", "cumulative execution 25% is at least 25% by the end of month 4"), Texts(snapshot.Reasons[0]));
        Assert.Equal(MonitoringPresets.Sichuan2025().Checkpoints!.Source, snapshot.Reasons[0].Source);
        Assert.Equal("情形：正常 → 建议继续实施", snapshot.Reasons[2].MessageZh);
    }

    [Fact]
    public void Assess_SichuanGapOfElevenPoints_IsExplained()
    {
        // 612 ÷ 1200 = 51% against 40%: 11 points, more than 10; Thursday 31 July + 10 working days = 14 August.
        var snapshot = Sichuan(Fixtures.Record(July31, 100m, 40m, 612m));
        Assert.Equal([ReasonCodes.CheckpointMet, ReasonCodes.GapExceeded, ReasonCodes.Action, ReasonCodes.ResponseDue], snapshot.Reasons.Select(r => r.Code));
        Assert.Equal((null, "截至 6 月末累计预算执行率 40% 不低于 40%", "cumulative execution 40% is at least 40% by the end of month 6"), Texts(snapshot.Reasons[0]));
        Assert.Equal((null,
            "目标完成进度 51% 与预算执行进度 40% 相差 11 个百分点，超过 10 个百分点 → 预警",
            "target completion 51% and execution 40% differ by 11 percentage points, more than 10 → warning"), Texts(snapshot.Reasons[1]));
        Assert.Equal(MonitoringPresets.Sichuan2025().Gap!.Source, snapshot.Reasons[1].Source);
        Assert.Contains("2025-08-14", snapshot.Reasons[3].MessageZh, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_SichuanGapOfExactlyTenPoints_GivesNoGapReason()
    {
        // 600 ÷ 1200 = 50% against 40%: exactly 10 points is allowed.
        var snapshot = Sichuan(Fixtures.Record(July31, 100m, 40m, 600m));
        Assert.Equal(10.00m, snapshot.GapPoints);
        Assert.Equal([ReasonCodes.CheckpointMet, ReasonCodes.Action], snapshot.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Assess_ResponseWithoutAutomaticSuspension_OmitsTheSuspensionClause()
    {
        var sichuan = MonitoringPresets.Sichuan2025();
        var rules = new MonitoringRules(sichuan.TimeProgress, sichuan.ProgressRounding, null, null, sichuan.Checkpoints, sichuan.Gap,
            new ResponseRule(5, false, Fixtures.Local), sichuan.Actions, sichuan.ActionsSource, null, sichuan.Source);
        // Monday 30 June + 5 working days: 1, 2, 3, 4, 7 July.
        var snapshot = new MonitoringAssessor(Fixtures.RuleSetWith(rules), WeekdayCalendar.Instance).Assess(Fixtures.Record(June30, 100m, 35m));
        Assert.Equal(new LocalDate(2025, 7, 7), snapshot.RespondBy);
        Assert.False(snapshot.SuspendedWithoutResponse);
        var reason = Assert.Single(snapshot.Reasons, r => r.Code == ReasonCodes.ResponseDue);
        Assert.Equal("单位须在 5 个工作日内（2025-07-07 前，含当日，按工作日历“monday-to-friday”）作出继续实施、调整或取消的选择", reason.MessageZh);
        Assert.Equal("the unit must respond within 5 working days (by 2025-07-07 inclusive, on the calendar 'monday-to-friday')", reason.MessageEn);
        Assert.Equal(Fixtures.Local, reason.Source);
    }

    [Fact]
    public void Assess_ResponseOnAHolidayCalendar_NamesThatCalendar()
    {
        // 50% < 60% by the end of August; 1–8 October are holidays, Saturday 11 October is worked: 9, 10, 11, 13–17, 20, 21.
        var snapshot = new MonitoringAssessor(Fixtures.Sichuan2025, Fixtures.China2025()).Assess(Fixtures.Record(new LocalDate(2025, 9, 30), 100m, 50m));
        var reason = Assert.Single(snapshot.Reasons, r => r.Code == ReasonCodes.ResponseDue);
        Assert.Equal("单位须在 10 个工作日内（2025-10-21 前，含当日，按工作日历“test-cn-2025”）作出继续实施、调整或取消的选择，逾期自动暂停资金", reason.MessageZh);
        Assert.Equal("the unit must respond within 10 working days (by 2025-10-21 inclusive, on the calendar 'test-cn-2025'); otherwise funds are suspended automatically", reason.MessageEn);
    }

    // Reverse and qualitative indicators ---------------------------------------------------------------------------------

    private static MonitoringSnapshot Mixed(decimal cost, decimal rework, AchievementLevel level, IEnumerable<IndicatorProgress>? extra = null) =>
        Vendor(new MonitoringRecord(MixedTarget(), July31, Budget(100m, 60m),
        [
            IndicatorProgress.Measured(Fixtures.C("1.1.1"), 700m),
            IndicatorProgress.Measured(Fixtures.C("1.2.1"), cost),
            IndicatorProgress.Measured(Fixtures.C("1.2.2"), rework),
            IndicatorProgress.Achieved(Fixtures.C("2.1.1"), level),
            .. extra ?? [],
        ]));

    private static DecisionReason ColourOf(MonitoringSnapshot snapshot, string code) =>
        Assert.Single(snapshot.Reasons, r => r.Code == ReasonCodes.IndicatorColour && r.Subject == code);

    [Fact]
    public void Assess_ReverseIndicatorsThatMeetTheirDirection_SayMeets()
    {
        var snapshot = Mixed(3000m, 4.99m, AchievementLevel.Achieved);
        Assert.Equal(("1.2.1", "反向指标“亩均成本”实际 3000 满足 <= 3000 → 绿色", "reverse '亩均成本': actual 3000 meets <= 3000 → Green"), Texts(ColourOf(snapshot, "1.2.1")));
        Assert.Equal(("1.2.2", "反向指标“返工率”实际 4.99 满足 < 5 → 绿色", "reverse '返工率': actual 4.99 meets < 5 → Green"), Texts(ColourOf(snapshot, "1.2.2")));
        Assert.Equal(MonitoringPresets.VendorStyle().IndicatorBands!.Source, ColourOf(snapshot, "1.2.2").Source);
    }

    [Fact]
    public void Assess_ReverseIndicatorsThatFailTheirDirection_SayFails()
    {
        var snapshot = Mixed(3000.01m, 5m, AchievementLevel.Achieved);
        Assert.Equal(("1.2.1", "反向指标“亩均成本”实际 3000.01 不满足 <= 3000 → 红色", "reverse '亩均成本': actual 3000.01 fails <= 3000 → Red"), Texts(ColourOf(snapshot, "1.2.1")));
        Assert.Equal(("1.2.2", "反向指标“返工率”实际 5 不满足 < 5 → 红色", "reverse '返工率': actual 5 fails < 5 → Red"), Texts(ColourOf(snapshot, "1.2.2")));
    }

    [Theory]
    [InlineData(AchievementLevel.Achieved, "达成年度指标", "Achieved", "绿色", "Green")]
    [InlineData(AchievementLevel.PartlyAchieved, "部分达成年度指标并具有一定效果", "Partly achieved, with some effect", "黄色", "Yellow")]
    [InlineData(AchievementLevel.NotAchieved, "未达成年度指标且效果较差", "Not achieved, poor effect", "红色", "Red")]
    public void Assess_QualitativeIndicator_NamesTheLevelAndTheColour(AchievementLevel level, string levelZh, string levelEn, string colourZh, string colourEn)
    {
        var reason = ColourOf(Mixed(3000m, 4m, level), "2.1.1");
        Assert.Equal(($"定性指标“长效管护”{levelZh} → {colourZh}", $"qualitative '长效管护': {levelEn} → {colourEn}"), (reason.MessageZh, reason.MessageEn));
        Assert.Equal(MonitoringPresets.VendorStyle().IndicatorBands!.Source, reason.Source);
    }

    [Fact]
    public void Assess_MixedTarget_ListsTheIndicatorsInTreeOrder()
    {
        var snapshot = Mixed(3000m, 4m, AchievementLevel.PartlyAchieved);
        Assert.Equal(["1.1.1", "1.2.1", "1.2.2", "2.1.1"], snapshot.Reasons.Where(r => r.Code == ReasonCodes.IndicatorColour).Select(r => r.Subject!));
        // 60% by the end of July: 0.6 × 12 ÷ 7 × 100 = 102.86 green; indicators green, green, green, yellow → yellow.
        Assert.Equal("绩效目标颜色取各指标最差者 → 黄色", Assert.Single(snapshot.Reasons, r => r.Code == ReasonCodes.TargetColour).MessageZh);
    }

    // Likelihood and action --------------------------------------------------------------------------------------------------

    [Fact]
    public void Assess_ImpossibleWithoutReasons_SaysSoWithoutAReasonList()
    {
        var record = new MonitoringRecord(Fixtures.MonitoringTarget(count: 2), July31, Budget(100m, 60m),
        [
            IndicatorProgress.Measured(Fixtures.C("1.1.1"), 700m, Likelihood.Possible, [DeviationReason.Other]),
            IndicatorProgress.Measured(Fixtures.C("1.1.2"), 700m, Likelihood.Impossible),
        ]);
        var snapshot = Vendor(record);
        var reason = Assert.Single(snapshot.Reasons, r => r.Code == ReasonCodes.LikelihoodImpossible);
        Assert.Equal(("1.1.2", "单位填报指标“数量2”完全不可能完成", "the unit recorded '数量2' as impossible to reach"), Texts(reason));
        Assert.Equal(MonitoringPresets.VendorStyle().Source, reason.Source);
    }

    [Fact]
    public void Assess_ImpossibleWithReasons_ListsThemInBothLanguages()
    {
        var record = new MonitoringRecord(Fixtures.MonitoringTarget(), July31, Budget(100m, 60m),
            [IndicatorProgress.Measured(Fixtures.C("1.1.1"), 700m, Likelihood.Impossible, [DeviationReason.Funding, DeviationReason.Staff])]);
        var reason = Assert.Single(Vendor(record).Reasons, r => r.Code == ReasonCodes.LikelihoodImpossible);
        Assert.Equal(("1.1.1", "单位填报指标“数量1”完全不可能完成，偏差原因：经费保障、人员保障", "the unit recorded '数量1' as impossible to reach; deviation reasons: Funding, Staff"), Texts(reason));
    }

    [Fact]
    public void Assess_ImpossibleSingleReason_ListsIt()
    {
        var record = new MonitoringRecord(Fixtures.MonitoringTarget(), July31, Budget(100m, 60m),
            [IndicatorProgress.Measured(Fixtures.C("1.1.1"), 700m, Likelihood.Impossible, [DeviationReason.Hardware])]);
        var snapshot = Vendor(record);
        var reason = Assert.Single(snapshot.Reasons, r => r.Code == ReasonCodes.LikelihoodImpossible);
        Assert.Equal(("单位填报指标“数量1”完全不可能完成，偏差原因：硬件条件保障", "the unit recorded '数量1' as impossible to reach; deviation reasons: Hardware"), (reason.MessageZh, reason.MessageEn));
        Assert.Equal(("情形：全部指标完全不可能完成 → 建议停止拨款", "situation: All indicators impossible → recommended action: Stop"),
            Assert.Single(snapshot.Reasons, r => r.Code == ReasonCodes.Action) is var a ? (a.MessageZh, a.MessageEn) : default);
    }

    [Fact]
    public void Assess_TwoSituations_ActionNamesBothAndTakesTheMoreSevere()
    {
        // 20% by the end of July is red (34.29): serious deviation; one of two indicators impossible; the worse action wins.
        var record = new MonitoringRecord(Fixtures.MonitoringTarget(count: 2), July31, Budget(100m, 20m),
        [
            IndicatorProgress.Measured(Fixtures.C("1.1.1"), 700m, Likelihood.Certain),
            IndicatorProgress.Measured(Fixtures.C("1.1.2"), 700m, Likelihood.Impossible, [DeviationReason.Funding]),
        ]);
        var snapshot = Vendor(record);
        Assert.Equal([MonitoringSituation.SeriousDeviation, MonitoringSituation.SomeIndicatorsImpossible], snapshot.Situations);
        Assert.Equal(MonitoringAction.PauseDisbursement, snapshot.Action);
        var reason = Assert.Single(snapshot.Reasons, r => r.Code == ReasonCodes.Action);
        Assert.Equal((null, "情形：严重偏差、部分指标完全不可能完成 → 建议暂缓拨款", "situation: Serious deviation, Some indicators impossible → recommended action: Pause disbursement"), Texts(reason));
        Assert.Equal(MonitoringPresets.VendorStyle().ActionsSource, reason.Source);
    }

    // Self-evaluation cross-check -------------------------------------------------------------------------------------------

    private static readonly SelfEvaluationCrossCheckRules Cross = MonitoringPresets.VendorStyle().CrossCheck!;

    private static readonly MonitoringAssessor Assessor = new(Fixtures.National, WeekdayCalendar.Instance);

    [Fact]
    public void CrossCheck_ClaimAheadOfSpending_ExplainsTheComparison()
    {
        // 81.87 ÷ 90 = 0.90966… (90.97%) > 8.5 ÷ 10 × 1.05 = 0.8925; 15% unspent is allowed.
        var result = Assessor.CrossCheck(81.87m, 90m, 8.5m, 10m, Budget(100m, 85m));
        Assert.Equal(WarningColour.Red, result.Colour);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal(ReasonCodes.ClaimAheadOfSpending, reason.Code);
        Assert.Equal((null, "指标完成度 81.87 ÷ 90 = 90.97% 高于预算执行 8.5 ÷ 10 = 85% 的 (1 + 5%) 倍 → 红色",
            "claimed completion 81.87 ÷ 90 = 90.97% exceeds execution 8.5 ÷ 10 = 85% by more than 5% relative → red"), Texts(reason));
        Assert.Equal(Cross.Source, reason.Source);
    }

    [Fact]
    public void CrossCheck_TwentyOnePercentUnspent_ExplainsTheShare()
    {
        // 70 ÷ 90 = 0.7778 ≤ 0.79 × 1.05 = 0.8295: not ahead; 21% unspent > 20%.
        var result = Assessor.CrossCheck(70m, 90m, 7.9m, 10m, Budget(100m, 79m));
        Assert.Equal(WarningColour.Yellow, result.Colour);
        Assert.Equal(0.21m, result.UnspentShare);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal((ReasonCodes.Unspent, "未支出比例 21% 超过 20% → 黄色", "21% of the budget is unspent, more than 20% → yellow"), (reason.Code, reason.MessageZh, reason.MessageEn));
        Assert.Equal(Cross.Source, reason.Source);
    }

    [Fact]
    public void CrossCheck_ZeroBudget_ExplainsTheYellow()
    {
        var result = Assessor.CrossCheck(0m, 90m, 0m, 10m, Budget(0m, 0m));
        var reason = Assert.Single(result.Reasons);
        Assert.Equal((ReasonCodes.Unspent, "调整后预算数为 0 → 黄色", "the adjusted budget is 0 → yellow"), (reason.Code, reason.MessageZh, reason.MessageEn));
        Assert.Equal(Cross.Source, reason.Source);
    }

    [Fact]
    public void CrossCheck_Consistent_SaysGreen()
    {
        // 70 ÷ 90 = 77.78% ≤ 0.8 × 1.05; exactly 20% unspent is allowed.
        var result = Assessor.CrossCheck(70m, 90m, 8m, 10m, Budget(100m, 80m));
        Assert.Equal(WarningColour.Green, result.Colour);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal((ReasonCodes.CrossCheckConsistent, "指标完成度 77.78% 与预算执行 80% 相符 → 绿色", "claimed completion 77.78% is consistent with execution 80% → green"),
            (reason.Code, reason.MessageZh, reason.MessageEn));
        Assert.Equal(Cross.Source, reason.Source);
    }
}
