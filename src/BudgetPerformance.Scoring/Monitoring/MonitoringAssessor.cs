using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Calendars;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Monitoring;
using BudgetPerformance.Problems;
using BudgetPerformance.Rules;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Scoring.Monitoring;

/// <summary>
/// Monitoring (绩效运行监控): takes snapshots of monitoring records under a rule set's monitoring family
/// (<see cref="MonitoringRules"/>) and a working-day calendar, colours budget execution against time, and cross-checks
/// self-evaluations against spending. The snapshot date is the record's <see cref="MonitoringRecord.AsOf"/>
/// (never a clock); the same input always gives the same result.
/// </summary>
/// <remarks>
/// <para>Situations: <see cref="MonitoringSituation.SeriousDeviation"/> when execution or the target is red;
/// <see cref="MonitoringSituation.Deviation"/> when either is yellow, a checkpoint is missed or the gap is exceeded;
/// <see cref="MonitoringSituation.SomeIndicatorsImpossible"/> / <see cref="MonitoringSituation.AllIndicatorsImpossible"/>
/// from the recorded likelihoods; <see cref="MonitoringSituation.OnTrack"/> when none holds. Blue (over-run) is not a
/// deviation. The action is the most severe of the situations' actions. When a situation other than on-track holds and
/// the family has a response rule, the unit must respond by the N-th working day strictly after the snapshot date.</para>
/// <para>The working-day calendar is given to the constructor, with the rule set: like the rule set it belongs to the
/// jurisdiction and is the same for every record an assessor sees. It is read only to count the response date
/// (<see cref="MonitoringRules.Response"/>): time progress is counted in calendar months or days
/// (<see cref="MonitoringRules.TimeProgress"/>), and <see cref="ExecutionColour"/> and <see cref="CrossCheck"/> do not read
/// it. It is required even when the family has no response rule: there is no default calendar (pass
/// <see cref="WeekdayCalendar.Instance"/> for Monday to Friday without holidays).</para>
/// <para>The parts of the monitoring family are optional. <see cref="Assess"/> applies those present; <see cref="ExecutionColour"/>
/// needs the execution bands and <see cref="CrossCheck"/> the self-evaluation cross-check, and each throws
/// <see cref="InvalidOperationException"/> naming the missing part, before any work, when its part is missing (it never
/// falls back to a default). A caller can check <c>RuleSet.Monitoring.ExecutionBands</c> and <c>RuleSet.Monitoring.CrossCheck</c>
/// first.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed partial class MonitoringAssessor : IStageEngine<MonitoringAssessor>
{
    private readonly MonitoringRules rules;

    /// <summary>Creates an assessor.</summary>
    /// <param name="ruleSet">The rule set; it must carry the <see cref="RequiredFamilies"/>.</param>
    /// <param name="calendar">The working-day calendar the response date is counted on.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="DomainInvariantException">The rule set has no monitoring family (<c>rule-family-missing</c>, the problem
    /// <see cref="FindProblems"/> gives; parameter <c>ruleSet</c>).</exception>
    public MonitoringAssessor(RuleSet ruleSet, IWorkingDayCalendar calendar)
    {
        Guard.Against.Null(ruleSet);
        Guard.Against.Null(calendar);
        RuleSet = StageEngine.Require<MonitoringAssessor>(ruleSet);
        Calendar = calendar;
        rules = ruleSet.Monitoring!;
    }

    /// <summary>The stage: <see cref="LifecycleStage.Monitoring"/>.</summary>
    public static LifecycleStage Stage => LifecycleStage.Monitoring;

    /// <summary>The families an assessor reads besides grading: the monitoring family (its cross-check included).</summary>
    public static IReadOnlyList<RuleFamily> RequiredFamilies { get; } = ImmutableArray.Create(RuleFamily.Monitoring);

    /// <summary>The rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The working-day calendar the response date is counted on.</summary>
    public IWorkingDayCalendar Calendar { get; }

    /// <summary>The problem of monitoring under <paramref name="ruleSet"/>: one <c>rule-family-missing</c>, or none. The
    /// constructor refuses the same rule sets.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(RuleSet ruleSet) => StageEngine.FindProblems<MonitoringAssessor>(ruleSet);

    /// <summary>Takes the snapshot of a record.</summary>
    /// <param name="record">The monitoring record (its date is the snapshot date).</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The calendar does not cover a date the response date is counted over.</exception>
    public MonitoringSnapshot Assess(MonitoringRecord record)
    {
        Guard.Against.Null(record);
        var calendar = Calendar;

        var reasons = new List<DecisionReason>();
        void Add(string code, string? subject, string zh, string en, SourceCitation source) => reasons.Add(new DecisionReason(code, subject, zh, en, source));

        var asOf = record.AsOf;
        var time = TimeProgress.Of(asOf, rules.TimeProgress);
        var timeText = time.ToString();
        if (time.NothingDue)
        {
            Add(ReasonCodes.NothingDueYet, null, $"时间进度 {timeText}：尚无应完成进度，不按时间进度预警", $"time progress {timeText}: nothing is due yet, progress against time is not measured", rules.Source);
        }

        // Money -------------------------------------------------------------------------------------------------------
        var budget = record.Budget;
        decimal? rate = budget.Rate?.Value;
        decimal? executionValue = null;
        WarningColour? executionColour = null;
        if (rate is null)
        {
            Add(ReasonCodes.ZeroBudget, null, "调整后预算数为 0，无法计算预算执行进度", "the adjusted budget is 0: execution cannot be measured", rules.Source);
        }
        else if (!time.NothingDue)
        {
            executionValue = rules.ProgressRounding.Apply(rate.Value * 100m * time.Total / time.Elapsed);
            if (rules.ExecutionBands is { } bands)
            {
                executionColour = bands.ColourOf(executionValue.Value);
                var c = DisplayNames.Of(executionColour.Value);
                Add(ReasonCodes.ExecutionColour, null,
                    $"预算执行率 {P(rate.Value)} ÷ 时间进度 {timeText} × 100 = {N(executionValue.Value)}，{Band(bands, executionColour.Value)} → {c.Chinese}",
                    $"execution {P(rate.Value)} ÷ time progress {timeText} × 100 = {N(executionValue.Value)}, {Band(bands, executionColour.Value)} → {c.English}",
                    bands.Source);
            }
        }

        ExecutionCheckpoint? checkpoint = null;
        var checkpointMissed = false;
        if (rules.Checkpoints is { } checkpoints && rate is { } r)
        {
            var completedMonths = TimeProgress.CompletedMonths(asOf);
            foreach (var candidate in checkpoints.Checkpoints)
            {
                if (candidate.Month <= completedMonths)
                {
                    checkpoint = candidate;
                }
            }

            if (checkpoint is { } cp)
            {
                var month = cp.Month.ToString(CultureInfo.InvariantCulture);
                checkpointMissed = r < cp.MinimumExecution;
                if (checkpointMissed)
                {
                    Add(ReasonCodes.CheckpointMissed, null,
                        $"截至 {month} 月末累计预算执行率 {P(r)} 低于 {P(cp.MinimumExecution)} → 预警",
                        $"cumulative execution {P(r)} is below {P(cp.MinimumExecution)} by the end of month {month} → warning", checkpoints.Source);
                }
                else
                {
                    Add(ReasonCodes.CheckpointMet, null,
                        $"截至 {month} 月末累计预算执行率 {P(r)} 不低于 {P(cp.MinimumExecution)}",
                        $"cumulative execution {P(r)} is at least {P(cp.MinimumExecution)} by the end of month {month}", checkpoints.Source);
                }
            }
        }

        // Targets -----------------------------------------------------------------------------------------------------
        var indicators = new List<IndicatorMonitoring>();
        var impossible = 0;
        foreach (var indicator in record.Target.Indicators.Indicators)
        {
            var progress = record.ProgressOf(indicator.Code);
            var at = indicator.Code.ToString();
            decimal? expected = null;
            decimal? value = null;
            decimal? completion = null;
            WarningColour? colour = null;
            var bands = rules.IndicatorBands;
            switch (progress.State)
            {
                case ProgressState.NoData:
                    Add(ReasonCodes.NoData, at, $"指标“{indicator.Name}”未填报完成情况", $"no progress was reported for '{indicator.Name}'", rules.Source);
                    break;

                case ProgressState.Achievement:
                    if (bands is not null)
                    {
                        var level = progress.Achievement!.Value;
                        colour = level switch
                        {
                            AchievementLevel.Achieved => WarningColour.Green,
                            AchievementLevel.PartlyAchieved => WarningColour.Yellow,
                            _ => WarningColour.Red,
                        };
                        var l = DisplayNames.Of(level);
                        var c = DisplayNames.Of(colour.Value);
                        Add(ReasonCodes.IndicatorColour, at, $"定性指标“{indicator.Name}”{l.Chinese} → {c.Chinese}", $"qualitative '{indicator.Name}': {l.English} → {c.English}", bands.Source);
                    }

                    break;

                default:
                    var a = progress.Actual!.Value;
                    var t = indicator.Target!.Value;
                    if (indicator.Direction is Direction.AtMost or Direction.LessThan)
                    {
                        if (bands is not null)
                        {
                            var meets = indicator.Direction == Direction.AtMost ? a <= t : a < t;
                            colour = meets ? WarningColour.Green : WarningColour.Red;
                            var symbol = DirectionSymbols.Of(indicator.Direction);
                            var c = DisplayNames.Of(colour.Value);
                            Add(ReasonCodes.IndicatorColour, at,
                                $"反向指标“{indicator.Name}”实际 {N(a)} {(meets ? "满足" : "不满足")} {symbol} {N(t)} → {c.Chinese}",
                                $"reverse '{indicator.Name}': actual {N(a)} {(meets ? "meets" : "fails")} {symbol} {N(t)} → {c.English}", bands.Source);
                        }

                        break;
                    }

                    if (t <= 0m)
                    {
                        Add(ReasonCodes.TargetNotPositive, at, $"指标“{indicator.Name}”目标值 {N(t)} 不大于 0，无法按时间进度比较", $"'{indicator.Name}' has a target of {N(t)}, not above 0: progress against time cannot be measured", rules.Source);
                        break;
                    }

                    completion = Math.Min(a / t, 1m);
                    if (time.NothingDue)
                    {
                        break;
                    }

                    expected = t * time.Elapsed / time.Total;
                    value = rules.ProgressRounding.Apply(a * time.Total * 100m / (t * time.Elapsed));
                    if (bands is not null)
                    {
                        colour = bands.ColourOf(value.Value);
                        var c = DisplayNames.Of(colour.Value);
                        Add(ReasonCodes.IndicatorColour, at,
                            $"指标“{indicator.Name}”实际 {N(a)} ÷ (目标 {N(t)} × 时间进度 {timeText}) × 100 = {N(value.Value)}，{Band(bands, colour.Value)} → {c.Chinese}",
                            $"'{indicator.Name}': actual {N(a)} ÷ (target {N(t)} × time progress {timeText}) × 100 = {N(value.Value)}, {Band(bands, colour.Value)} → {c.English}",
                            bands.Source);
                    }

                    break;
            }

            if (progress.Likelihood == Likelihood.Impossible)
            {
                impossible++;
                var why = progress.DeviationReasons.Count == 0 ? null : progress.DeviationReasons.Select(DisplayNames.Of).ToArray();
                Add(ReasonCodes.LikelihoodImpossible, at,
                    $"单位填报指标“{indicator.Name}”完全不可能完成" + (why is null ? string.Empty : "，偏差原因：" + string.Join("、", why.Select(n => n.Chinese))),
                    $"the unit recorded '{indicator.Name}' as impossible to reach" + (why is null ? string.Empty : "; deviation reasons: " + string.Join(", ", why.Select(n => n.English))),
                    rules.Source);
            }

            indicators.Add(new IndicatorMonitoring(indicator, progress, expected, value, completion, colour));
        }

        WarningColour? targetColour = indicators.Any(i => i.Colour is not null) ? indicators.Where(i => i.Colour is not null).Max(i => i.Colour!.Value) : null;
        if (targetColour is { } tc && rules.IndicatorBands is { } ib)
        {
            var names = DisplayNames.Of(tc);
            Add(ReasonCodes.TargetColour, null, $"绩效目标颜色取各指标最差者 → {names.Chinese}", $"the target's colour is the worst of its indicators' → {names.English}", ib.Source);
        }

        var completions = indicators.Where(i => i.Completion is not null).Select(i => i.Completion!.Value).ToArray();
        decimal? targetCompletion = completions.Length == 0 ? null : completions.Sum() / completions.Length;
        decimal? gap = null;
        var gapExceeded = false;
        if (rules.Gap is { } gapRule && targetCompletion is { } tcomp && rate is { } rr)
        {
            gap = rules.ProgressRounding.Apply(Math.Abs(tcomp - rr) * 100m);
            gapExceeded = gap.Value > gapRule.MaximumPoints;
            if (gapExceeded)
            {
                Add(ReasonCodes.GapExceeded, null,
                    $"目标完成进度 {P(tcomp)} 与预算执行进度 {P(rr)} 相差 {N(gap.Value)} 个百分点，超过 {N(gapRule.MaximumPoints)} 个百分点 → 预警",
                    $"target completion {P(tcomp)} and execution {P(rr)} differ by {N(gap.Value)} percentage points, more than {N(gapRule.MaximumPoints)} → warning",
                    gapRule.Source);
            }
        }

        // Situations, action and response ---------------------------------------------------------------------------
        var situations = new List<MonitoringSituation>();
        if (executionColour == WarningColour.Red || targetColour == WarningColour.Red)
        {
            situations.Add(MonitoringSituation.SeriousDeviation);
        }

        if (executionColour == WarningColour.Yellow || targetColour == WarningColour.Yellow || checkpointMissed || gapExceeded)
        {
            situations.Add(MonitoringSituation.Deviation);
        }

        if (impossible > 0)
        {
            situations.Add(impossible == indicators.Count ? MonitoringSituation.AllIndicatorsImpossible : MonitoringSituation.SomeIndicatorsImpossible);
        }

        if (situations.Count == 0)
        {
            situations.Add(MonitoringSituation.OnTrack);
        }

        var action = situations.Max(s => rules.Actions[s]);
        var actionName = DisplayNames.Of(action);
        var situationNames = situations.Select(DisplayNames.Of).ToArray();
        Add(ReasonCodes.Action, null,
            $"情形：{string.Join("、", situationNames.Select(n => n.Chinese))} → 建议{actionName.Chinese}",
            $"situation: {string.Join(", ", situationNames.Select(n => n.English))} → recommended action: {actionName.English}",
            rules.ActionsSource);

        LocalDate? respondBy = null;
        var suspended = false;
        if (rules.Response is { } response && !situations.Contains(MonitoringSituation.OnTrack))
        {
            respondBy = WorkingDays.Add(calendar, asOf, response.WorkingDays);
            suspended = response.AutomaticSuspension;
            var days = response.WorkingDays.ToString(CultureInfo.InvariantCulture);
            var by = respondBy.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Add(ReasonCodes.ResponseDue, null,
                $"单位须在 {days} 个工作日内（{by} 前，含当日，按工作日历“{calendar.Id}”）作出继续实施、调整或取消的选择" + (suspended ? "，逾期自动暂停资金" : string.Empty),
                $"the unit must respond within {days} working days (by {by} inclusive, on the calendar '{calendar.Id}')" + (suspended ? "; otherwise funds are suspended automatically" : string.Empty),
                response.Source);
        }

        var execution = new ExecutionProgress(budget, rate, executionValue, executionColour, checkpoint, checkpointMissed);
        return new MonitoringSnapshot(record.Target.Subject, time, execution, indicators.AsReadOnly(), targetColour, targetCompletion, gap, gapExceeded,
            situations.AsReadOnly(), action, respondBy, suspended, new ReadOnlyCollection<DecisionReason>(reasons));
    }
}
