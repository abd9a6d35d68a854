using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using BudgetPerformance.Internal;

namespace BudgetPerformance.Rules;

/// <summary>How the time progress of the fiscal year (时间进度) is measured.</summary>
public enum TimeProgressBasis
{
    /// <summary>
    /// By whole months: the months completed as of the date ÷ 12. A month counts once its last day is reached, so
    /// 31 July is 7 ÷ 12 and 30 July 6 ÷ 12; 1 January is 0 ÷ 12 (nothing is due yet) and 31 December 12 ÷ 12.
    /// </summary>
    WholeMonths = 0,

    /// <summary>By days: the day of the year, the date itself included, ÷ the days of the year (365 or 366): 1 January is 1 ÷ 365.</summary>
    Days = 1,
}

/// <summary>A situation a monitoring snapshot can be in; the rule set maps each to a recommended action.</summary>
public enum MonitoringSituation
{
    /// <summary>正常: no warning.</summary>
    OnTrack = 0,

    /// <summary>一般偏差: a yellow colour, a missed execution checkpoint or a gap between target completion and execution.</summary>
    Deviation = 1,

    /// <summary>严重偏差: a red colour on budget execution or on the target.</summary>
    SeriousDeviation = 2,

    /// <summary>部分指标完全不可能完成: the unit recorded some (not all) indicators as impossible to reach.</summary>
    SomeIndicatorsImpossible = 3,

    /// <summary>全部指标完全不可能完成: the unit recorded every indicator as impossible to reach.</summary>
    AllIndicatorsImpossible = 4,
}

/// <summary>A recommended action of monitoring. Ordered by severity: stopping is the most severe.</summary>
public enum MonitoringAction
{
    /// <summary>继续实施, continue.</summary>
    Continue = 0,

    /// <summary>纠偏, correct the deviation.</summary>
    Correct = 1,

    /// <summary>调整/调剂资金用途, re-allocate the funds.</summary>
    Reallocate = 2,

    /// <summary>暂缓拨款, pause disbursement.</summary>
    PauseDisbursement = 3,

    /// <summary>停止拨款/取消项目, stop.</summary>
    Stop = 4,
}

/// <summary>
/// Warning-colour bands on a progress value v (a percentage of the time-proportional expectation, rounded by the
/// family's progress rounding): red below <see cref="YellowFrom"/>; yellow from <see cref="YellowFrom"/> (inclusive)
/// to <see cref="GreenFrom"/> (exclusive); green from <see cref="GreenFrom"/> (inclusive) to <see cref="BlueFrom"/>
/// (exclusive); blue (over-run) from <see cref="BlueFrom"/> (inclusive), or never when it is null.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ColourBands
{
    /// <summary>Creates the bands.</summary>
    /// <param name="yellowFrom">The lowest yellow value, inclusive (60 [D]); not negative.</param>
    /// <param name="greenFrom">The lowest green value, inclusive (80 [D]); at least <paramref name="yellowFrom"/>.</param>
    /// <param name="blueFrom">The lowest blue value, inclusive (120 [D]); above <paramref name="greenFrom"/>; null for no blue.</param>
    /// <param name="source">The source.</param>
    public ColourBands(decimal yellowFrom, decimal greenFrom, decimal? blueFrom, SourceCitation source)
    {
        Preconditions.CheckNonNegative(yellowFrom);
        if (greenFrom < yellowFrom)
        {
            throw new ArgumentOutOfRangeException(nameof(greenFrom), greenFrom, "Green must start at or above yellow.");
        }

        if (blueFrom is { } b && b <= greenFrom)
        {
            throw new ArgumentOutOfRangeException(nameof(blueFrom), blueFrom, "Blue must start above green.");
        }

        YellowFrom = yellowFrom;
        GreenFrom = greenFrom;
        BlueFrom = blueFrom;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The lowest yellow value, inclusive.</summary>
    public decimal YellowFrom { get; }

    /// <summary>The lowest green value, inclusive.</summary>
    public decimal GreenFrom { get; }

    /// <summary>The lowest blue value, inclusive, or null for no blue.</summary>
    public decimal? BlueFrom { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }

    /// <summary>The colour of a (rounded) progress value.</summary>
    /// <param name="value">The value, in percent of the expectation.</param>
    public WarningColour ColourOf(decimal value) =>
        value < YellowFrom ? WarningColour.Red
        : value < GreenFrom ? WarningColour.Yellow
        : BlueFrom is { } blue && value >= blue ? WarningColour.Blue
        : WarningColour.Green;
}

/// <summary>
/// A cumulative-execution checkpoint: by the end of <see cref="Month"/> (from its last day, inclusive) cumulative
/// execution (spent ÷ adjusted budget) below <see cref="MinimumExecution"/> (exclusive: exactly the minimum passes) is a warning.
/// </summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct ExecutionCheckpoint : IEquatable<ExecutionCheckpoint>
{
    /// <summary>Creates a checkpoint.</summary>
    /// <param name="month">The month, 1–12; the checkpoint applies from its last day.</param>
    /// <param name="minimumExecution">The minimum cumulative execution as a fraction (0.25 for 25%), in [0, 1].</param>
    public ExecutionCheckpoint(int month, decimal minimumExecution)
    {
        Month = Preconditions.CheckRange(month, 1, 12);
        if (minimumExecution is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumExecution), minimumExecution, "The minimum is a fraction in [0, 1].");
        }

        MinimumExecution = minimumExecution;
    }

    /// <summary>The month.</summary>
    public int Month { get; }

    /// <summary>The minimum cumulative execution, as a fraction.</summary>
    public decimal MinimumExecution { get; }

    /// <summary>Equality.</summary>
    public static bool operator ==(ExecutionCheckpoint left, ExecutionCheckpoint right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ExecutionCheckpoint left, ExecutionCheckpoint right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ExecutionCheckpoint other) => Month == other.Month && MinimumExecution == other.MinimumExecution;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ExecutionCheckpoint other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Month, MinimumExecution);
}

