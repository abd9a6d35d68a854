using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Ardalis.GuardClauses;
using BudgetPerformance.Evaluations;
using BudgetPerformance.Indicators;
using BudgetPerformance.Internal;
using BudgetPerformance.Problems;
using BudgetPerformance.Targets;
using BudgetPerformance.Values;
using NodaTime;
using NodaTime.Text;

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
        Guard.Against.Problems(FindProblems(target, asOf, list), problem => problem.Location.Element == nameof(asOf)
            ? new ArgumentOutOfRangeException(nameof(asOf), asOf, problem.MessageEn)
            : new ArgumentException(problem.MessageEn, nameof(progress)));

        byCode = list.ToDictionary(entry => entry.Code);
        Target = target;
        AsOf = asOf;
        Budget = budget;
        Progress = new ReadOnlyCollection<IndicatorProgress>(target.Indicators.Indicators.Select(i => ProgressOf(i.Code)).ToArray());
    }

    /// <summary>
    /// Lists what is wrong with a record's date and progress entries, without building it: the date lies outside the
    /// target's fiscal year (<c>invalid-value</c>, element <c>asOf</c>); an entry names an indicator the target does not
    /// have, records an actual value for a qualitative indicator or an achievement level for a quantitative one, or repeats
    /// an indicator (<c>record-mismatch</c> at the indicator, element <c>progress</c>). The constructor checks the same; a
    /// caller with data from a file asks this first and reports instead of catching.
    /// </summary>
    /// <param name="target">The performance target.</param>
    /// <param name="asOf">The date the data is as of.</param>
    /// <param name="progress">The progress entries.</param>
    /// <exception cref="ArgumentNullException">An argument or an entry is null.</exception>
    public static IReadOnlyList<Problem> FindProblems(PerformanceTarget target, LocalDate asOf, IEnumerable<IndicatorProgress> progress)
    {
        Guard.Against.Null(target);
        var list = Guard.Against.NullItems(progress);
        var problems = new List<Problem>();
        if (!target.Year.Contains(asOf))
        {
            problems.Add(Messages.MonitoringDateOutsideYear.At(ProblemLocation.OfElement(nameof(asOf)), LocalDatePattern.Iso.Format(asOf), target.Year));
        }

        var seen = new HashSet<IndicatorCode>();
        foreach (var entry in list)
        {
            var at = ProblemLocation.OfIndicator(entry.Code.ToString(), nameof(progress));
            if (!target.Indicators.TryGetIndicator(entry.Code, out var indicator))
            {
                problems.Add(Messages.ProgressOfUnknownIndicator.At(at, entry.Code));
            }
            else if (entry.State == ProgressState.Measured && indicator.Kind != IndicatorKind.Quantitative)
            {
                problems.Add(Messages.ActualOfQualitative.At(at, entry.Code));
            }
            else if (entry.State == ProgressState.Achievement && indicator.Kind != IndicatorKind.Qualitative)
            {
                problems.Add(Messages.LevelOfQuantitative.At(at, entry.Code));
            }

            if (!seen.Add(entry.Code))
            {
                problems.Add(Messages.ProgressTwice.At(at, entry.Code));
            }
        }

        return problems.AsReadOnly();
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
