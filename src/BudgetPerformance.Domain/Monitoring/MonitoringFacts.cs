using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using BudgetPerformance.Internal;
using NodaTime;

namespace BudgetPerformance;

/// <summary>
/// A warning colour of monitoring (预警颜色). Ordered from least to most severe: blue (over-run) &lt; green &lt;
/// yellow &lt; red, so the worst of several colours is the largest value.
/// </summary>
public enum WarningColour
{
    /// <summary>蓝色, over-run: progress far ahead of the time-proportional expectation.</summary>
    Blue = 0,

    /// <summary>绿色, normal.</summary>
    Green = 1,

    /// <summary>黄色, a deviation to watch.</summary>
    Yellow = 2,

    /// <summary>红色, a serious deviation.</summary>
    Red = 3,
}

/// <summary>The recorded likelihood of reaching a target by the end of the year (完成目标可能性).</summary>
public enum Likelihood
{
    /// <summary>确定能, certain.</summary>
    Certain = 0,

    /// <summary>有可能, possible.</summary>
    Possible = 1,

    /// <summary>完全不可能, impossible.</summary>
    Impossible = 2,
}

/// <summary>The reason for a deviation (偏差原因), as 财预〔2019〕136号 lists them.</summary>
public enum DeviationReason
{
    /// <summary>经费保障, funding.</summary>
    Funding = 0,

    /// <summary>制度保障, systems and rules.</summary>
    System = 1,

    /// <summary>人员保障, staff.</summary>
    Staff = 2,

    /// <summary>硬件条件保障, hardware and facilities.</summary>
    Hardware = 3,

    /// <summary>其他, other.</summary>
    Other = 4,
}

/// <summary>What a monitoring record holds for one indicator.</summary>
public enum ProgressState
{
    /// <summary>实际完成值: a cumulative actual value to date (quantitative indicators).</summary>
    Measured = 0,

    /// <summary>达成程度: an achievement level to date (qualitative indicators).</summary>
    Achievement = 1,

    /// <summary>无数据: nothing was reported. An explicit state, never a zero.</summary>
    NoData = 2,
}

/// <summary>
/// The progress of one level-3 indicator in a monitoring record: the cumulative actual to date (or the achievement
/// level), the recorded likelihood of reaching the annual target, and the reasons for a deviation.
/// </summary>
/// <remarks>Create with <see cref="Measured"/>, <see cref="Achieved"/> or <see cref="NoData"/>. Immutable and thread-safe.</remarks>
public sealed class IndicatorProgress
{
    private IndicatorProgress(IndicatorCode code, ProgressState state, decimal? actual, AchievementLevel? achievement, Likelihood? likelihood, IEnumerable<DeviationReason>? reasons, string? note)
    {
        if (code == default)
        {
            throw new ArgumentException("The code must be a created IndicatorCode.", nameof(code));
        }

        if (likelihood is { } l)
        {
            Preconditions.CheckDefined(l, nameof(likelihood));
        }

        var list = new List<DeviationReason>();
        foreach (var reason in reasons ?? [])
        {
            Preconditions.CheckDefined(reason, nameof(reasons));
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
        new(code, ProgressState.Achievement, null, Preconditions.CheckDefined(level), likelihood, reasons, note);

    /// <summary>No data was reported for the indicator.</summary>
    /// <param name="code">The indicator code.</param>
    /// <param name="likelihood">The likelihood of reaching the target, or null.</param>
    /// <param name="reasons">The deviation reasons, or null for none.</param>
    /// <param name="note">A note, or null.</param>
    public static IndicatorProgress NoData(IndicatorCode code, Likelihood? likelihood = null, IEnumerable<DeviationReason>? reasons = null, string? note = null) =>
        new(code, ProgressState.NoData, null, null, likelihood, reasons, note);
}

/// <summary>
/// A monitoring record (绩效运行监控) of a project as of a date: its performance target, its budget execution to
/// date (the adjusted annual budget and the cumulative amount spent) and the progress of each indicator. Indicators of
/// the target without an entry count as <see cref="ProgressState.NoData"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class MonitoringRecord
{
    private readonly Dictionary<IndicatorCode, IndicatorProgress> byCode;

    /// <summary>Creates a record.</summary>
    /// <param name="target">The performance target monitored.</param>
    /// <param name="asOf">The date the data is as of (the snapshot date); it must lie in the target's fiscal year (1 January to 31 December, both inclusive).</param>
    /// <param name="budget">The adjusted annual budget and the amount spent to date.</param>
    /// <param name="progress">The progress per indicator; each code at most once and present in the target.</param>
    /// <exception cref="ArgumentNullException">An argument or item is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> lies outside the fiscal year.</exception>
    /// <exception cref="ArgumentException">A progress entry is repeated, names an unknown indicator, or does not fit its indicator's kind.</exception>
    public MonitoringRecord(PerformanceTarget target, LocalDate asOf, BudgetExecution budget, IEnumerable<IndicatorProgress> progress)
    {
        Preconditions.CheckNotNull(target);
        Preconditions.CheckNotNull(budget);
        var list = Preconditions.CheckItemsNotNull(progress);
        if (!target.Year.Contains(asOf))
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), asOf, $"The date must lie in the fiscal year {target.Year}.");
        }

        byCode = [];
        foreach (var entry in list)
        {
            if (!target.Indicators.TryGetIndicator(entry.Code, out var indicator))
            {
                throw new ArgumentException($"The target has no level-3 indicator {entry.Code}.", nameof(progress));
            }

            if (entry.State == ProgressState.Measured && indicator.Kind != IndicatorKind.Quantitative)
            {
                throw new ArgumentException($"Indicator {entry.Code} is qualitative: record an achievement level, not an actual value.", nameof(progress));
            }

            if (entry.State == ProgressState.Achievement && indicator.Kind != IndicatorKind.Qualitative)
            {
                throw new ArgumentException($"Indicator {entry.Code} is quantitative: record an actual value, not an achievement level.", nameof(progress));
            }

            if (!byCode.TryAdd(entry.Code, entry))
            {
                throw new ArgumentException($"Indicator {entry.Code} has more than one progress entry.", nameof(progress));
            }
        }

        Target = target;
        AsOf = asOf;
        Budget = budget;
        Progress = new ReadOnlyCollection<IndicatorProgress>(target.Indicators.Indicators.Select(i => ProgressOf(i.Code)).ToArray());
    }

    /// <summary>The performance target.</summary>
    public PerformanceTarget Target { get; }

    /// <summary>The date the data is as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The adjusted annual budget and the amount spent to date.</summary>
    public BudgetExecution Budget { get; }

    /// <summary>The progress of every indicator of the target, in tree order (no-data entries where none was given).</summary>
    public IReadOnlyList<IndicatorProgress> Progress { get; }

    /// <summary>The progress of an indicator (a no-data entry when none was given).</summary>
    /// <param name="code">The indicator code.</param>
    /// <exception cref="ArgumentException">The target has no such indicator.</exception>
    public IndicatorProgress ProgressOf(IndicatorCode code)
    {
        if (byCode.TryGetValue(code, out var entry))
        {
            return entry;
        }

        return Target.Indicators.TryGetIndicator(code, out _)
            ? IndicatorProgress.NoData(code)
            : throw new ArgumentException($"The target has no level-3 indicator {code}.", nameof(code));
    }
}
