using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;
using NodaTime;

namespace BudgetPerformance.Monitoring;

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
        Guard.Against.Null(target);
        Guard.Against.Null(budget);
        var list = Guard.Against.NullItems(progress);
        Guard.Against.OutOfRangeWhen(!target.Year.Contains(asOf), asOf, nameof(asOf), $"The date must lie in the fiscal year {target.Year}.");

        byCode = [];
        foreach (var entry in list)
        {
            Guard.Against.InvalidWhen(!target.Indicators.TryGetIndicator(entry.Code, out var indicator), nameof(progress), $"The target has no level-3 indicator {entry.Code}.");
            Guard.Against.InvalidWhen(entry.State == ProgressState.Measured && indicator.Kind != IndicatorKind.Quantitative, nameof(progress), $"Indicator {entry.Code} is qualitative: record an achievement level, not an actual value.");
            Guard.Against.InvalidWhen(entry.State == ProgressState.Achievement && indicator.Kind != IndicatorKind.Qualitative, nameof(progress), $"Indicator {entry.Code} is quantitative: record an actual value, not an achievement level.");
            Guard.Against.InvalidWhen(!byCode.TryAdd(entry.Code, entry), nameof(progress), $"Indicator {entry.Code} has more than one progress entry.");
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

        var known = Target.Indicators.TryGetIndicator(code, out _);
        Guard.Against.InvalidWhen(!known, nameof(code), $"The target has no level-3 indicator {code}.");
        return IndicatorProgress.NoData(code);
    }
}
