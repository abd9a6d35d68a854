using System.Collections.Generic;
using BudgetPerformance.Rules;
using NodaTime;

namespace BudgetPerformance.Scoring;

/// <summary>Budget execution in a monitoring snapshot: the rate, its progress against time and colour, and the checkpoint in force.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ExecutionProgress
{
    internal ExecutionProgress(BudgetExecution budget, decimal? rate, decimal? value, WarningColour? colour, ExecutionCheckpoint? checkpoint, bool checkpointMissed)
    {
        Budget = budget;
        Rate = rate;
        Value = value;
        Colour = colour;
        Checkpoint = checkpoint;
        CheckpointMissed = checkpointMissed;
    }

    /// <summary>The adjusted annual budget and the amount spent to date.</summary>
    public BudgetExecution Budget { get; }

    /// <summary>Cumulative execution spent ÷ adjusted budget, unrounded; null when the adjusted budget is 0.</summary>
    public decimal? Rate { get; }

    /// <summary>v = rate ÷ time progress × 100, rounded by the family; null when the budget is 0 or nothing is due yet.</summary>
    public decimal? Value { get; }

    /// <summary>The colour of <see cref="Value"/>, or null (no value, or no execution bands in the family).</summary>
    public WarningColour? Colour { get; }

    /// <summary>The checkpoint in force on the snapshot date, or null (none yet, or no checkpoints in the family).</summary>
    public ExecutionCheckpoint? Checkpoint { get; }

    /// <summary>Whether cumulative execution is below the checkpoint's minimum (exclusive).</summary>
    public bool CheckpointMissed { get; }
}

/// <summary>One indicator in a monitoring snapshot.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IndicatorMonitoring
{
    internal IndicatorMonitoring(LevelThreeIndicator indicator, IndicatorProgress progress, decimal? expected, decimal? value, decimal? completion, WarningColour? colour)
    {
        Indicator = indicator;
        Progress = progress;
        Expected = expected;
        Value = value;
        Completion = completion;
        Colour = colour;
    }

    /// <summary>The indicator.</summary>
    public LevelThreeIndicator Indicator { get; }

    /// <summary>What the unit recorded (actual or achievement, likelihood, deviation reasons).</summary>
    public IndicatorProgress Progress { get; }

    /// <summary>The time-proportional expectation to date, annual target × time progress (positive and equal indicators), unrounded; or null.</summary>
    public decimal? Expected { get; }

    /// <summary>v = actual ÷ expected × 100, rounded by the family (positive and equal indicators), or null.</summary>
    public decimal? Value { get; }

    /// <summary>Completion of the annual target, min(actual ÷ target, 1) (positive and equal indicators with a target above 0), or null.</summary>
    public decimal? Completion { get; }

    /// <summary>The colour, or null (no data, nothing due yet, target not above 0, or no indicator bands in the family).</summary>
    public WarningColour? Colour { get; }
}

/// <summary>
/// A monitoring snapshot of a project as of a date (双监控): time progress, budget execution and its colour and
/// checkpoint, each indicator's progress and colour, the target's colour, the gap between target completion and
/// execution, the situations found, the recommended action, the date by which the unit must respond, and every reason.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class MonitoringSnapshot
{
    internal MonitoringSnapshot(
        SubjectRef subject,
        TimeProgress time,
        ExecutionProgress execution,
        IReadOnlyList<IndicatorMonitoring> indicators,
        WarningColour? targetColour,
        decimal? targetCompletion,
        decimal? gapPoints,
        bool gapExceeded,
        IReadOnlyList<MonitoringSituation> situations,
        MonitoringAction action,
        LocalDate? respondBy,
        bool suspendedWithoutResponse,
        IReadOnlyList<DecisionReason> reasons)
    {
        Subject = subject;
        Time = time;
        Execution = execution;
        Indicators = indicators;
        TargetColour = targetColour;
        TargetCompletion = targetCompletion;
        GapPoints = gapPoints;
        GapExceeded = gapExceeded;
        Situations = situations;
        Action = action;
        RespondBy = respondBy;
        SuspendedWithoutResponse = suspendedWithoutResponse;
        Reasons = reasons;
    }

    /// <summary>The project monitored.</summary>
    public SubjectRef Subject { get; }

    /// <summary>The snapshot date.</summary>
    public LocalDate AsOf => Time.AsOf;

    /// <summary>The time progress.</summary>
    public TimeProgress Time { get; }

    /// <summary>Budget execution.</summary>
    public ExecutionProgress Execution { get; }

    /// <summary>Every indicator, in tree order.</summary>
    public IReadOnlyList<IndicatorMonitoring> Indicators { get; }

    /// <summary>The target's colour, the worst of its indicators' (red &gt; yellow &gt; green &gt; blue), or null when no indicator has one.</summary>
    public WarningColour? TargetColour { get; }

    /// <summary>Target completion: the mean completion of the positive and equal indicators that have one, or null.</summary>
    public decimal? TargetCompletion { get; }

    /// <summary>|target completion − execution| in percentage points, rounded by the family, or null when either is missing or the family has no gap rule.</summary>
    public decimal? GapPoints { get; }

    /// <summary>Whether the gap exceeds the allowed maximum (exclusive).</summary>
    public bool GapExceeded { get; }

    /// <summary>The situations found (only <see cref="MonitoringSituation.OnTrack"/> when there is no warning).</summary>
    public IReadOnlyList<MonitoringSituation> Situations { get; }

    /// <summary>The recommended action: the most severe of the situations' actions.</summary>
    public MonitoringAction Action { get; }

    /// <summary>The last day the unit may respond (a working day strictly after the snapshot date), or null when there is no warning or the family sets no response rule.</summary>
    public LocalDate? RespondBy { get; }

    /// <summary>Whether funds are suspended automatically if the unit does not respond by <see cref="RespondBy"/>.</summary>
    public bool SuspendedWithoutResponse { get; }

    /// <summary>Every reason, with its code, messages and source.</summary>
    public IReadOnlyList<DecisionReason> Reasons { get; }
}
