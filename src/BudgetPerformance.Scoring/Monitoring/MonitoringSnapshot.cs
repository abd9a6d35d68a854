using System.Collections.Generic;
using BudgetPerformance.Monitoring;
using BudgetPerformance.Rules;
using BudgetPerformance.Subjects;
using NodaTime;

namespace BudgetPerformance.Scoring.Monitoring;

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