/// <summary>
/// The execution checkpoints of a jurisdiction. A snapshot is held against the latest checkpoint whose month has ended
/// on or before the snapshot date (the month's last day inclusive); before the first, none applies.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CheckpointRules
{
    /// <summary>Creates the rules.</summary>
    /// <param name="checkpoints">The checkpoints, at least one, each month at most once.</param>
    /// <param name="source">The source.</param>
    public CheckpointRules(IEnumerable<ExecutionCheckpoint> checkpoints, SourceCitation source)
    {
        Preconditions.CheckNotNull(checkpoints);
        var list = checkpoints.OrderBy(c => c.Month).ToArray();
        if (list.Length == 0 || list.Any(c => c.Month == 0))
        {
            throw new ArgumentException("Give at least one created checkpoint.", nameof(checkpoints));
        }

        if (list.Select(c => c.Month).Distinct().Count() != list.Length)
        {
            throw new ArgumentException("A month has more than one checkpoint.", nameof(checkpoints));
        }

        Checkpoints = new ReadOnlyCollection<ExecutionCheckpoint>(list);
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The checkpoints, by month.</summary>
    public IReadOnlyList<ExecutionCheckpoint> Checkpoints { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}

/// <summary>
/// The gap rule: a warning when target completion and budget execution differ by more than
/// <see cref="MaximumPoints"/> percentage points (exclusive: a gap of exactly 10 points passes).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GapRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="maximumPoints">The largest gap allowed, in percentage points, inclusive; not negative.</param>
    /// <param name="source">The source.</param>
    public GapRule(decimal maximumPoints, SourceCitation source)
    {
        MaximumPoints = Preconditions.CheckNonNegative(maximumPoints);
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The largest gap allowed, in percentage points, inclusive.</summary>
    public decimal MaximumPoints { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}

/// <summary>
/// The response rule: after a warning the unit must respond within <see cref="WorkingDays"/> working days (the
/// <see cref="WorkingDays"/>-th working day strictly after the snapshot date is the last day allowed); with
/// <see cref="AutomaticSuspension"/>, funds are suspended automatically when it does not.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ResponseRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="workingDays">The working days allowed, at least 1.</param>
    /// <param name="automaticSuspension">Whether funds are suspended automatically without a response.</param>
    /// <param name="source">The source.</param>
    public ResponseRule(int workingDays, bool automaticSuspension, SourceCitation source)
    {
        if (workingDays < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays, "Allow at least one working day.");
        }

        WorkingDays = workingDays;
        AutomaticSuspension = automaticSuspension;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The working days allowed.</summary>
    public int WorkingDays { get; }

    /// <summary>Whether funds are suspended automatically without a response.</summary>
    public bool AutomaticSuspension { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}

/// <summary>
/// The self-evaluation cross-check: red when claimed indicator completion (indicator score ÷ indicator points) exceeds
/// budget execution (execution score ÷ execution points) by more than <see cref="MaximumClaimExcess"/> relative
/// (completion &gt; execution × (1 + excess), exclusive); yellow when the adjusted budget is 0 or more than
/// <see cref="MaximumUnspentShare"/> of it is unspent (exclusive); otherwise green.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SelfEvaluationCrossCheckRules
{
    /// <summary>Creates the rules.</summary>
    /// <param name="maximumClaimExcess">The relative excess of completion over execution allowed, inclusive (0.05 [D]); not negative.</param>
    /// <param name="maximumUnspentShare">The unspent share of the budget allowed, inclusive (0.20 [D]), in [0, 1].</param>
    /// <param name="source">The source.</param>
    public SelfEvaluationCrossCheckRules(decimal maximumClaimExcess, decimal maximumUnspentShare, SourceCitation source)
    {
        MaximumClaimExcess = Preconditions.CheckNonNegative(maximumClaimExcess);
        if (maximumUnspentShare is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(maximumUnspentShare), maximumUnspentShare, "The share must lie in [0, 1].");
        }

        MaximumUnspentShare = maximumUnspentShare;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The relative excess allowed, inclusive.</summary>
    public decimal MaximumClaimExcess { get; }

    /// <summary>The unspent share allowed, inclusive.</summary>
    public decimal MaximumUnspentShare { get; }

    /// <summary>The source.</summary>
    public SourceCitation Source { get; }
}

/// <summary>
/// The monitoring family (绩效运行监控, double monitoring of money and targets): how time progress is measured, the
/// rounding of progress values, the colour bands of budget execution and of indicators, the execution checkpoints,
/// the gap rule, the response rule, the action for each situation, and the self-evaluation cross-check. A null part
/// is not applied.
/// </summary>
/// <remarks>
/// <para>Indicator colours: positive (≥, &gt;) and equal (=) indicators by <see cref="IndicatorBands"/> on
/// v = actual to date ÷ (annual target × time progress) × 100; reverse indicators (≤, &lt;) green when the actual
/// to date meets the annual target's direction, red otherwise; qualitative indicators green when achieved, yellow
/// when partly achieved, red when not achieved. A target's colour is the worst of its indicators' (red &gt; yellow
/// &gt; green &gt; blue).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class MonitoringRules
{
    /// <summary>Creates the family.</summary>
    /// <param name="timeProgress">How time progress is measured.</param>
    /// <param name="progressRounding">The rounding of progress values v before they are coloured (colours are decided on the rounded value).</param>
    /// <param name="executionBands">The colour bands of budget execution against time, or null for none.</param>
    /// <param name="indicatorBands">The colour bands of positive indicators against time, or null for no indicator colours.</param>
    /// <param name="checkpoints">The execution checkpoints, or null.</param>
    /// <param name="gap">The gap rule, or null.</param>
    /// <param name="response">The response rule, or null when no response date is set.</param>
    /// <param name="actions">The recommended action of every situation (all five must be named).</param>
    /// <param name="actionsSource">The source of the actions.</param>
    /// <param name="crossCheck">The self-evaluation cross-check, or null.</param>
    /// <param name="source">The source of the family as a whole (time progress, likelihood and reasons).</param>
    public MonitoringRules(
        TimeProgressBasis timeProgress,
        Rounding progressRounding,
        ColourBands? executionBands,
        ColourBands? indicatorBands,
        CheckpointRules? checkpoints,
        GapRule? gap,
        ResponseRule? response,
        IReadOnlyDictionary<MonitoringSituation, MonitoringAction> actions,
        SourceCitation actionsSource,
        SelfEvaluationCrossCheckRules? crossCheck,
        SourceCitation source)
    {
        TimeProgress = Preconditions.CheckDefined(timeProgress);
        Preconditions.CheckNotNull(actions);
        var map = new Dictionary<MonitoringSituation, MonitoringAction>();
        foreach (var situation in Enum.GetValues<MonitoringSituation>())
        {
            if (!actions.TryGetValue(situation, out var action))
            {
                throw new ArgumentException($"No action is named for the situation {situation}.", nameof(actions));
            }

            map[situation] = Preconditions.CheckDefined(action, nameof(actions));
        }

        ProgressRounding = progressRounding;
        ExecutionBands = executionBands;
        IndicatorBands = indicatorBands;
        Checkpoints = checkpoints;
        Gap = gap;
        Response = response;
        Actions = new ReadOnlyDictionary<MonitoringSituation, MonitoringAction>(map);
        ActionsSource = Preconditions.CheckNotNull(actionsSource);
        CrossCheck = crossCheck;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>How time progress is measured.</summary>
    public TimeProgressBasis TimeProgress { get; }

    /// <summary>The rounding of progress values.</summary>
    public Rounding ProgressRounding { get; }

    /// <summary>The colour bands of budget execution, or null.</summary>
    public ColourBands? ExecutionBands { get; }

    /// <summary>The colour bands of positive indicators, or null.</summary>
    public ColourBands? IndicatorBands { get; }

    /// <summary>The execution checkpoints, or null.</summary>
    public CheckpointRules? Checkpoints { get; }

    /// <summary>The gap rule, or null.</summary>
    public GapRule? Gap { get; }

    /// <summary>The response rule, or null.</summary>
    public ResponseRule? Response { get; }

    /// <summary>The recommended action per situation.</summary>
    public IReadOnlyDictionary<MonitoringSituation, MonitoringAction> Actions { get; }

    /// <summary>The source of the actions.</summary>
    public SourceCitation ActionsSource { get; }

    /// <summary>The self-evaluation cross-check, or null.</summary>
    public SelfEvaluationCrossCheckRules? CrossCheck { get; }

    /// <summary>The source of the family.</summary>
    public SourceCitation Source { get; }
}
