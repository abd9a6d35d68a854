using System.Collections.Generic;
using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Internal;
using BudgetPerformance.Values;

namespace BudgetPerformance.Monitoring;

/// <summary>
/// The progress of one level-3 indicator in a monitoring record: the cumulative actual to date (or the achievement
/// level), the recorded likelihood of reaching the annual target, and the reasons for a deviation.
/// </summary>
/// <remarks>Create with <see cref="Measured"/>, <see cref="Achieved"/> or <see cref="NoData"/>. Immutable and thread-safe.</remarks>
public sealed class IndicatorProgress
{
    private IndicatorProgress(IndicatorCode code, ProgressState state, decimal? actual, AchievementLevel? achievement, Likelihood? likelihood, IEnumerable<DeviationReason>? reasons, string? note)
    {
        Guard.Against.Uncreated(code);

        if (likelihood is { } l)
        {
            Guard.Against.Undefined(l, nameof(likelihood));
        }

        var list = new List<DeviationReason>();
        foreach (var reason in reasons ?? [])
        {
            Guard.Against.Undefined(reason, nameof(reasons));
            if (!list.Contains(reason))
            {
                list.Add(reason);
            }
        }

        Code = code;
        State = state;
        Actual = actual;
        Achievement = achievement;
        Likelihood = likelihood;
        DeviationReasons = new ReadOnlyCollection<DeviationReason>(list.ToArray());
        Note = note;
    }

    /// <summary>The indicator code.</summary>
    public IndicatorCode Code { get; }

    /// <summary>What was recorded.</summary>
    public ProgressState State { get; }

    /// <summary>The cumulative actual value to date; present exactly when <see cref="State"/> is <see cref="ProgressState.Measured"/>.</summary>
    public decimal? Actual { get; }

    /// <summary>The achievement level to date; present exactly when <see cref="State"/> is <see cref="ProgressState.Achievement"/>.</summary>
    public AchievementLevel? Achievement { get; }

    /// <summary>The recorded likelihood of reaching the annual target, or null when the unit recorded none.</summary>
    public Likelihood? Likelihood { get; }

    /// <summary>The reasons for a deviation, without repeats, in the order given.</summary>
    public IReadOnlyList<DeviationReason> DeviationReasons { get; }

    /// <summary>The unit's note on the deviation, or null.</summary>
    public string? Note { get; }

    /// <summary>A cumulative actual value to date.</summary>
    /// <param name="code">The indicator code.</param>
    /// <param name="actualToDate">The cumulative actual value to date.</param>
    /// <param name="likelihood">The likelihood of reaching the target, or null.</param>
    /// <param name="reasons">The deviation reasons, or null for none.</param>
    /// <param name="note">A note, or null.</param>
    public static IndicatorProgress Measured(IndicatorCode code, decimal actualToDate, Likelihood? likelihood = null, IEnumerable<DeviationReason>? reasons = null, string? note = null) =>
        new(code, ProgressState.Measured, actualToDate, null, likelihood, reasons, note);

    /// <summary>An achievement level to date (qualitative indicators).</summary>
    /// <param name="code">The indicator code.</param>
    /// <param name="level">The achievement level.</param>
    /// <param name="likelihood">The likelihood of reaching the target, or null.</param>
    /// <param name="reasons">The deviation reasons, or null for none.</param>
    /// <param name="note">A note, or null.</param>
    public static IndicatorProgress Achieved(IndicatorCode code, AchievementLevel level, Likelihood? likelihood = null, IEnumerable<DeviationReason>? reasons = null, string? note = null) =>
        new(code, ProgressState.Achievement, null, Guard.Against.Undefined(level), likelihood, reasons, note);

    /// <summary>No data was reported for the indicator.</summary>
    /// <param name="code">The indicator code.</param>
    /// <param name="likelihood">The likelihood of reaching the target, or null.</param>
    /// <param name="reasons">The deviation reasons, or null for none.</param>
    /// <param name="note">A note, or null.</param>
    public static IndicatorProgress NoData(IndicatorCode code, Likelihood? likelihood = null, IEnumerable<DeviationReason>? reasons = null, string? note = null) =>
        new(code, ProgressState.NoData, null, null, likelihood, reasons, note);
}
